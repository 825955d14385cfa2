package io.jenkins.plugins.aigov.engine.dependencies.registry;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * The public registries asked by default, one per ecosystem. The only place in the product that names their
 * addresses.
 */
public final class PublicRegistries {
    /** Maven Central. */
    public static final String MAVEN_CENTRAL = "https://repo.maven.apache.org/maven2";
    /** The public npm registry. */
    public static final String NPM = "https://registry.npmjs.org";
    /** The Python Package Index (JSON API root). */
    public static final String PYPI = "https://pypi.org";
    /** The public Go module proxy. */
    public static final String GO_PROXY = "https://proxy.golang.org";
    /** crates.io (API root). */
    public static final String CRATES_IO = "https://crates.io";

    private PublicRegistries() {
    }

    /** The public registry of {@code ecosystem}, enabled, without credentials. */
    public static RegistryConfig of(final Ecosystem ecosystem) {
        return switch (ecosystem) {
            case MAVEN -> RegistryConfig.of("Maven Central", ecosystem, MAVEN_CENTRAL);
            case NPM -> RegistryConfig.of("npm public registry", ecosystem, NPM);
            case PYPI -> RegistryConfig.of("PyPI", ecosystem, PYPI);
            case GO -> RegistryConfig.of("Go module proxy", ecosystem, GO_PROXY);
            case CARGO -> RegistryConfig.of("crates.io", ecosystem, CRATES_IO);
        };
    }
}
