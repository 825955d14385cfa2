package io.jenkins.plugins.aigov.engine.scan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Finding.Suppression;

/**
 * Attaches suppressions to findings: inline {@code aigov:ignore <rule-id>[,<rule-id>] reason="…" until=YYYY-MM-DD}
 * comments on the finding's line or the line before (any comment style), then entries of the suppressions file.
 * An effective suppression wins over one that is not; a suppression without a reason or past its date is attached
 * with {@code effective=false} and a problem, so it is reported but does not suppress.
 */
public final class Suppressor {
    static final String INLINE = "inline";
    private static final Pattern DIRECTIVE = Pattern.compile("aigov:ignore\\s+([A-Za-z0-9][A-Za-z0-9,./_-]*)(.*)");
    private static final Pattern REASON = Pattern.compile("reason\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern UNTIL = Pattern.compile("until\\s*=\\s*([0-9]{4}-[0-9]{2}-[0-9]{2})");

    private final SuppressionFile file;
    private final LocalDate today;

    /** Suppressions from a repository file (or none) and inline comments, judged as of {@code today}. */
    public Suppressor(final SuppressionFile file, final LocalDate today) {
        this.file = file == null ? SuppressionFile.empty() : file;
        this.today = today;
    }

    /**
     * The findings of one file with the suppressions that apply attached (inline comments on the finding's line or
     * the line above, then file entries by rule id or fingerprint); {@code content} is the file's text or empty.
     */
    public List<Finding> apply(final List<Finding> findings, final CharSequence content) {
        return apply(findings, new SourceText(content == null ? "" : content));
    }

    List<Finding> apply(final List<Finding> findings, final SourceText text) {
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            List<Suppression> candidates = new ArrayList<>();
            inline(finding, text, finding.line(), candidates);
            inline(finding, text, finding.line() - 1, candidates);
            fromFile(finding, candidates);
            Suppression chosen = candidates.stream().filter(Suppression::effective).findFirst()
                    .orElse(candidates.isEmpty() ? null : candidates.get(0));
            result.add(chosen == null ? finding : finding.withSuppression(chosen));
        }
        return result;
    }

    private void inline(final Finding finding, final SourceText text, final int line,
            final List<Suppression> candidates) {
        if (line < 1) {
            return;
        }
        String content = text.line(line);
        if (!content.contains("aigov:ignore")) {
            return;
        }
        Matcher directive = DIRECTIVE.matcher(content);
        if (!directive.find() || !List.of(directive.group(1).split(",")).contains(finding.ruleId())) {
            return;
        }
        String rest = directive.group(2);
        Matcher reason = REASON.matcher(rest);
        String why = reason.find() ? (reason.group(1) != null ? reason.group(1) : reason.group(2)) : null;
        Matcher until = UNTIL.matcher(rest);
        String expires = until.find() ? until.group(1) : null;
        candidates.add(judge(INLINE, null, why, expires));
    }

    private void fromFile(final Finding finding, final List<Suppression> candidates) {
        for (SuppressionEntry entry : file.entries()) {
            boolean ruleMatches = entry.rule() == null || entry.rule().equals(finding.ruleId());
            boolean printMatches = entry.fingerprint() == null || entry.fingerprint().equals(finding.fingerprint());
            boolean pathMatches = entry.path() == null
                    || finding.file() != null && entry.path().matches(finding.file());
            if (ruleMatches && printMatches && pathMatches) {
                candidates.add(judge(file.source(), entry.owner(), entry.reason(), entry.expires()));
            }
        }
    }

    private Suppression judge(final String source, final String owner, final String reason, final String expires) {
        String problem = null;
        if (reason == null || reason.isBlank()) {
            problem = "suppression without a reason does not apply";
        }
        else if (expires != null) {
            try {
                if (LocalDate.parse(expires).isBefore(today)) {
                    problem = "suppression expired on " + expires;
                }
            }
            catch (DateTimeParseException e) {
                problem = "suppression date '" + expires + "' is not YYYY-MM-DD";
            }
        }
        return new Suppression(source, owner, reason == null || reason.isBlank() ? null : reason, expires,
                problem == null, problem);
    }
}
