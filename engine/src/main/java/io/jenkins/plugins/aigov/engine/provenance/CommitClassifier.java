package io.jenkins.plugins.aigov.engine.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.jenkins.plugins.aigov.engine.model.Origin;

/**
 * Decides the origin of one commit from its signals.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>A line-level source (git-ai note, Agent Trace) that records AI or human ranges overrides everything
 *       else: only AI-generated ranges ⇒ {@code AI_GENERATED}; AI and human ranges, or a {@code mixed}
 *       contributor ⇒ {@code AI_ASSISTED}; only human ranges ⇒ {@code HUMAN}. Ranges of unknown origin say
 *       nothing. Confidence 0.9, or 0.95 when the commit's own markers also say AI.</li>
 *   <li>Otherwise the commit's own markers decide: a bot or agent author or committer (an evidence implying
 *       {@code AI_GENERATED}) ⇒ {@code AI_GENERATED}; an AI co-author, an AI trailer or a message marker on a
 *       human author ⇒ {@code AI_ASSISTED}. This also covers merges (classified from their own message and
 *       identity) and squash merges (their {@code Co-authored-by} trailers keep the branch's agents).</li>
 *   <li>No signal at all ⇒ {@code UNKNOWN}, never {@code HUMAN}; an automation bot that is not an AI
 *       ({@code non-ai-bot}) also leaves the commit {@code UNKNOWN}.</li>
 * </ol>
 * Confidence of marker verdicts: 0.6 for one spoofable signal, 0.725 for two, 0.85 for three or more distinct
 * rules (e.g. bot identity + its noreply id + an agent trailer), 0.9 when a signal is not spoofable. A
 * contradiction lowers it to at most 0.4 and adds an {@code identity-mismatch} evidence: a bot name used with a
 * foreign e-mail (a spoofed identity), or a note recording only human lines for a commit made by a bot.
 *
 * <p>The agent is the most specific one named (line-level sources first, then identities, trailers, message
 * markers, admin markers); the model is taken likewise, preferring the longest id among equally ranked ones
 * ({@code claude-opus-4-5-20251101} over {@code claude-opus-4-5}). The human owner is the author when the author is
 * not an AI or bot identity; else the first human {@code Co-authored-by} (e.g. the human who assigned the Copilot
 * agent); else {@code null}. For an aider-renamed author ({@code Jane (aider)}) it is the person without the
 * suffix. References and reviewers come from {@link ReferenceExtractor} and the line sources. Evidence is listed
 * by source (detectors in order, then line sources in order, then the classifier's own), then by rule id.
 * Thread-safe when its detectors are.
 */
public final class CommitClassifier {
    private static final String AIDER_SUFFIX_RULE = "aider-author-suffix";
    private static final double CONTRADICTED = 0.4;

    private final List<SignalDetector> detectors;
    private final AgentSignatures signatures = AgentSignatures.builtIn();
    private final ReferenceExtractor references = new ReferenceExtractor(signatures);

