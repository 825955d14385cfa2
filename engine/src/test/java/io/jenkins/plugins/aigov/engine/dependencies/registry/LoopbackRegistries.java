package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Public access to this package's loopback registries for the tests of other packages and modules (the gates, the
 * CLI): the shared Verdaccio of {@link VerdaccioExtension} (one per test run) and the static file server with the
 * Maven repository layout. Adds nothing of its own: it only forwards.
 */
public final class LoopbackRegistries {
    /** An npm package with versions back-dated to 2019-2022. */
    public static final String NPM_OLD = VerdaccioExtension.Verdaccio.OLD;
    /** When {@link #NPM_OLD} was first published. */
    public static final String NPM_OLD_CREATED = VerdaccioExtension.Verdaccio.OLD_CREATED;
    /** An npm package published during this test run (version 0.1.0). */
    public static final String NPM_FRESH = VerdaccioExtension.Verdaccio.FRESH;
    /** An npm package replaced by a security holding package. */
    public static final String NPM_HELD = VerdaccioExtension.Verdaccio.HELD;
    /** A scoped npm package (version 3.2.1). */
    public static final String NPM_SCOPED = VerdaccioExtension.Verdaccio.SCOPED;

    private LoopbackRegistries() {
    }

    /** The running npm registry. */
    public record NpmRegistry(String url) {
    }

    /** Starts the shared Verdaccio before the test class and resolves {@link NpmRegistry} parameters. */
    public static final class NpmExtension implements BeforeAllCallback, ParameterResolver {
        private final VerdaccioExtension delegate = new VerdaccioExtension();

        @Override
        public void beforeAll(final ExtensionContext context) {
            delegate.beforeAll(context);
        }

        @Override
        public boolean supportsParameter(final ParameterContext parameter, final ExtensionContext context) {
            return parameter.getParameter().getType() == NpmRegistry.class;
        }

        @Override
        public Object resolveParameter(final ParameterContext parameter, final ExtensionContext context) {
            delegate.beforeAll(context);
            VerdaccioExtension.Verdaccio verdaccio = context.getRoot()
                    .getStore(ExtensionContext.Namespace.create(VerdaccioExtension.class))
                    .get(VerdaccioExtension.Verdaccio.class, VerdaccioExtension.Verdaccio.class);
            return new NpmRegistry(verdaccio.url());
        }
    }

    /** A static file server on 127.0.0.1 that counts requests; see {@link StaticRegistryServer}. */
    public static final class StaticServer implements AutoCloseable {
        private final StaticRegistryServer server;

        /** Serves the files under {@code root}. */
        public StaticServer(final Path root) throws IOException {
            this.server = new StaticRegistryServer(root);
        }

        /** {@code http://127.0.0.1:<port>}. */
        public String url() {
            return server.url();
        }

        /** Requests answered so far. */
        public int requests() {
            return server.requests();
        }

        /** Sets the request count to 0. */
        public void resetRequests() {
            server.resetRequests();
        }

        /** Writes a file to serve, with its modification time ({@code Last-Modified}). */
        public void file(final String relative, final String content, final Instant modified) throws IOException {
            server.file(relative, content, modified);
        }

        /** Deploys {@code group:artifact} in the Maven layout under {@code prefix} ({@code ""}: the root). */
        public void deployMaven(final String prefix, final String group, final String artifact,
                final Map<String, Instant> versions) throws IOException {
            MavenRepositoryLayout.deploy(prefix.isEmpty() ? server.root() : server.root().resolve(prefix), group,
                    artifact, versions);
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
