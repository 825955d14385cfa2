package io.jenkins.plugins.aigov.engine.gates;

import java.io.Serializable;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageLookup;

/**
 * One dependency the gates checked and what the registries answered.
 *
 * @param dependency the dependency as declared (manifest and line)
 * @param change     {@code added}, {@code changed} or {@code existing} (scope all)
 * @param lookup     the registries' answer, or {@code null} when it was not looked up (not a registry
 *                   dependency: path, git, workspace …)
 */
public record DependencyCheck(Dependency dependency, String change, PackageLookup lookup) implements Serializable {
    private static final long serialVersionUID = 1L;
}
