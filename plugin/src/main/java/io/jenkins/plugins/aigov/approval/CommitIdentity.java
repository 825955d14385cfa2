package io.jenkins.plugins.aigov.approval;

import java.io.Serializable;
import java.util.Locale;

/**
 * One person or bot named on an AI commit of the range: its author, its committer or a {@code Co-authored-by}
 * trailer. A plain class for {@code build.xml}.
 */
public final class CommitIdentity implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String email;
    private final String role;
    private final String commit;

    /**
     * @param name   the name, or {@code null}
     * @param email  the e-mail, or {@code null}
     * @param role   {@code author}, {@code committer} or {@code co-author}
     * @param commit the abbreviated commit id
     */
    public CommitIdentity(final String name, final String email, final String role, final String commit) {
        this.name = blankToNull(name);
        this.email = blankToNull(email);
        this.role = role;
        this.commit = commit;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getRole() {
        return role;
    }

    public String getCommit() {
        return commit;
    }

    /** {@code Name <e-mail>}. */
    public String getDisplay() {
        if (name == null) {
            return email == null ? "?" : "<" + email + ">";
        }
        return email == null ? name : name + " <" + email + ">";
    }

    /** The same name and e-mail (ignoring case), whatever the role and commit. */
    boolean samePerson(final CommitIdentity other) {
        return equalsIgnoreCase(name, other.name) && equalsIgnoreCase(email, other.email);
    }

    static String lower(final String text) {
        return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean equalsIgnoreCase(final String a, final String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    private static String blankToNull(final String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
