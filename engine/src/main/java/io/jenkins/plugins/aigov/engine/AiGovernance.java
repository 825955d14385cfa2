package io.jenkins.plugins.aigov.engine;

import io.jenkins.plugins.aigov.engine.bom.BomCommand;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceCommand;

/**
 * The engine's facade: one method per command, fluent options, a single {@code call()}.
 *
 * <pre>{@code
 * ProvenanceReport report = AiGovernance.provenance()
 *         .repository(Path.of("."))
 *         .base("origin/main")
 *         .head("HEAD")
 *         .call();
 * }</pre>
 */
public final class AiGovernance {
    private AiGovernance() {
    }

    /**
     * Runs the policy gates over a range: dependency existence and age against the registries, typosquats,
     * watchlist, security patterns, risky config, provenance policy; returns findings and one decision.
     */
    public static io.jenkins.plugins.aigov.engine.gates.GatesCommand gates() {
        return new io.jenkins.plugins.aigov.engine.gates.GatesCommand();
    }

    /** Classifies every commit of a range as AI-generated, AI-assisted, human or unknown. */
    public static ProvenanceCommand provenance() {
        return new ProvenanceCommand();
    }

    /**
     * Builds the AI Bill of Materials (CycloneDX 1.6) of a repository range: provenance (computed unless given),
     * the dependencies at head, gate results and approvals. {@link AiBomBuilder} builds one from assembled inputs.
     */
    public static BomCommand bom() {
        return new BomCommand();
    }
}
