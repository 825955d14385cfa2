package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Module path escaping of the Go module proxy protocol, and semantic version order. */
final class GoVersions {
    private static final Pattern SEMVER = Pattern.compile(
            "v(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

    /** Ascending semantic version order; strings that are not versions sort first. */
    static final Comparator<String> ORDER = GoVersions::compare;

    private GoVersions() {
    }

    /** Each upper-case letter becomes {@code !} and the lower-case letter, as the proxy protocol asks. */
    static String escape(final String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append('!').append((char) (c + ('a' - 'A')));
            }
            else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code version} has a pre-release part (pseudo-versions included). */
    static boolean isPrerelease(final String version) {
        Matcher m = SEMVER.matcher(version);
        return !m.matches() || m.group(4) != null;
    }

    private static int compare(final String a, final String b) {
        Matcher x = SEMVER.matcher(a);
        Matcher y = SEMVER.matcher(b);
        if (!x.matches() || !y.matches()) {
            return Boolean.compare(x.matches(), y.matches()) != 0 ? Boolean.compare(x.matches(), y.matches())
                    : a.compareTo(b);
        }
        for (int i = 1; i <= 3; i++) {
            int c = compareNumbers(x.group(i), y.group(i));
            if (c != 0) {
                return c;
            }
        }
        String p = x.group(4);
        String q = y.group(4);
        if (p == null || q == null) {
            return p == null ? (q == null ? 0 : 1) : -1;
        }
        return comparePrerelease(p, q);
    }

    private static int compareNumbers(final String a, final String b) {
        String p = a == null ? "0" : a.replaceFirst("^0+(?=.)", "");
        String q = b == null ? "0" : b.replaceFirst("^0+(?=.)", "");
        return p.length() != q.length() ? Integer.compare(p.length(), q.length()) : p.compareTo(q);
    }

    private static int comparePrerelease(final String a, final String b) {
        String[] p = a.split("\\.");
        String[] q = b.split("\\.");
        for (int i = 0; i < Math.min(p.length, q.length); i++) {
            boolean pn = p[i].chars().allMatch(Character::isDigit);
            boolean qn = q[i].chars().allMatch(Character::isDigit);
            int c = pn && qn ? compareNumbers(p[i], q[i]) : pn != qn ? (pn ? -1 : 1) : p[i].compareTo(q[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(p.length, q.length);
    }
}
