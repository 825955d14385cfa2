package io.jenkins.plugins.aigov.engine.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.google.re2j.Pattern;

/**
 * Java SQL calls ({@code executeQuery}, {@code prepareStatement} …) whose statement is concatenated from
 * non-constant parts or formatted with {@code String.format}, judged on the syntax tree. Constant strings and
 * {@code ?}-parameterised statements pass. Unparsable files are reported as problems.
 */
final class JavaSqlCheck implements FileCheck {
    /** Calls that always take SQL (JDBC, JPA, Hibernate). */
    private static final Set<String> SQL_CALLS = Set.of("executeQuery", "executeUpdate", "executeLargeUpdate",
            "prepareStatement", "prepareCall", "addBatch", "createNativeQuery", "createQuery", "createSQLQuery");
    /** Calls that take SQL only sometimes ({@code Statement.execute}, Spring's {@code JdbcTemplate}). */
    private static final Set<String> MAYBE_SQL_CALLS = Set.of("execute", "query", "update", "queryForList",
            "queryForObject", "queryForMap", "batchUpdate");

    /**
     * Parsing is the expensive part: only files where some SQL call takes a non-literal first argument, or a
     * literal followed by {@code +}, are parsed (a call with only a string literal cannot be built).
     */
    private static final Pattern WORTH_PARSING = Pattern.compile("\\b(?:" + String.join("|", SQL_CALLS) + "|"
            + String.join("|", MAYBE_SQL_CALLS) + ")\\s*\\(\\s*(?:[A-Za-z_$(]|\"(?:[^\"\\\\]|\\\\.)*\"\\s*[+.])");

    @Override
    public List<Hit> check(final Rule rule, final FileContext file) {
        if (!WORTH_PARSING.matcher(file.head().text()).find()) {
            return List.of();
        }
        CompilationUnit unit = parse(file);
        if (unit == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            boolean always = SQL_CALLS.contains(name);
            if (!always && !MAYBE_SQL_CALLS.contains(name) || call.getArguments().isEmpty()) {
                continue;
            }
            StringBuilder literals = new StringBuilder();
            SqlTaint taint = SqlTaint.of(call.getArgument(0), literals);
            if (taint == SqlTaint.BUILT && (always || SqlTaint.looksLikeSql(literals))) {
                int line = call.getBegin().map(position -> position.line).orElse(0);
                hits.add(new Hit(rule, line, null, name + " with a built string"));
            }
        }
        return hits;
    }

    private static CompilationUnit parse(final FileContext file) {
        try {
            ParserConfiguration configuration = new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                    .setAttributeComments(false)
                    .setDetectOriginalLineSeparator(false);
            ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(file.head().text());
            if (result.isSuccessful() && result.getResult().isPresent()) {
                return result.getResult().get();
            }
            Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
            int line = first == null ? 0 : first.getLocation().flatMap(l -> l.getBegin().getRange())
                    .map(range -> range.begin.line).orElse(0);
            report(file, line, first == null ? "unknown parse error" : first.getMessage());
        }
        catch (RuntimeException | StackOverflowError e) {
            report(file, 0, e.toString());
        }
        return null;
    }

    private static void report(final FileContext file, final int line, final String message) {
        String where = line > 0 ? file.path() + ":" + line : file.path();
        String first = message.lines().findFirst().orElse(message);
        file.problems().add(new io.jenkins.plugins.aigov.engine.model.Problem(where,
                "Java source not parsed, SQL checks skipped: " + first));
    }
}
