package io.jenkins.plugins.aigov.engine.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds session / prompt / task references and human reviewers in a commit.
 *
 * <p>References come from, in this order: the session trailers ({@code Claude-Session}, {@code Agent-Logs-Url},
 * {@code Amp-Thread-ID}, {@code Entire-Checkpoint} as {@code entire:<id>}); the task trailers ({@code Prompt},
 * {@code Task}, {@code Issue}, {@code Refs}, {@code Ref}, {@code Fixes}, {@code Closes}, {@code Resolves},
 * {@code Bug}), from which URLs, {@code #123}, {@code owner/repo#123} and {@code ABC-123} are taken (the whole
 * value when none is found); {@code Devin Session:} lines and URLs of known agent session hosts anywhere in the
 * message; and ticket keys like {@code ABC-123} in the subject (not {@code UTF-8}, {@code SHA-256} …).
 *
 * <p>Reviewers are the values of {@code Reviewed-by}, {@code Approved-by}, {@code Acked-by} and
 * {@code Signed-off-by}, except the author's own sign-off (that is the author certifying, not a review) and
 * except AI or bot identities (an AI must not sign off). {@code Tested-by} is not a review and is left out.
 * Duplicates (same e-mail) are dropped. Thread-safe.
 */
public final class ReferenceExtractor {
    private static final List<String> SESSION_KEYS = List.of("Claude-Session", "Agent-Logs-Url", "Amp-Thread-ID",
            "Amp-Thread");
    private static final List<String> TASK_KEYS = List.of("Prompt", "Task", "Issue", "Refs", "Ref", "Fixes",
            "Closes", "Resolves", "Bug");
    private static final List<String> REVIEW_KEYS = List.of("Reviewed-by", "Approved-by", "Acked-by",
            "Signed-off-by");
    private static final Pattern TASK_TOKEN = Pattern.compile(
            "https?://[^\\s<>\"']+|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+#[0-9]+|#[0-9]+|\\b[A-Z][A-Z0-9]+-[0-9]+\\b");
    private static final Pattern SESSION_URL = Pattern.compile("https://(?:claude\\.ai/code/|app\\.devin\\.ai/sessions/"
            + "|ampcode\\.com/threads/|chatgpt\\.com/codex/tasks/|jules\\.google\\.com/(?:task|session)/"
            + "|cursor\\.com/agents|app\\.all-hands\\.dev/conversations/"
            + "|github\\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/sessions/)[^\\s<>()\\[\\]\"']*");
    private static final Pattern TICKET = Pattern.compile("\\b([A-Z][A-Z0-9]{1,9})-[0-9]{1,7}\\b");
    private static final Set<String> NOT_TICKETS = Set.of("UTF", "SHA", "ISO", "AES", "RSA", "MD", "TLS", "SSL",
            "HTTP", "ECMA", "ES", "GPL", "LGPL", "AGPL", "CC", "IEEE", "X", "UCS", "WCAG", "ARM", "AVX");
    private static final Pattern EMAIL = Pattern.compile("<([^<>]*)>");

    private final AgentSignatures signatures;

    /**
     * Creates an extractor.
     *
     * @param signatures tells AI identities from people (for reviewers)
     */
    public ReferenceExtractor(final AgentSignatures signatures) {
        this.signatures = signatures;
    }

    /** An extractor with the built-in signatures. */
    public static ReferenceExtractor withDefaults() {
        return new ReferenceExtractor(AgentSignatures.builtIn());
    }

    /** The references of a commit, deduplicated, in the order described above. */
    public List<String> references(final RawCommit commit) {
        Set<String> found = new LinkedHashSet<>();
        for (Trailer trailer : commit.trailers()) {
            if (SESSION_KEYS.stream().anyMatch(trailer::is)) {
                add(found, trailer.value());
            } else if (trailer.is("Entire-Checkpoint")) {
                add(found, trailer.value().isBlank() ? "" : "entire:" + trailer.value());
            }
        }
        for (Trailer trailer : commit.trailers()) {
            if (TASK_KEYS.stream().anyMatch(trailer::is)) {
                Matcher matcher = TASK_TOKEN.matcher(trailer.value());
                boolean any = false;
                while (matcher.find()) {
                    add(found, matcher.group());
                    any = true;
                }
                if (!any) {
                    add(found, trailer.value());
                }
            }
        }
        String message = SignalText.capped(commit.message());
        Matcher urls = SESSION_URL.matcher(message);
        while (urls.find()) {
            add(found, trimPunctuation(urls.group()));
        }
        Matcher tickets = TICKET.matcher(SignalText.subject(message));
        while (tickets.find()) {
            if (!NOT_TICKETS.contains(tickets.group(1))) {
                add(found, tickets.group());
            }
        }
        return List.copyOf(found);
    }

    /** The human reviewers named in the trailers, as written ({@code Name <email>}). */
    public List<String> reviewers(final RawCommit commit) {
        Map<String, String> byEmail = new LinkedHashMap<>();
        String authorEmail = commit.authorEmail().strip().toLowerCase(Locale.ROOT);
        for (Trailer trailer : commit.trailers()) {
            if (REVIEW_KEYS.stream().noneMatch(trailer::is) || trailer.value().isBlank()) {
                continue;
            }
            String value = trailer.value().strip();
            String email = emailOf(value);
            boolean ownSignOff = trailer.is("Signed-off-by") && email.equals(authorEmail);
            if (!ownSignOff && !signatures.isAutomatedIdentity(value)) {
                byEmail.putIfAbsent(email.isEmpty() ? value.toLowerCase(Locale.ROOT) : email, value);
            }
        }
        return List.copyOf(new ArrayList<>(byEmail.values()));
    }

    private static String emailOf(final String identity) {
        Matcher matcher = EMAIL.matcher(identity);
        return matcher.find() ? matcher.group(1).strip().toLowerCase(Locale.ROOT) : "";
    }

    private static String trimPunctuation(final String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    private static void add(final Set<String> found, final String value) {
        String v = value == null ? "" : value.strip();
        if (!v.isEmpty()) {
            found.add(v.length() > 300 ? v.substring(0, 300) : v);
        }
    }
}
