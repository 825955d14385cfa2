package io.jenkins.plugins.aigov.engine.provenance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.jenkins.plugins.aigov.engine.model.Origin;

/**
 * Admin-defined markers that mean AI, in addition to the built-in {@link AgentSignatures}.
 *
 * <p>Text format, one rule per line; blank lines and lines starting with {@code #} are ignored:
 * <pre>
 * trailer  &lt;Key&gt;   [origin] [agent=&lt;id&gt;]   # the presence of this trailer key marks AI
 * identity &lt;regex&gt; [origin] [agent=&lt;id&gt;]   # found in "Name &lt;email&gt;" of the author or the committer
 * message  &lt;regex&gt; [origin] [agent=&lt;id&gt;]   # found anywhere in the commit message
 * </pre>
 * <ul>
 *   <li>{@code origin} is {@code AI_GENERATED} or {@code AI_ASSISTED} (default {@code AI_ASSISTED}), any case.</li>
 *   <li>A regex is one token (write {@code \s} for a space), a {@link java.util.regex.Pattern} searched with
 *       {@code find()} case-insensitively (opt out with {@code (?-i)}).</li>
 *   <li>A trailer key is matched case-insensitively, like git does.</li>
 *   <li>Rule ids are {@code marker-<line number>} so they stay stable while the file is edited below them.</li>
 * </ul>
 * Every match yields an {@link Evidence} with signal {@code marker-rule}, spoofable (markers are claims).
 * An unknown kind, a bad regex, a bad origin or an unknown option is a {@link ProvenanceFormatException}
 * naming the source and the line.
 *
 * <p>The object keeps only the text and re-compiles lazily, so it stays small and serializable across a
 * remoting channel.
 */
public final class MarkerRules implements SignalDetector, Serializable {
    private static final long serialVersionUID = 1L;
    private static final String SIGNAL = "marker-rule";
    private static final Pattern TRAILER_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    private static final Pattern AGENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final MarkerRules NONE = new MarkerRules("", "none", List.of());

    private final String text;
    private final String sourceName;
    private transient volatile List<Rule> rules;

    private MarkerRules(final String text, final String sourceName, final List<Rule> rules) {
        this.text = text;
        this.sourceName = sourceName;
        this.rules = rules;
    }

    /** No extra markers. */
    public static MarkerRules none() {
        return NONE;
    }

    /**
     * Parses rules.
     *
     * @param text       the rules; {@code null} or blank means none
     * @param sourceName where they come from, for messages (e.g. {@code global configuration})
     * @return the rules
     * @throws ProvenanceFormatException when a line is not a valid rule
     */
    public static MarkerRules parse(final String text, final String sourceName) throws ProvenanceFormatException {
        String source = sourceName == null || sourceName.isBlank() ? "marker rules" : sourceName;
        String body = text == null ? "" : text;
        return new MarkerRules(body, source, compile(body, source));
    }

    /** The rule text as given. */
    public String text() {
        return text;
    }

    /** The number of rules. */
    public int size() {
        return rules().size();
    }

    /** Whether there are no rules. */
    public boolean isEmpty() {
        return rules().isEmpty();
    }

    @Override
    public List<Evidence> detect(final RawCommit commit) {
        List<Evidence> found = new ArrayList<>();
        for (Rule rule : rules()) {
            rule.match(commit, found);
        }
        return found;
    }

    private List<Rule> rules() {
        List<Rule> result = rules;
        if (result == null) {
            try {
                result = compile(text, sourceName);
            } catch (ProvenanceFormatException e) {
                throw new IllegalStateException("marker rules were valid when created: " + e.getMessage(), e);
            }
            rules = result;
        }
        return result;
    }

