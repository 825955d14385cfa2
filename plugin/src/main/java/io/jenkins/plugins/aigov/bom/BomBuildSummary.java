package io.jenkins.plugins.aigov.bom;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The BOM of a build as {@code build.xml} keeps it: a plain class (the XStream of core 2.541.3 cannot read records
 * back), counts and identifiers only; the BOM itself stays in the run directory.
 */
public final class BomBuildSummary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String serialNumber;
    private final String digest;
    private final String projectName;
    private final String projectVersion;
    private final int models;
    private final int agents;
    private final int files;
    private final int dependencies;
    private final String decision;
    private final int problems;
    private final String keyId;
    private final String algorithm;

    BomBuildSummary(final BomContent content, final String digest, final int problems, final String keyId,
            final String algorithm) {
        this.serialNumber = content.serialNumber();
        this.digest = digest;
        this.projectName = content.projectName();
        this.projectVersion = content.projectVersion();
        this.models = content.models().size();
        this.agents = content.agents().size();
        this.files = content.files().size();
        this.dependencies = content.dependencies().size();
        String outcome = content.metadata("aigov:decision.outcome");
        this.decision = outcome.isEmpty() ? null : outcome;
        this.problems = problems;
        this.keyId = keyId;
        this.algorithm = algorithm;
    }

    /** The BOM's serial number, {@code urn:uuid:…}. */
    public String getSerialNumber() {
        return serialNumber;
    }

    /** Lower-case hex SHA-256 of {@code bom.cdx.json}. */
    public String getDigest() {
        return digest;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getProjectVersion() {
        return projectVersion;
    }

    /** {@code machine-learning-model} components. */
    public int getModels() {
        return models;
    }

    /** Coding agents. */
    public int getAgents() {
        return agents;
    }

    /** AI-touched files. */
    public int getFiles() {
        return files;
    }

    /** Declared dependencies ({@code library} components). */
    public int getDependencies() {
        return dependencies;
    }

    /** The gate decision declared in the BOM, or {@code null} when no aiGates result was there to declare. */
    public String getDecision() {
        return decision;
    }

    /** Inputs (manifests) that could not be read. */
    public int getProblems() {
        return problems;
    }

    /** Whether {@code bom.intoto.jsonl} holds a signed envelope. */
    public boolean isSigned() {
        return keyId != null;
    }

    /** The signing key's id (hex SHA-256 of its public key), or {@code null}. */
    public String getKeyId() {
        return keyId;
    }

    /** {@code Ed25519} or {@code ECDSA-P256-SHA256}, or {@code null}. */
    public String getAlgorithm() {
        return algorithm;
    }

    /** The one line the build log shows. */
    String toLogLine() {
        return "AI-BOM " + serialNumber + " sha256:" + digest + ": " + models + " model(s), " + agents + " agent(s), "
                + files + " AI-touched file(s), " + dependencies + " dependencies"
                + (decision == null ? "" : ", decision " + decision)
                + (isSigned() ? ", signed (" + algorithm + ", key " + keyId + ")" : ", not signed");
    }

    /**
     * What the step returns to the script: strings, numbers and booleans only. Keys: {@code serialNumber},
     * {@code digest} (strings), {@code models}, {@code agents}, {@code files}, {@code dependencies} (int),
     * {@code signed} (boolean), {@code keyId} and {@code decision} (string or {@code null}).
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("serialNumber", serialNumber);
        map.put("digest", digest);
        map.put("models", models);
        map.put("agents", agents);
        map.put("files", files);
        map.put("dependencies", dependencies);
        map.put("signed", isSigned());
        map.put("keyId", keyId);
        map.put("decision", decision);
        return map;
    }
}
