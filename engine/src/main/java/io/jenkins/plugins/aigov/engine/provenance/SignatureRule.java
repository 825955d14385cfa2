package io.jenkins.plugins.aigov.engine.provenance;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jenkins.plugins.aigov.engine.model.Origin;

/**
 * One built-in agent signature, compiled from {@code agent-signatures.json}. Immutable.
 *
 * @param id             stable kebab-case id
 * @param agent          the agent it names, or {@code null} when the matched value names it ({@code agentFrom})
 * @param kind           what it is matched against
 * @param origin         what a match implies
 * @param spoofable      whether anyone can write the marker
 * @param fallback       applies only when no other identity rule matched the same identity
 * @param keys           trailer keys (trailer kind only)
 * @param patterns       the patterns, tried in order; the first that matches wins
 * @param agentFrom      name of the regex group holding the agent, or {@code null}
 * @param model          how to take the model from a match, or {@code null}
 * @param spoof          the identity a bot must use when its name is claimed, or {@code null}
 * @param truePositives  samples that must match
 * @param falsePositives samples that must not match
 */
record SignatureRule(String id, String agent, Kind kind, Origin origin, boolean spoofable, boolean fallback,
        List<String> keys, List<Pattern> patterns, String agentFrom, ModelSpec model, SpoofCheck spoof,
        List<String> truePositives, List<String> falsePositives) {

    /** What a rule is matched against. */
    enum Kind {
        /** {@code Name <email>} of the author and the committer. */
        IDENTITY("identity"),
        /** {@code Name <email>} of the author only. */
        AUTHOR_IDENTITY("author-identity"),
        /** {@code Name <email>} of the committer only. */
        COMMITTER_IDENTITY("committer-identity"),
        /** The value of a {@code Co-authored-by} trailer. */
        CO_AUTHOR("co-author"),
        /** The value of a trailer with one of the rule's keys. */
        TRAILER("trailer"),
        /** Anywhere in the message (multi-line mode). */
        MESSAGE_PATTERN("message-pattern"),
        /** The subject line. */
        MESSAGE_PREFIX("message-prefix");

        private final String id;

        Kind(final String id) {
            this.id = id;
        }

        String id() {
            return id;
        }

        boolean appliesToAuthor() {
            return this == IDENTITY || this == AUTHOR_IDENTITY;
        }

        boolean appliesToCommitter() {
            return this == IDENTITY || this == COMMITTER_IDENTITY;
        }

        boolean isIdentity() {
            return appliesToAuthor() || appliesToCommitter();
        }

        static Kind of(final String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /**
     * How to take a model from a match.
     *
     * @param group  the regex group
     * @param format {@code id} (kept as written, provider prefix dropped) or {@code display-name}
     *               ({@code Opus 4.5 (1M context)} becomes {@code opus-4-5})
     * @param prefix prepended to a display name unless already there (e.g. {@code claude-})
     */
    record ModelSpec(String group, String format, String prefix) {
    }

    /**
     * A bot name that may only be used with certain e-mails; anything else is an identity mismatch.
     *
     * @param name  pattern on the name
     * @param email pattern on the e-mail the name requires
     */
    record SpoofCheck(Pattern name, Pattern email) {
    }

    /**
     * A successful match.
     *
     * @param raw   the matched input
     * @param agent the agent, normalised, or {@code null}
     * @param model the model, normalised, or {@code null}
     */
    record Match(String raw, String agent, String model) {
    }

    /** Matches one input (an identity, a trailer value, a message or a subject); {@code null} if none. */
    Match match(final String input, final AgentSignatures names) {
        String text = SignalText.capped(input);
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                String foundAgent = agentFrom == null ? agent : names.normaliseAgent(group(matcher, agentFrom));
                return new Match(kind == Kind.MESSAGE_PATTERN ? matcher.group() : input, foundAgent,
                        model == null ? null : model(group(matcher, model.group())));
            }
        }
        return null;
    }

    /** Whether the name is this bot's but the e-mail is not. */
    boolean isSpoofed(final String name, final String email) {
        return spoof != null && spoof.name().matcher(SignalText.capped(name.strip())).find()
                && !spoof.email().matcher(SignalText.capped(email.strip())).find();
    }

    /** Whether a test sample matches; trailer samples are written {@code Key: value}. */
    boolean matchesSample(final String sample, final AgentSignatures names) {
        if (kind == Kind.TRAILER) {
            int colon = sample.indexOf(':');
            if (colon < 0) {
                return false;
            }
            String key = sample.substring(0, colon).strip();
            return keys.stream().anyMatch(key::equalsIgnoreCase)
                    && match(sample.substring(colon + 1).strip(), names) != null;
        }
        return match(sample, names) != null;
    }

    private String model(final String raw) {
        if (raw == null) {
            return null;
        }
        if ("display-name".equals(model.format())) {
            String slug = raw.replaceAll("\\([^()]*\\)", " ").strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[\\s.]+", "-").replaceAll("[^a-z0-9._-]", "").replaceAll("-{2,}", "-");
            slug = trimDashes(slug);
            if (slug.isEmpty()) {
                return null;
            }
            String prefix = model.prefix() == null ? "" : model.prefix();
            return slug.startsWith(prefix) ? slug : prefix + slug;
        }
        return AgentSignatures.normaliseModel(raw);
    }

    private static String trimDashes(final String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    private static String group(final Matcher matcher, final String name) {
        try {
            return matcher.group(name);
        } catch (IllegalArgumentException e) {
            return null; // this alternative pattern has no such group
        }
    }
}