    private static List<Rule> compile(final String text, final String source) throws ProvenanceFormatException {
        List<Rule> result = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                result.add(compileLine(line, source, i + 1));
            }
        }
        return List.copyOf(result);
    }

    private static Rule compileLine(final String line, final String source, final int number)
            throws ProvenanceFormatException {
        String[] tokens = line.split("\\s+");
        String kind = tokens[0].toLowerCase(Locale.ROOT);
        if (!kind.equals("trailer") && !kind.equals("identity") && !kind.equals("message")) {
            throw new ProvenanceFormatException(source, number,
                    "unknown rule kind '" + tokens[0] + "' (expected trailer, identity or message)");
        }
        if (tokens.length < 2) {
            throw new ProvenanceFormatException(source, number, "'" + kind + "' needs a "
                    + (kind.equals("trailer") ? "trailer key" : "regular expression"));
        }
        Origin origin = Origin.AI_ASSISTED;
        String agent = null;
        for (int t = 2; t < tokens.length; t++) {
            String token = tokens[t];
            if (token.regionMatches(true, 0, "agent=", 0, 6)) {
                agent = token.substring(6).toLowerCase(Locale.ROOT);
                if (!AGENT_ID.matcher(agent).matches()) {
                    throw new ProvenanceFormatException(source, number, "bad agent id '" + token.substring(6)
                            + "' (use lower-case letters, digits, '.', '_' and '-')");
                }
            } else if (token.equalsIgnoreCase("AI_GENERATED")) {
                origin = Origin.AI_GENERATED;
            } else if (token.equalsIgnoreCase("AI_ASSISTED")) {
                origin = Origin.AI_ASSISTED;
            } else {
                throw new ProvenanceFormatException(source, number, "bad origin '" + token
                        + "' (expected AI_GENERATED or AI_ASSISTED, or agent=<id>; write \\s for a space in a regex)");
            }
        }
        String argument = tokens[1];
        Pattern pattern = null;
        if (kind.equals("trailer")) {
            if (!TRAILER_KEY.matcher(argument).matches()) {
                throw new ProvenanceFormatException(source, number, "bad trailer key '" + argument
                        + "' (letters, digits and '-' only, without the colon)");
            }
        } else {
            try {
                pattern = Pattern.compile(argument, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new ProvenanceFormatException(source, number,
                        "bad regex '" + argument + "': " + e.getDescription());
            }
        }
        return new Rule("marker-" + number, kind, argument, pattern, origin, agent);
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof MarkerRules that && text.equals(that.text) && sourceName.equals(that.sourceName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, sourceName);
    }

    @Override
    public String toString() {
        return "MarkerRules[" + sourceName + ", " + size() + " rules]";
    }

    /** One compiled rule. */
    private record Rule(String id, String kind, String argument, Pattern pattern, Origin origin, String agent) {
        void match(final RawCommit commit, final List<Evidence> found) {
            switch (kind) {
                case "trailer" -> {
                    for (Trailer trailer : commit.trailers()) {
                        if (trailer.is(argument)) {
                            found.add(evidence("trailer " + trailer.key(), trailer.key() + ": " + trailer.value()));
                        }
                    }
                }
                case "identity" -> {
                    matchIdentity("author identity", commit.authorName(), commit.authorEmail(), found);
                    if (!commit.committerName().equals(commit.authorName())
                            || !commit.committerEmail().equals(commit.authorEmail())) {
                        matchIdentity("committer identity", commit.committerName(), commit.committerEmail(), found);
                    }
                }
                default -> {
                    Matcher matcher = pattern.matcher(SignalText.capped(commit.message()));
                    if (matcher.find()) {
                        found.add(evidence("message", matcher.group()));
                    }
                }
            }
        }

        private void matchIdentity(final String where, final String name, final String email,
                final List<Evidence> found) {
            String identity = SignalText.identity(name, email);
            if (pattern.matcher(SignalText.capped(identity)).find()) {
                found.add(evidence(where, identity));
            }
        }

        private Evidence evidence(final String location, final String raw) {
            return new Evidence(SIGNAL, id, location, raw, true, origin, agent, null);
        }
    }
}
