package io.jenkins.plugins.aigov.engine.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.model.Origin;

/**
 * The built-in signatures of AI coding agents: identities, co-author trailers, trailer keys and message
 * markers, kept as data in {@code agent-signatures.json} next to this class (the source of truth for the facts
 * is {@code shared/docs/agent-signatures.md}).
 *
 * <p>Each rule has a stable kebab-case id, the agent it names, a kind ({@code identity},
 * {@code author-identity}, {@code committer-identity}, {@code co-author}, {@code trailer},
 * {@code message-pattern}, {@code message-prefix}), patterns, the origin a match implies, whether it is
 * spoofable, how to read the model, and true- and false-positive samples that the tests check.
 *
 * <p>Decisions: agent ids name the product family ({@code claude-code}, {@code copilot}, {@code codex},
 * {@code cursor} …); the surface (cloud agent, CLI, IDE) shows in the rule id and in the origin. Models are
 * lower-case ids without the provider prefix ({@code anthropic/claude-opus-4-5} becomes
 * {@code claude-opus-4-5}; the raw value stays in the evidence). Automation bots that are not AI
 * ({@code dependabot}, {@code renovate}, {@code github-actions}, any other {@code [bot]}) yield evidence
 * {@code non-ai-bot} implying {@link Origin#UNKNOWN}: such a commit is neither AI nor human. A bot name used
 * with another e-mail (e.g. {@code claude[bot]} with github-actions' id) yields {@code identity-mismatch}.
 *
 * <p>Thread-safe and immutable; patterns are compiled once.
 */
public final class AgentSignatures implements SignalDetector {
    /** Rule id of the evidence a bot name with a foreign e-mail gives. */
    public static final String IDENTITY_MISMATCH = "identity-mismatch";
    /** Rule id of automation bots that are not AI. */
    public static final String NON_AI_BOT = "non-ai-bot";

    private static final String RESOURCE = "agent-signatures.json";
    private static final String CO_AUTHOR_KEY = "Co-authored-by";
    private static volatile AgentSignatures builtIn;

    private final List<SignatureRule> rules;
    private final Map<String, String> aliases;

    AgentSignatures(final List<SignatureRule> rules, final Map<String, String> aliases) {
        this.rules = List.copyOf(rules);
        this.aliases = Map.copyOf(aliases);
    }

    /** Bound on the identities remembered (the map is cleared when full). */
    private static final int MAX_CACHED_IDENTITIES = 4096;
    private final java.util.Map<String, List<Evidence>> identities = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Boolean> aiIdentities = new java.util.concurrent.ConcurrentHashMap<>();

    /** The built-in rules, loaded once from the class path. */
    public static AgentSignatures builtIn() {
        AgentSignatures result = builtIn;
        if (result == null) {
            try (InputStream in = AgentSignatures.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                result = load(in, RESOURCE);
            } catch (IOException | ProvenanceFormatException e) {
                throw new IllegalStateException("cannot load the built-in agent signatures: " + e.getMessage(), e);
            }
            builtIn = result;
        }
        return result;
    }

    /**
     * Loads a rule file in the format of {@code agent-signatures.json}.
     *
     * @param in    the JSON
     * @param where its name, for messages
     * @return the rules
     * @throws ProvenanceFormatException when a rule is broken; the message names the rule id and the field
     */
    public static AgentSignatures load(final InputStream in, final String where) throws ProvenanceFormatException {
        return SignatureLoader.load(in, where);
    }

    /** The ids of all rules, in file order. */
    public List<String> ruleIds() {
        return rules.stream().map(SignatureRule::id).toList();
    }

    /** The rules, in file order (tests check their samples). */
    List<SignatureRule> rules() {
        return rules;
    }

    @Override
    public List<Evidence> detect(final RawCommit commit) {
        List<Evidence> found = new ArrayList<>();
        boolean sameIdentity = commit.committerName().equals(commit.authorName())
                && commit.committerEmail().equals(commit.authorEmail());
        detectIdentity(commit.authorName(), commit.authorEmail(), true, found);
        if (!sameIdentity) {
            detectIdentity(commit.committerName(), commit.committerEmail(), false, found);
        }
        for (Trailer trailer : commit.trailers()) {
            detectTrailer(trailer, found);
        }
        String message = SignalText.capped(commit.message());
        String subject = SignalText.subject(message);
        for (SignatureRule rule : rules) {
            String input = switch (rule.kind()) {
                case MESSAGE_PATTERN -> message;
                case MESSAGE_PREFIX -> subject;
                default -> null;
            };
            SignatureRule.Match match = input == null ? null : rule.match(input, this);
            if (match != null) {
                found.add(evidence(rule, rule.kind().id(), "message", match));
            }
        }
        return found;
    }

    private void detectIdentity(final String name, final String email, final boolean author,
            final List<Evidence> found) {
        if (name.isBlank() && email.isBlank()) {
            return;
        }
        // A history has few identities and many commits: match each identity once.
        String key = (author ? "a\u0000" : "c\u0000") + name + '\u0000' + email;
        List<Evidence> known = identities.get(key);
        if (known == null) {
            known = new ArrayList<>(2);
            matchIdentity(name, email, author, known);
            known = List.copyOf(known);
            if (identities.size() >= MAX_CACHED_IDENTITIES) {
                identities.clear();
            }
            identities.put(key, known);
        }
        found.addAll(known);
    }

