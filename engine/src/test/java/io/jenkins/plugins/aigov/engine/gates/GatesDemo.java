package io.jenkins.plugins.aigov.engine.gates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.registry.LoopbackRegistries;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryConfig;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistrySettings;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

/**
 * The project of the gates' end-to-end tests (engine and CLI): a git repository whose range (one Claude Code
 * commit) adds a {@code package.json}, a {@code requirements.txt}, a {@code pom.xml} and a Python file that mix real
 * packages, invented names, typosquats and packages published today; and the loopback registries that answer for
 * them. npm is the shared Verdaccio (packages published by its extension, one of them today); Maven is a static
 * repository laid out as {@code mvn deploy} writes it; PyPI is fixture JSON in the real JSON API format on the same
 * static server (no PyPI server can run here).
 */
public final class GatesDemo implements AutoCloseable {
    /** The base commit's {@code package.json}: one old, real dependency. */
    public static final String PACKAGE_JSON_BASE = "{\n  \"name\": \"demo\",\n  \"dependencies\": {\n"
            + "    \"aigov-old-lib\": \"1.0.0\"\n  }\n}\n";
    /** The head's {@code package.json}. */
    public static final String PACKAGE_JSON = "{\n"
            + "  \"name\": \"demo\",\n"
            + "  \"dependencies\": {\n"
            + "    \"aigov-old-lib\": \"1.0.0\",\n"            // line 4: unchanged, real, old
            + "    \"aigov-fresh-lib\": \"0.1.0\",\n"          // line 5: published today
            + "    \"aigov-held-name\": \"0.0.1-security\",\n" // line 6: security holding package
            + "    \"expresss\": \"^4.18.2\",\n"               // line 7: typosquat of express, missing
            + "    \"react-ai-helper-utils\": \"1.0.0\",\n"    // line 8: invented
            + "    \"aigov-deprecated-lib\": \"7.0.0\",\n"     // line 9: version missing
            + "    \"crossenv\": \"1.0.0\",\n"                 // line 10: watchlist (and typosquat of cross-env)
            + "    \"aigov-old-lb\": \"1.0.0\"\n"              // line 11: typosquat of the project's aigov-old-lib
            + "  }\n"
            + "}\n";
    /** The head's {@code requirements.txt} (new in the range). */
    public static final String REQUIREMENTS = "requests==2.31.0\n" // line 1: real
            + "numpy==1.26.4\n"                                     // line 2: real
            + "reqeusts==2.31.0\n"                                  // line 3: typosquat, missing
            + "fastapi-ai-toolkit-pro==0.1.0\n"                     // line 4: invented
            + "fresh-pypi-pkg==0.0.1\n";                            // line 5: published today
    /** The head's {@code pom.xml} (new in the range). */
    public static final String POM = "<project>\n"
            + "  <modelVersion>4.0.0</modelVersion>\n"
            + "  <groupId>com.example</groupId>\n"
            + "  <artifactId>demo</artifactId>\n"
            + "  <version>1.0.0</version>\n"
            + "  <dependencies>\n"
            + dependency("com.fasterxml.jackson.core", "jackson-databind", "2.17.1") // line 7: real
            + dependency("org.slf4j", "slf4j-api", "9.0.0")                          // line 8: version missing
            + dependency("com.fasterxmI.jackson.core", "jackson-databind", "2.17.1") // line 9: homoglyph, missing
            + dependency("io.acme.fresh", "fresh-client", "1.0.0")                   // line 10: deployed today
            + dependency("org.invented.ai", "magic-json-helper", "1.0.0")            // line 11: invented
            + "  </dependencies>\n"
            + "</project>\n";
    /** A Python file added in the range. */
    public static final String MAIN_PY = "import os\n"
            + "import requests\n"
            + "import numpy as np\n"
            + "import fastapi_magic_utils\n"  // line 4: hallucinated import
            + "import yaml\n"                 // line 5: real (pyyaml) but undeclared
            + "from app import helpers\n"     // the project's own package
            + "\n"
            + "print(os.name, requests, np, fastapi_magic_utils, yaml, helpers)\n";
    /** Claude Code's commit footer: marks the commit AI-assisted. */
    public static final String CLAUDE_FOOTER = "\n\nGenerated with [Claude Code](https://claude.com/claude-code)\n\n"
            + "Co-Authored-By: Claude <noreply@anthropic.com>\n";

    private static final PersonIdent DANA = GitFixture.person("Dana Developer", "dana@example.com");

    private final GitFixture repo;
    private final LoopbackRegistries.StaticServer server;
    private final String npmUrl;
    private final RevCommit base;
    private final RevCommit head;

    private GatesDemo(final GitFixture repo, final LoopbackRegistries.StaticServer server, final String npmUrl,
            final RevCommit base, final RevCommit head) {
        this.repo = repo;
        this.server = server;
        this.npmUrl = npmUrl;
        this.base = base;
        this.head = head;
    }

