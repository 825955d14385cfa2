package io.jenkins.plugins.aigov.engine.bom;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.jenkins.plugins.aigov.engine.provenance.CommitProvenance;
import io.jenkins.plugins.aigov.engine.provenance.Evidence;
import io.jenkins.plugins.aigov.engine.provenance.FileProvenance;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * The agents and models that produced code in a range, and which models each agent used: from the AI commits (their
 * agent and model, and the agent / model pairs their evidence names) and from the AI-touched files.
 */
final class AiParticipants {
    private final Set<String> models = new TreeSet<>();
    private final Map<String, Set<String>> modelsByAgent = new TreeMap<>();

    AiParticipants(final ProvenanceResult provenance) {
        for (CommitProvenance commit : provenance.commits()) {
            if (!commit.origin().isAi()) {
                continue;
            }
            pair(commit.agent(), commit.model());
            for (Evidence evidence : commit.evidence()) {
                pair(evidence.agent(), evidence.model());
            }
        }
        for (FileProvenance file : provenance.files()) {
            if (file.isAiTouched()) {
                file.agents().forEach(agent -> pair(agent, null));
                file.models().forEach(model -> pair(null, model));
            }
        }
    }

    private void pair(final String agent, final String model) {
        String a = blankToNull(agent);
        String m = blankToNull(model);
        if (m != null) {
            models.add(m);
        }
        if (a != null) {
            Set<String> used = modelsByAgent.computeIfAbsent(a, key -> new TreeSet<>());
            if (m != null) {
                used.add(m);
            }
        }
    }

    private static String blankToNull(final String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Model ids, sorted. */
    Set<String> models() {
        return models;
    }

    /** Agent ids with the models each used, sorted. */
    Map<String, Set<String>> modelsByAgent() {
        return modelsByAgent;
    }
}
