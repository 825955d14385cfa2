package io.jenkins.plugins.aigov.provenance;

import java.util.List;
import java.util.Locale;

import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.provenance.CommitProvenance;
import io.jenkins.plugins.aigov.engine.provenance.Evidence;

/** One commit as the report page shows it. */
public final class CommitRow {
    private final CommitProvenance commit;

    CommitRow(final CommitProvenance commit) {
        this.commit = commit;
    }

    public String getId() {
        return commit.id();
    }

    public String getShortId() {
        return commit.shortId();
    }

    public String getSubject() {
        return commit.subject();
    }

    public String getOrigin() {
        return label(commit.origin());
    }

    /** The confidence in percent, e.g. {@code 90 %}. */
    public String getConfidence() {
        return String.format(Locale.ROOT, "%.0f %%", commit.confidence() * 100);
    }

    public String getAgent() {
        return commit.agent();
    }

    public String getModel() {
        return commit.model();
    }

    public String getOwner() {
        return commit.humanOwner();
    }

    public String getReviewers() {
        return Text.join(commit.reviewers());
    }

    /** One line per signal: what, which rule, where, the matched text, and whether anyone could write it. */
    public List<String> getEvidence() {
        return commit.evidence().stream().map(CommitRow::describe).toList();
    }

    static String label(final Origin origin) {
        return switch (origin) {
            case AI_GENERATED -> "AI-generated";
            case AI_ASSISTED -> "AI-assisted";
            case HUMAN -> "human";
            case UNKNOWN -> "unknown";
        };
    }

    private static String describe(final Evidence evidence) {
        String where = evidence.location().isEmpty() ? "" : " at " + evidence.location();
        String raw = evidence.rawValue().isEmpty() ? "" : ": " + evidence.rawValue();
        return evidence.signal() + " (" + evidence.ruleId() + ")" + where + raw
                + (evidence.spoofable() ? " [spoofable]" : "");
    }
}