    /** Builds the repository under {@code dir}/repo and the static registry under {@code dir}/registry. */
    public static GatesDemo create(final Path dir, final String npmUrl) throws IOException {
        LoopbackRegistries.StaticServer server = new LoopbackRegistries.StaticServer(
                Files.createDirectories(dir.resolve("registry")));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        server.deployMaven("maven", "com.fasterxml.jackson.core", "jackson-databind", versions(
                "2.15.0", Instant.parse("2023-04-23T10:00:00Z"), "2.17.1", Instant.parse("2024-05-05T10:00:00Z")));
        server.deployMaven("maven", "org.slf4j", "slf4j-api", versions("2.0.13", Instant.parse("2024-04-12T10:00:00Z")));
        server.deployMaven("maven", "io.acme.fresh", "fresh-client", versions("1.0.0", now.minusSeconds(600)));
        pypi(server, "requests", "2.31.0", Instant.parse("2011-02-14T10:00:00Z"), Instant.parse("2023-05-22T15:12:44Z"));
        pypi(server, "numpy", "1.26.4", Instant.parse("2006-12-02T02:07:43Z"), Instant.parse("2024-02-05T23:48:06Z"));
        pypi(server, "pyyaml", "6.0.1", Instant.parse("2008-08-27T10:00:00Z"), Instant.parse("2023-07-18T00:00:00Z"));
        pypi(server, "fresh-pypi-pkg", "0.0.1", now.minusSeconds(900), now.minusSeconds(900));

        GitFixture repo = GitFixture.init(Files.createDirectories(dir.resolve("repo")));
        repo.write("README.md", "# Demo\n").write("package.json", PACKAGE_JSON_BASE).write("app/helpers.py", "X = 1\n");
        RevCommit base = repo.commit("Initial commit", DANA);
        repo.write("package.json", PACKAGE_JSON).write("requirements.txt", REQUIREMENTS).write("pom.xml", POM)
                .write("app/main.py", MAIN_PY);
        RevCommit head = repo.commit("Add dependencies" + CLAUDE_FOOTER, DANA);
        return new GatesDemo(repo, server, npmUrl, base, head);
    }

    /** The work tree. */
    public Path repository() {
        return repo.dir();
    }

    public GitFixture git() {
        return repo;
    }

    public String base() {
        return base.name();
    }

    public String head() {
        return head.name();
    }

    public String npmUrl() {
        return npmUrl;
    }

    public String mavenUrl() {
        return server.url() + "/maven";
    }

    public String pypiUrl() {
        return server.url();
    }

    public LoopbackRegistries.StaticServer server() {
        return server;
    }

    /** Settings that ask only the loopback registries, with short time limits and a disk cache in {@code cache}. */
    public RegistrySettings settings(final Path cache) {
        return RegistrySettings.builder()
                .registries(Ecosystem.NPM, List.of(RegistryConfig.of("verdaccio", Ecosystem.NPM, npmUrl)))
                .registries(Ecosystem.MAVEN, List.of(RegistryConfig.of("maven-static", Ecosystem.MAVEN, mavenUrl())))
                .registries(Ecosystem.PYPI, List.of(RegistryConfig.of("pypi-fixtures", Ecosystem.PYPI, pypiUrl())))
                .registries(Ecosystem.GO, List.of()).registries(Ecosystem.CARGO, List.of())
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(10))
                .overallTimeout(Duration.ofSeconds(60)).maxRetryWait(Duration.ofSeconds(1)).retries(1)
                .cacheDirectory(cache).build();
    }

    @Override
    public void close() {
        repo.close();
        server.close();
    }

    private static String dependency(final String group, final String artifact, final String version) {
        return "    <dependency><groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>"
                + version + "</version></dependency>\n";
    }

    private static Map<String, Instant> versions(final Object... pairs) {
        Map<String, Instant> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Instant) pairs[i + 1]);
        }
        return map;
    }

    /** A PyPI JSON API document with a first release at {@code created} and {@code version} at {@code published}. */
    private static void pypi(final LoopbackRegistries.StaticServer server, final String name, final String version,
            final Instant created, final Instant published) throws IOException {
        String json = "{\n  \"info\": {\"name\": \"" + name + "\", \"version\": \"" + version + "\", \"yanked\": false},\n"
                + "  \"releases\": {\n"
                + release("0.0.0a1".equals(version) ? version : "0.0.0a1", name, created) + ",\n"
                + release(version, name, published) + "\n  }\n}\n";
        server.file("pypi/" + name + "/json", json, published);
    }

    private static String release(final String version, final String name, final Instant uploaded) {
        return "    \"" + version + "\": [{\"filename\": \"" + name + "-" + version + ".tar.gz\", \"packagetype\":"
                + " \"sdist\", \"upload_time_iso_8601\": \"" + uploaded + "\", \"yanked\": false,"
                + " \"yanked_reason\": null}]";
    }
}
