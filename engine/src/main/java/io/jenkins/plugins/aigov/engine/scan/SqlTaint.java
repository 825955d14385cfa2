package io.jenkins.plugins.aigov.engine.scan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.google.re2j.Pattern;

/**
 * How a SQL argument was built: from constants only, from non-constant parts ({@code +}, {@code String.format},
 * {@code StringBuilder.append}), or from something this check cannot see (a parameter, a call).
 */
enum SqlTaint {
    /** Literals and constants only. */
    CONSTANT,
    /** Concatenated or formatted with a non-constant part. */
    BUILT,
    /** A parameter, a field of another class, a call: not judged. */
    UNKNOWN;

    private static final Pattern SQL = Pattern.compile("(?i)\\b(?:select|insert\\s+into|update|delete\\s+from|"
            + "where|from|values|order\\s+by|drop\\s+table|create\\s+table)\\b");
    private static final int MAX_DEPTH = 8;

    /** Judges an expression; appends the string literals it saw to {@code literals}. */
    static SqlTaint of(final Expression expression, final StringBuilder literals) {
        return judge(expression, literals, new HashSet<>(), 0);
    }

    /** Whether the literals seen read like SQL. */
    static boolean looksLikeSql(final CharSequence literals) {
        return SQL.matcher(literals).find();
    }

    private static SqlTaint judge(final Expression e, final StringBuilder literals, final Set<Node> seen,
            final int depth) {
        if (depth > MAX_DEPTH || !seen.add(e)) {
            return UNKNOWN;
        }
        if (e instanceof StringLiteralExpr s) {
            literals.append(s.getValue()).append(' ');
            return CONSTANT;
        }
        if (e instanceof TextBlockLiteralExpr t) {
            literals.append(t.getValue()).append(' ');
            return CONSTANT;
        }
        if (e instanceof LiteralExpr) {
            return CONSTANT;
        }
        if (e instanceof EnclosedExpr enclosed) {
            return judge(enclosed.getInner(), literals, seen, depth + 1);
        }
        if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            SqlTaint left = judge(binary.getLeft(), literals, seen, depth + 1);
            SqlTaint right = judge(binary.getRight(), literals, seen, depth + 1);
            return left == CONSTANT && right == CONSTANT ? CONSTANT : BUILT;
        }
        if (e instanceof ConditionalExpr conditional) {
            return worst(judge(conditional.getThenExpr(), literals, seen, depth + 1),
                    judge(conditional.getElseExpr(), literals, seen, depth + 1));
        }
        if (e instanceof MethodCallExpr call) {
            return call(call, literals, seen, depth);
        }
        if (e instanceof NameExpr name) {
            return variable(name, literals, seen, depth);
        }
        return UNKNOWN;
    }

    private static SqlTaint call(final MethodCallExpr call, final StringBuilder literals, final Set<Node> seen,
            final int depth) {
        String name = call.getNameAsString();
        boolean format = "format".equals(name) && call.getScope().map(s -> "String".equals(s.toString()))
                .orElse(false) || "formatted".equals(name);
        if (format || "concat".equals(name) || "join".equals(name)) {
            SqlTaint result = call.getScope().filter(s -> !"String".equals(s.toString()))
                    .map(s -> judge(s, literals, seen, depth + 1)).orElse(CONSTANT);
            for (Expression argument : call.getArguments()) {
                result = worst(result, judge(argument, literals, seen, depth + 1));
            }
            return result == CONSTANT ? CONSTANT : BUILT;
        }
        if ("toString".equals(name) && call.getScope().filter(NameExpr.class::isInstance).isPresent()) {
            return builder((NameExpr) call.getScope().get(), literals, seen, depth);
        }
        return UNKNOWN;
    }

    /** A {@code StringBuilder} variable: built when any {@code append} in the same method adds a non-constant. */
    private static SqlTaint builder(final NameExpr name, final StringBuilder literals, final Set<Node> seen,
            final int depth) {
        Optional<CallableDeclaration<?>> method = name.findAncestor(CallableDeclaration.class)
                .map(c -> (CallableDeclaration<?>) c);
        if (method.isEmpty()) {
            return UNKNOWN;
        }
        SqlTaint result = CONSTANT;
        for (VariableDeclarator declared : method.get().findAll(VariableDeclarator.class,
                v -> v.getNameAsString().equals(name.getNameAsString()))) {
            if (declared.getInitializer().orElse(null) instanceof ObjectCreationExpr created) {
                for (Expression argument : created.getArguments()) {
                    result = worst(result, judge(argument, literals, seen, depth + 1));
                }
            }
        }
        for (MethodCallExpr append : method.get().findAll(MethodCallExpr.class)) {
            if ("append".equals(append.getNameAsString()) && rootName(append).equals(name.getNameAsString())) {
                for (Expression argument : append.getArguments()) {
                    result = worst(result, judge(argument, literals, seen, depth + 1));
                }
            }
        }
        return result == UNKNOWN ? BUILT : result;
    }

    private static String rootName(final MethodCallExpr call) {
        Expression scope = call.getScope().orElse(null);
        while (scope instanceof MethodCallExpr inner) {
            scope = inner.getScope().orElse(null);
        }
        return scope instanceof NameExpr root ? root.getNameAsString() : "";
    }

    /** A local variable (initialiser and assignments in the same method) or a constant field of this type. */
    private static SqlTaint variable(final NameExpr name, final StringBuilder literals, final Set<Node> seen,
            final int depth) {
        String id = name.getNameAsString();
        Optional<CallableDeclaration<?>> method = name.findAncestor(CallableDeclaration.class)
                .map(c -> (CallableDeclaration<?>) c);
        if (method.isPresent()) {
            List<VariableDeclarator> locals = method.get().findAll(VariableDeclarator.class,
                    v -> v.getNameAsString().equals(id));
            if (!locals.isEmpty()) {
                SqlTaint result = locals.get(0).getInitializer()
                        .map(init -> judge(init, literals, seen, depth + 1)).orElse(CONSTANT);
                for (AssignExpr assign : method.get().findAll(AssignExpr.class,
                        a -> a.getTarget().toString().equals(id))) {
                    SqlTaint value = judge(assign.getValue(), literals, seen, depth + 1);
                    result = worst(result, assign.getOperator() == AssignExpr.Operator.PLUS && value != CONSTANT
                            ? BUILT : value);
                }
                return result;
            }
        }
        return field(name, literals, seen, depth);
    }

    private static SqlTaint field(final NameExpr name, final StringBuilder literals, final Set<Node> seen,
            final int depth) {
        Optional<TypeDeclaration<?>> type = name.findAncestor(TypeDeclaration.class)
                .map(t -> (TypeDeclaration<?>) t);
        if (type.isEmpty()) {
            return UNKNOWN;
        }
        for (FieldDeclaration field : type.get().getFields()) {
            if (!field.isFinal()) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                if (variable.getNameAsString().equals(name.getNameAsString()) && variable.getInitializer()
                        .isPresent()) {
                    SqlTaint value = judge(variable.getInitializer().get(), literals, seen, depth + 1);
                    return value == CONSTANT ? CONSTANT : UNKNOWN;
                }
            }
        }
        return UNKNOWN;
    }

    private static SqlTaint worst(final SqlTaint a, final SqlTaint b) {
        if (a == BUILT || b == BUILT) {
            return BUILT;
        }
        return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : CONSTANT;
    }
}