    private void matchIdentity(final String name, final String email, final boolean author,
            final List<Evidence> found) {
        String identity = SignalText.identity(name, email);
        String signal = author ? "author-identity" : "committer-identity";
        boolean matched = false;
        for (SignatureRule rule : rules) {
            boolean applies = author ? rule.kind().appliesToAuthor() : rule.kind().appliesToCommitter();
            if (!applies || rule.fallback()) {
                continue;
            }
            SignatureRule.Match match = rule.match(identity, this);
            if (match != null) {
                found.add(evidence(rule, signal, signal, match));
                matched = true;
            } else if (rule.isSpoofed(name, email)) {
                found.add(new Evidence(signal, IDENTITY_MISMATCH, signal, identity, true, rule.origin(),
                        rule.agent(), null));
                matched = true;
            }
        }
        if (!matched) {
            for (SignatureRule rule : rules) {
                SignatureRule.Match match = rule.fallback() && applies(rule, author) ? rule.match(identity, this)
                        : null;
                if (match != null) {
                    found.add(evidence(rule, signal, signal, match));
                    break;
                }
            }
        }
    }

    private static boolean applies(final SignatureRule rule, final boolean author) {
        return author ? rule.kind().appliesToAuthor() : rule.kind().appliesToCommitter();
    }

    private void detectTrailer(final Trailer trailer, final List<Evidence> found) {
        boolean coAuthor = trailer.is(CO_AUTHOR_KEY);
        for (SignatureRule rule : rules) {
            boolean applies = coAuthor ? rule.kind() == SignatureRule.Kind.CO_AUTHOR
                    : rule.kind() == SignatureRule.Kind.TRAILER && rule.keys().stream().anyMatch(trailer::is);
            SignatureRule.Match match = applies ? rule.match(trailer.value(), this) : null;
            if (match != null) {
                found.add(new Evidence("trailer", rule.id(), "trailer " + trailer.key() + " (line "
                        + trailer.line() + ")", trailer.key() + ": " + trailer.value(), rule.spoofable(),
                        rule.origin(), match.agent(), match.model()));
            }
        }
    }

    private static Evidence evidence(final SignatureRule rule, final String signal, final String location,
            final SignatureRule.Match match) {
        return new Evidence(signal, rule.id(), location, match.raw(), rule.spoofable(), rule.origin(),
                match.agent(), match.model());
    }

    /**
     * Whether an identity ({@code Name <email>}) is one of the AI agents' identities, as author or co-author,
     * including a bot name used with a foreign e-mail.
     */
    public boolean isAiIdentity(final String identity) {
        if (identity == null || identity.isBlank()) {
            return false;
        }
        Boolean known = aiIdentities.get(identity);
        if (known == null) {
            known = matchesAiIdentity(identity);
            if (aiIdentities.size() >= MAX_CACHED_IDENTITIES) {
                aiIdentities.clear();
            }
            aiIdentities.put(identity, known);
        }
        return known;
    }

    private boolean matchesAiIdentity(final String identity) {
        for (SignatureRule rule : rules) {
            boolean identityRule = rule.kind().isIdentity() || rule.kind() == SignatureRule.Kind.CO_AUTHOR;
            if (identityRule && !rule.fallback() && rule.origin().isAi() && rule.match(identity, this) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether an identity is an AI agent or another automation bot, i.e. not a person. */
    public boolean isAutomatedIdentity(final String identity) {
        if (isAiIdentity(identity)) {
            return true;
        }
        for (SignatureRule rule : rules) {
            if (rule.fallback() && rule.match(identity, this) != null) {
                return true;
            }
        }
        int open = identity.indexOf('<');
        return open > 0 && rules.stream().anyMatch(r -> r.isSpoofed(identity.substring(0, open),
                identity.substring(open + 1).replace(">", "")));
    }

    /**
     * The canonical agent id for a tool or agent name as written by a trailer, a git-ai note or a trace
     * ({@code claude} and {@code Claude Code} become {@code claude-code}, {@code github-copilot} becomes
     * {@code copilot}); unknown names become lower-case kebab-case; blank gives {@code null}.
     */
    public String normaliseAgent(final String name) {
        if (name == null) {
            return null;
        }
        String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String known = aliases.get(key);
        if (known != null) {
            return known;
        }
        String slug = key.replace("[bot]", "").strip().replaceAll("[\\s_]+", "-").replaceAll("[^a-z0-9.-]", "");
        known = aliases.get(slug);
        if (known != null) {
            return known;
        }
        return slug.isEmpty() ? null : slug;
    }

    /**
     * A model id as this engine reports it: lower case, trimmed, without the provider prefix
     * ({@code anthropic/claude-opus-4-5-20251101} becomes {@code claude-opus-4-5-20251101}); placeholders
     * ({@code unknown}, {@code default}, {@code auto}) and blanks give {@code null}.
     */
    public static String normaliseModel(final String model) {
        if (model == null) {
            return null;
        }
        String id = model.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        int slash = id.lastIndexOf('/');
        if (slash >= 0) {
            id = id.substring(slash + 1);
        }
        if (id.isEmpty() || id.equals("unknown") || id.equals("default") || id.equals("auto")) {
            return null;
        }
        return id.length() > 120 ? id.substring(0, 120) : id;
    }

    /** The provider part of a {@code provider/model} id, or {@code null}. */
    public static String providerOf(final String model) {
        if (model == null) {
            return null;
        }
        String id = model.strip().toLowerCase(Locale.ROOT);
        int slash = id.indexOf('/');
        return slash > 0 ? id.substring(0, slash) : null;
    }

    /** Alias map from a loader, all keys lower case. */
    static Map<String, String> aliasMap(final Map<String, List<String>> byAgent) {
        Map<String, String> result = new HashMap<>();
        byAgent.forEach((agent, names) -> {
            result.put(agent, agent);
            names.forEach(n -> result.put(n.toLowerCase(Locale.ROOT), agent));
        });
        return result;
    }
}
