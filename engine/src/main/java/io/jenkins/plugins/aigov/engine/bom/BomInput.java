package io.jenkins.plugins.aigov.engine.bom;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * Everything an AI-BOM is made of. Immutable; the same input always gives a byte-identical BOM, which is why the
 * caller passes the {@code timestamp} (the head commit time or the build start) instead of the engine reading the
 * clock.
 *
 * @param project      the project the BOM describes
 * @param tool         this product, as the tool that wrote the BOM
 * @param buildUrl     the CI build (Jenkins run URL), or {@code null}
 * @param authors      the BOM's authors (may be empty)
 * @param provenance   the AI provenance of the analysed range
 * @param dependencies the project's declared dependencies (may be empty)
 * @param gates        gate results and decision, or {@code null} when the gates did not run
 * @param approvals    approvals given on the build (may be empty)
 * @param context      the generation context, or {@code null}
 * @param timestamp    the BOM timestamp (truncated to seconds when written)
 */
public record BomInput(Project project, Tool tool, String buildUrl, List<Author> authors,
        ProvenanceResult provenance, List<Dependency> dependencies, GateResults gates, List<Approval> approvals,
        BuildContext context, Instant timestamp) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: checks the required parts and copies the lists. */
    public BomInput {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(timestamp, "timestamp");
        buildUrl = buildUrl == null || buildUrl.isBlank() ? null : buildUrl.strip();
        authors = authors == null ? List.of() : List.copyOf(authors);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
        if (gates == null && !approvals.isEmpty()) {
            throw new IllegalArgumentException("approvals without gate results: an approval decides on a gate outcome");
        }
    }

    /**
     * The project.
     *
     * @param name    project name (required)
     * @param version project version, or {@code null}
     * @param vcsUrl  repository URL, or {@code null}
     * @param commit  the head commit id the BOM describes; {@code null}: the provenance range's head
     */
    public record Project(String name, String version, String vcsUrl, String commit) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Canonical constructor: checks the name. */
        public Project {
            Objects.requireNonNull(name, "project name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("project without a name");
            }
        }
    }

    /**
     * The tool that wrote the BOM.
     *
     * @param name    product name
     * @param version product version
     */
    public record Tool(String name, String version) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Canonical constructor: checks the fields. */
        public Tool {
            Objects.requireNonNull(name, "tool name");
            Objects.requireNonNull(version, "tool version");
        }
    }

    /**
     * An author of the BOM.
     *
     * @param name  name
     * @param email e-mail, or {@code null}
     */
    public record Author(String name, String email) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Canonical constructor: checks the name. */
        public Author {
            Objects.requireNonNull(name, "author name");
        }
    }

    /** The head commit the BOM describes. */
    public String headCommit() {
        return project.commit() != null ? project.commit() : provenance.range().headId();
    }
}
