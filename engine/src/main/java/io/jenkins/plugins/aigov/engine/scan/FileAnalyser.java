package io.jenkins.plugins.aigov.engine.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * Finds every rule's hits in one file: one keyword pass picks candidate (line, rule) pairs, then only those lines
 * are matched; non-regex kinds run when their keywords occur anywhere in the file (or its base).
 */
final class FileAnalyser {
    private final List<Rule> rules;
    private final KeywordIndex index;
    private final int maxLineLength;

    FileAnalyser(final List<Rule> rules, final int maxLineLength) {
        this.rules = List.copyOf(rules);
        this.index = new KeywordIndex(this.rules);
        this.maxLineLength = maxLineLength;
    }

    List<Hit> analyse(final String path, final SourceText head, final SourceText base, final List<Problem> problems) {
        boolean[] applies = applicable(path, base != null);
        int[] lastLine = new int[rules.size()];
        boolean[] inFile = new boolean[rules.size()];
        long[][] buffer = {new long[64]};
        int[] size = {0};
        index.scan(head.text(), (line, rule) -> {
            if (!applies[rule] || lastLine[rule] == line) {
                return;
            }
            lastLine[rule] = line;
            inFile[rule] = true;
            if (rules.get(rule).kind() == RuleKind.REGEX) {
                if (size[0] == buffer[0].length) {
                    buffer[0] = Arrays.copyOf(buffer[0], size[0] * 2);
                }
                buffer[0][size[0]++] = (long) line << 32 | rule;
            }
        });
        if (base != null) {
            index.scan(base.text(),
                    (line, rule) -> inFile[rule] |= applies[rule] && rules.get(rule).kind().needsBase());
        }
        List<Hit> hits = new ArrayList<>();
        matchLines(head, Arrays.copyOf(buffer[0], size[0]), hits);
        runChecks(path, head, base, applies, inFile, hits, problems);
        reportLongLines(path, head, problems);
        hits.sort(Comparator.comparingInt(Hit::line).thenComparingInt(hit -> rules.indexOf(hit.rule())));
        return hits;
    }

    private boolean[] applicable(final String path, final boolean change) {
        String language = Paths.language(path);
        boolean[] applies = new boolean[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            applies[i] = (change || !rule.kind().needsBase()) && rule.appliesTo(path, language);
        }
        return applies;
    }

    private void matchLines(final SourceText head, final long[] pairs, final List<Hit> hits) {
        for (long pair : pairs) {
            int line = (int) (pair >>> 32);
            if (head.lineLength(line) > maxLineLength) {
                continue;
            }
            Hit hit = LineMatcher.match(rules.get((int) pair), head, line);
            if (hit != null) {
                hits.add(hit);
            }
        }
    }

    private void runChecks(final String path, final SourceText head, final SourceText base, final boolean[] applies,
            final boolean[] inFile, final List<Hit> hits, final List<Problem> problems) {
        FileContext context = null;
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule.kind() != RuleKind.REGEX && applies[i] && inFile[i]) {
                if (context == null) {
                    context = new FileContext(path, head, base, problems);
                }
                hits.addAll(Checks.forKind(rule.kind()).check(rule, context));
            }
        }
    }

    private void reportLongLines(final String path, final SourceText head, final List<Problem> problems) {
        int first = 0;
        int count = 0;
        for (int line = 1; line <= head.lineCount(); line++) {
            if (head.lineLength(line) > maxLineLength) {
                first = first == 0 ? line : first;
                count++;
            }
        }
        if (count > 0) {
            problems.add(new Problem(path + ":" + first, count + " line(s) over " + maxLineLength
                    + " characters not matched (first at line " + first + ")"));
        }
    }
}