    /**
     * Creates a classifier.
     *
     * @param detectors the commit-level detectors, in the order their evidence is listed
     */
    public CommitClassifier(final List<SignalDetector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** The built-in agent signatures plus the admin's marker rules. */
    public static CommitClassifier withDefaults(final MarkerRules markers) {
        return new CommitClassifier(List.of(AgentSignatures.builtIn(), Objects.requireNonNull(markers, "markers")));
    }

    /**
     * Classifies a commit.
     *
     * @param commit      the commit
     * @param lineSources line-level attributions found for this commit (may be empty)
     * @return the verdict
     */
    public Classification classify(final RawCommit commit, final List<LineAttribution> lineSources) {
        List<Evidence> commitEvidence = new ArrayList<>();
        for (SignalDetector detector : detectors) {
            commitEvidence.addAll(sorted(detector.detect(commit)));
        }
        List<Evidence> lineEvidence = new ArrayList<>();
        List<String> refs = new ArrayList<>(references.references(commit));
        Set<Origin> lineOrigins = new LinkedHashSet<>();
        for (LineAttribution source : lineSources) {
            lineEvidence.addAll(sorted(source.evidence()));
            refs.addAll(source.references());
            source.files().values().forEach(ranges -> ranges.forEach(r -> lineOrigins.add(r.origin())));
        }
        Origin markerOrigin = markerOrigin(commitEvidence);
        Origin lineOrigin = lineOrigin(lineOrigins);
        boolean botAuthored = commitEvidence.stream().anyMatch(e -> isIdentity(e)
                && e.implies() == Origin.AI_GENERATED);
        List<Evidence> own = new ArrayList<>();
        double confidence;
        Origin origin;
        if (lineOrigin != null) {
            origin = lineOrigin;
            confidence = markerOrigin != null && markerOrigin.isAi() && lineOrigin.isAi() ? 0.95 : 0.9;
            if (lineOrigin == Origin.HUMAN && botAuthored) {
                own.add(new Evidence("classifier", AgentSignatures.IDENTITY_MISMATCH, "line sources",
                        "line-level source records only human lines, but a bot or agent made the commit", false,
                        Origin.UNKNOWN, null, null));
                confidence = CONTRADICTED;
            }
        } else if (markerOrigin != null) {
            origin = markerOrigin;
            confidence = markerConfidence(commitEvidence);
        } else {
            origin = Origin.UNKNOWN;
            confidence = commitEvidence.isEmpty() ? 0.0 : 0.5;
        }
        if (commitEvidence.stream().anyMatch(e -> AgentSignatures.IDENTITY_MISMATCH.equals(e.ruleId()))) {
            confidence = Math.min(confidence, CONTRADICTED);
        }
        List<Evidence> all = new ArrayList<>(commitEvidence);
        all.addAll(lineEvidence);
        all.addAll(own);
        List<Evidence> ranked = ranked(lineEvidence, commitEvidence);
        String agent = ranked.stream().map(Evidence::agent).filter(Objects::nonNull).findFirst().orElse(null);
        return new Classification(origin, confidence, all, agent, model(ranked, agent),
                List.copyOf(new LinkedHashSet<>(refs)), owner(commit, commitEvidence), references.reviewers(commit));
    }

    private static List<Evidence> sorted(final List<Evidence> evidence) {
        List<Evidence> copy = new ArrayList<>(evidence);
        copy.sort(Comparator.comparing(Evidence::ruleId)); // stable: same rule keeps detection order
        return copy;
    }

    private static Origin markerOrigin(final List<Evidence> evidence) {
        Origin result = null;
        for (Evidence e : evidence) {
            if (e.implies() == Origin.AI_GENERATED) {
                return Origin.AI_GENERATED;
            }
            if (e.implies() == Origin.AI_ASSISTED) {
                result = Origin.AI_ASSISTED;
            }
        }
        return result;
    }

    private static Origin lineOrigin(final Set<Origin> origins) {
        boolean generated = origins.contains(Origin.AI_GENERATED);
        boolean assisted = origins.contains(Origin.AI_ASSISTED);
        boolean human = origins.contains(Origin.HUMAN);
        if (assisted || (generated && human)) {
            return Origin.AI_ASSISTED;
        }
        if (generated) {
            return Origin.AI_GENERATED;
        }
        return human ? Origin.HUMAN : null;
    }

    private static double markerConfidence(final List<Evidence> evidence) {
        List<Evidence> ai = evidence.stream().filter(e -> e.implies().isAi()).toList();
        if (ai.stream().anyMatch(e -> !e.spoofable())) {
            return 0.9;
        }
        long rules = ai.stream().map(Evidence::ruleId).distinct().count();
        return rules >= 3 ? 0.85 : rules == 2 ? 0.725 : 0.6;
    }

    /** Evidence that may name the agent and model, most specific source first. */
    private static List<Evidence> ranked(final List<Evidence> lineEvidence, final List<Evidence> commitEvidence) {
        List<Evidence> result = new ArrayList<>();
        lineEvidence.stream().filter(e -> e.implies().isAi()).forEach(result::add);
        List<Evidence> commitAi = new ArrayList<>(commitEvidence.stream().filter(e -> e.implies().isAi()).toList());
        commitAi.sort(Comparator.comparingInt(CommitClassifier::rank)); // stable
        result.addAll(commitAi);
        return result;
    }

    private static int rank(final Evidence evidence) {
        if (isIdentity(evidence)) {
            return 0;
        }
        return switch (evidence.signal()) {
            case "trailer" -> 1;
            case "message-pattern", "message-prefix" -> 2;
            default -> 3;
        };
    }

    private static String model(final List<Evidence> ranked, final String agent) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Evidence e : ranked) {
            if (e.model() == null || (agent != null && e.agent() != null && !agent.equals(e.agent()))) {
                continue;
            }
            int rank = e.signal().equals(GitAiNotes.SOURCE) || e.signal().equals(AgentTraces.SOURCE) ? 0 : 1;
            if (rank < bestRank || (rank == bestRank && e.model().length() > best.length())) {
                best = e.model();
                bestRank = rank;
            }
        }
        return best;
    }

    private String owner(final RawCommit commit, final List<Evidence> evidence) {
        String author = SignalText.identity(commit.authorName(), commit.authorEmail());
        boolean authorIsBot = evidence.stream().anyMatch(e -> isAuthor(e) && (e.implies() == Origin.AI_GENERATED
                || e.implies() == Origin.UNKNOWN || AgentSignatures.IDENTITY_MISMATCH.equals(e.ruleId())));
        if (!authorIsBot && !author.isEmpty() && !signatures.isAutomatedIdentity(author)) {
            return author;
        }
        if (evidence.stream().anyMatch(e -> isAuthor(e) && AIDER_SUFFIX_RULE.equals(e.ruleId()))) {
            String name = commit.authorName().replaceAll("[ \\t]*\\(aider\\)[ \\t]*$", "").strip();
            if (!name.isEmpty()) {
                return SignalText.identity(name, commit.authorEmail());
            }
        }
        for (Trailer trailer : commit.trailers()) {
            if (trailer.is("Co-authored-by") && !trailer.value().isBlank()
                    && !signatures.isAutomatedIdentity(trailer.value())) {
                return trailer.value().strip();
            }
        }
        return null;
    }

    private static boolean isIdentity(final Evidence e) {
        return e.signal().endsWith("-identity") || e.location().endsWith("identity");
    }

    private static boolean isAuthor(final Evidence e) {
        return e.signal().equals("author-identity") || e.location().startsWith("author");
    }
}
