package io.jenkins.plugins.aigov.engine.risk;

/**
 * A kind of path whose change deserves more attention. Each has a stable id used in policy text, weights
 * ({@code sensitive.<id>}) and explanations.
 */
public enum SensitiveCategory {
    /** Authentication and authorisation code. */
    AUTH("auth", "authentication / authorisation"),
    /** Payment and billing code. */
    PAYMENTS("payments", "payments / billing"),
    /** Cryptography code and key material. */
    CRYPTO("crypto", "cryptography / keys"),
    /** Secret stores and credentials files. */
    SECRETS("secrets", "secrets / credentials"),
    /** CI and pipeline configuration. */
    CI("ci", "CI / pipeline config"),
    /** Infrastructure as code, containers, deployment. */
    INFRASTRUCTURE("infrastructure", "infrastructure"),
    /** Database migrations. */
    MIGRATIONS("migrations", "database migrations"),
    /** Dependency manifests and lock files. */
    DEPENDENCY_MANIFESTS("dependency-manifests", "dependency manifests");

    private final String id;
    private final String label;

    SensitiveCategory(final String id, final String label) {
        this.id = id;
        this.label = label;
    }

    /** The stable id ({@code auth}, {@code dependency-manifests} …). */
    public String id() {
        return id;
    }

    /** A short label for explanations. */
    public String label() {
        return label;
    }

    /** The category with this id (case-insensitive), or {@code null}. */
    public static SensitiveCategory byId(final String text) {
        for (SensitiveCategory category : values()) {
            if (category.id.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return category;
            }
        }
        return null;
    }

    /** The ids, comma-separated, for error messages. */
    static String ids() {
        StringBuilder ids = new StringBuilder();
        for (SensitiveCategory category : values()) {
            ids.append(ids.length() == 0 ? "" : ", ").append(category.id);
        }
        return ids.toString();
    }
}
