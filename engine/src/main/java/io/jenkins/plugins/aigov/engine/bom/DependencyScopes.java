package io.jenkins.plugins.aigov.engine.bom;

import java.util.List;
import java.util.Locale;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.DependencyKind;

/**
 * Maps a manifest scope to the CycloneDX component scope: {@code optional} for what is not needed when the project
 * runs (tests, development, build tooling, optional extras, compile-only), {@code required} for everything else
 * (including Maven {@code provided}, which the runtime supplies).
 */
final class DependencyScopes {
    private static final List<String> NOT_AT_RUNTIME = List.of("test", "dev", "optional", "compileonly",
            "annotationprocessor", "kapt", "ksp", "build", "docs", "lint");

    private DependencyScopes() {
    }

    /** Whether the declaration is needed at run time. */
    static boolean isRequired(final Dependency dependency) {
        if (dependency.kind() == DependencyKind.PLUGIN) {
            return false;
        }
        if (dependency.scope() == null) {
            return true;
        }
        String scope = dependency.scope().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return NOT_AT_RUNTIME.stream().noneMatch(scope::contains);
    }
}
