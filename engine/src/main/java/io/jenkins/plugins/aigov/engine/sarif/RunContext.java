package io.jenkins.plugins.aigov.engine.sarif;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every result of one run shares: the tool, its rules (by index and by id, driver and extensions), the URI
 * bases and the taxonomies.
 */
final class RunContext {
    private final JsonNode run;
    private final String tool;
    private final String toolName;
    private final String toolVersion;
    private final Map<String, JsonNode> rulesById = new HashMap<>();
    private final ArtifactPaths paths;

    RunContext(final JsonNode run, final Path repoRoot) {
        this.run = run;
        JsonNode driver = SarifJson.at(run, "tool", "driver");
        this.toolName = SarifJson.text(driver, "name");
        this.tool = ToolNames.normalise(toolName);
        String version = SarifJson.text(driver, "semanticVersion");
        this.toolVersion = version != null ? version : SarifJson.text(driver, "version");
        index(driver);
        for (JsonNode extension : SarifJson.array(run, "tool", "extensions")) {
            index(extension);
        }
        this.paths = new ArtifactPaths(repoRoot, run);
    }

    private void index(final JsonNode component) {
        for (JsonNode rule : SarifJson.array(component, "rules")) {
            String id = SarifJson.text(rule, "id");
            if (id != null) {
                rulesById.putIfAbsent(id, rule);
            }
        }
    }

    /** Whether the run names its tool. */
    boolean hasToolName() {
        return toolName != null;
    }

    /** The normalised tool name ({@code semgrep-oss}, {@code codeql} …). */
    String tool() {
        return tool;
    }

    /** The tool's name as the log writes it, or the normalised name. */
    String toolName() {
        return toolName == null ? tool : toolName;
    }

    /** The tool's (semantic) version, or {@code null}. */
    String toolVersion() {
        return toolVersion;
    }

    ArtifactPaths paths() {
        return paths;
    }

    /** The run's own JSON (without results). */
    JsonNode run() {
        return run;
    }

    /**
     * The reporting descriptor of a result: {@code rule.index} / {@code ruleIndex} into the component that
     * {@code rule.toolComponent.index} names (the driver by default), else by id.
     */
    JsonNode rule(final JsonNode result, final String ruleId) {
        int index = SarifJson.integer(result, -1, "rule", "index");
        if (index < 0) {
            index = SarifJson.integer(result, -1, "ruleIndex");
        }
        int extension = SarifJson.integer(result, -1, "rule", "toolComponent", "index");
        JsonNode component = extension >= 0 ? SarifJson.at(run, "tool", "extensions") : null;
        component = component != null && component.isArray() ? component.get(extension)
                : SarifJson.at(run, "tool", "driver");
        JsonNode rules = SarifJson.at(component, "rules");
        if (index >= 0 && rules != null && rules.isArray() && index < rules.size()) {
            return rules.get(index);
        }
        return ruleId == null ? null : rulesById.get(ruleId);
    }

    /** A driver-wide message string ({@code globalMessageStrings}), or {@code null}. */
    String globalMessage(final String id) {
        return SarifJson.text(run, "tool", "driver", "globalMessageStrings", id, "text");
    }
}
