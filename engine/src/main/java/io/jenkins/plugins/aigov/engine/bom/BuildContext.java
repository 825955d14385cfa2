package io.jenkins.plugins.aigov.engine.bom;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where and how the BOM was produced, for the {@code formulation} section.
 *
 * @param ciName          the CI system, e.g. {@code Jenkins}, {@code GitHub Actions}, {@code aigov CLI}, or
 *                        {@code null}
 * @param runner          the agent / runner / host label that ran the engine, or {@code null}
 * @param timestampSource what the BOM timestamp is: {@code commit-time}, {@code build-start} …, or {@code null}
 * @param extra           further facts (job name, build number …) written as {@code aigov:context.<key>}
 *                        properties; sorted by key
 */
public record BuildContext(String ciName, String runner, String timestampSource, Map<String, String> extra)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: sorts and copies the extras. */
    public BuildContext {
        extra = extra == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(extra));
    }
}
