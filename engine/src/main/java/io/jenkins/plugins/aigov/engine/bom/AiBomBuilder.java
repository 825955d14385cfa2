package io.jenkins.plugins.aigov.engine.bom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * Builds an {@link AiBom}: fluent options, then {@link #build()}. Not thread-safe; use once.
 *
 * <pre>{@code
 * AiBom bom = new AiBomBuilder()
 *         .project("shop", "1.4.0", "https://git.example.com/shop.git", null)
 *         .tool("AI Code Governance", "0.1.0")
 *         .provenance(provenanceResult)
 *         .dependencies(dependencies)
 *         .timestamp(headCommitTime)
 *         .build();
 * }</pre>
 */
public final class AiBomBuilder {
    private BomInput.Project project;
    private BomInput.Tool tool;
    private String buildUrl;
    private final List<BomInput.Author> authors = new ArrayList<>();
    private ProvenanceResult provenance;
    private List<Dependency> dependencies = List.of();
    private GateResults gates;
    private final List<Approval> approvals = new ArrayList<>();
    private BuildContext context;
    private Instant timestamp;
    private Consumer<ObjectNode> beforeValidation = bom -> { };

    /** The project; {@code commit} {@code null} means the head of the provenance range. */
    public AiBomBuilder project(final String name, final String version, final String vcsUrl, final String commit) {
        this.project = new BomInput.Project(name, version, vcsUrl, commit);
        return this;
    }

    /** This product's name and version. */
    public AiBomBuilder tool(final String name, final String version) {
        this.tool = new BomInput.Tool(name, version);
        return this;
    }

    /** The CI build URL, or {@code null}. */
    public AiBomBuilder buildUrl(final String url) {
        this.buildUrl = url;
        return this;
    }

    /** Adds an author of the BOM. */
    public AiBomBuilder author(final String name, final String email) {
        authors.add(new BomInput.Author(name, email));
        return this;
    }

    /** The provenance of the analysed range (required). */
    public AiBomBuilder provenance(final ProvenanceResult result) {
        this.provenance = Objects.requireNonNull(result, "provenance");
        return this;
    }

    /** The project's declared dependencies. */
    public AiBomBuilder dependencies(final List<Dependency> list) {
        this.dependencies = List.copyOf(list);
        return this;
    }

    /** Gate findings and the policy's decision. */
    public AiBomBuilder gates(final List<String> gateIds, final List<Finding> findings, final String outcome,
            final String tier, final Double score, final List<String> explanation) {
        this.gates = new GateResults(gateIds, findings, outcome, tier, score, explanation);
        return this;
    }

    /** Gate findings and the policy's decision, as one value. */
    public AiBomBuilder gates(final GateResults results) {
        this.gates = results;
        return this;
    }

    /** Adds an approval or rejection of the build. */
    public AiBomBuilder approval(final Approval approval) {
        approvals.add(Objects.requireNonNull(approval, "approval"));
        return this;
    }

    /** The generation context. */
    public AiBomBuilder context(final BuildContext value) {
        this.context = value;
        return this;
    }

    /** The BOM timestamp (required): the head commit time or the build start, never "now" for reproducibility. */
    public AiBomBuilder timestamp(final Instant value) {
        this.timestamp = Objects.requireNonNull(value, "timestamp");
        return this;
    }

    /** Takes every option from one input value, replacing those set before. */
    public AiBomBuilder input(final BomInput input) {
        project = input.project();
        tool = input.tool();
        buildUrl = input.buildUrl();
        authors.clear();
        authors.addAll(input.authors());
        provenance = input.provenance();
        dependencies = input.dependencies();
        gates = input.gates();
        approvals.clear();
        approvals.addAll(input.approvals());
        context = input.context();
        timestamp = input.timestamp();
        return this;
    }

    /** The input as set so far. */
    public BomInput toInput() {
        return new BomInput(project, tool, buildUrl, authors, provenance, dependencies, gates, approvals, context,
                timestamp);
    }

    /** Test hook: changes the tree after it is built and before it is validated. */
    AiBomBuilder beforeValidation(final Consumer<ObjectNode> hook) {
        this.beforeValidation = Objects.requireNonNull(hook);
        return this;
    }

    /**
     * Builds and validates the BOM.
     *
     * @throws InvalidBomException when the result does not validate against the CycloneDX 1.6 schema
     */
    public AiBom build() throws InvalidBomException {
        BomInput input = toInput();
        ObjectNode tree = BomDocument.build(input);
        beforeValidation.accept(tree);
        BomValidator.check(tree);
        return new AiBom(BomJson.pretty(tree), tree.path("serialNumber").asText());
    }
}
