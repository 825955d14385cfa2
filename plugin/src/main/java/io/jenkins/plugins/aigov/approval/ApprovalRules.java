package io.jenkins.plugins.aigov.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who may decide a request. In order:
 * <ol>
 *   <li>nobody anonymous;</li>
 *   <li>with configured approvers: the user's id or one of its authorities (groups) is in the list (ignoring
 *       case); without: the user has Job/Build on the job;</li>
 *   <li>separation of duties: never a user who is "the same" as a person or bot named on the range's AI commits
 *       (author, committer, {@code Co-authored-by}).</li>
 * </ol>
 * "The same" means, ignoring case: the user id equals the identity's e-mail, the e-mail's local part (a GitHub
 * no-reply address {@code 123+name@users.noreply.github.com} gives {@code name}, a {@code [bot]} suffix is dropped)
 * or the identity's name; or one of the user's known e-mails equals the identity's e-mail. Jenkins ids and git
 * identities are not linked otherwise, so the rule errs towards refusing.
 */
public final class ApprovalRules {
    private ApprovalRules() {
    }

    /** Why {@code who} may not decide {@code request}, or {@code null} if they may. */
    public static String refusal(final ApprovalRequest request, final Approver who) {
        if (who == null || who.anonymous()) {
            return "log in to decide";
        }
        List<String> approvers = request.getApprovers();
        if (approvers.isEmpty()) {
            if (!who.mayBuild()) {
                return who.id() + " lacks Job/Build on this job";
            }
        } else if (!listed(approvers, who)) {
            return who.id() + " is not one of the configured approvers";
        }
        CommitIdentity same = sameAsAuthor(request, who);
        if (same != null) {
            return who.id() + " is " + same.getRole() + " of AI commit " + same.getCommit() + " (" + same.getDisplay()
                    + "): separation of duties";
        }
        return null;
    }

    private static boolean listed(final List<String> approvers, final Approver who) {
        List<String> names = new ArrayList<>();
        names.add(who.id());
        names.addAll(who.authorities());
        for (String approver : approvers) {
            for (String name : names) {
                if (name != null && name.equalsIgnoreCase(approver.strip())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first AI commit identity that is the same as the user, or {@code null}. */
    static CommitIdentity sameAsAuthor(final ApprovalRequest request, final Approver who) {
        String id = CommitIdentity.lower(who.id());
        for (CommitIdentity identity : request.getAiAuthors()) {
            String email = CommitIdentity.lower(identity.getEmail());
            String name = CommitIdentity.lower(identity.getName());
            if (id != null && (id.equals(email) || id.equals(localPart(email)) || id.equals(name)
                    || id.equals(stripBot(name)))) {
                return identity;
            }
            for (String known : who.emails()) {
                if (email != null && email.equals(CommitIdentity.lower(known))) {
                    return identity;
                }
            }
        }
        return null;
    }

    static String localPart(final String email) {
        if (email == null || email.indexOf('@') <= 0) {
            return null;
        }
        String local = email.substring(0, email.indexOf('@'));
        if (email.endsWith("@users.noreply.github.com") && local.contains("+")) {
            local = local.substring(local.indexOf('+') + 1);
        }
        return stripBot(local);
    }

    private static String stripBot(final String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.endsWith("[bot]") ? lower.substring(0, lower.length() - "[bot]".length()) : lower;
    }
}
