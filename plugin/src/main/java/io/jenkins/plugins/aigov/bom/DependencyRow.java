package io.jenkins.plugins.aigov.bom;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A declared dependency of the BOM ({@code library} component). */
public final class DependencyRow {
    private final String ecosystem;
    private final String name;
    private final String version;
    private final String purl;
    private final String scope;
    private final String declaredVersion;
    private final String manifests;

    DependencyRow(final JsonNode component, final Map<String, List<String>> props) {
        String group = component.path("group").asText("");
        String plain = component.path("name").asText("");
        ecosystem = BomContent.first(props, "aigov:ecosystem");
        name = group.isEmpty() ? plain : group + ("maven".equals(ecosystem) ? ":" : "/") + plain;
        version = component.path("version").asText("");
        purl = component.path("purl").asText("");
        scope = component.path("scope").asText("");
        declaredVersion = BomContent.all(props, "aigov:declaredVersion");
        manifests = BomContent.all(props, "aigov:manifest");
    }

    public String getEcosystem() {
        return ecosystem;
    }

    public String getName() {
        return name;
    }

    public String getVersion() {
        return version;
    }

    /** The package URL, or {@code ""} for a path, git or URL dependency. */
    public String getPurl() {
        return purl;
    }

    /** {@code required} or {@code optional}. */
    public String getScope() {
        return scope;
    }

    public String getDeclaredVersion() {
        return declaredVersion;
    }

    /** Where it is declared, {@code path:line}, comma-separated. */
    public String getManifests() {
        return manifests;
    }
}
