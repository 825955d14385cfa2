package io.jenkins.plugins.aigov.engine.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sensitive path globs: PathMatcher syntax on whole repository-relative paths, {@code **}{@code /} also at the
 * root, case ignored; the defaults; the text form and its errors.
 */
class SensitivePathsTest {
    private static final SensitivePaths DEFAULTS = SensitivePaths.defaults();

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "'**/auth/**',        auth/Login.java,                    true",
        "'**/auth/**',        src/main/java/app/auth/Login.java,  true",
        "'**/auth/**',        src/AUTH/Login.java,                true",
        "'**/auth/**',        src/oauth/Login.java,               false",
        "'**/auth/**',        src/auth,                           false",
        "'**/*.pem',          server.pem,                         true",
        "'**/*.pem',          deploy/certs/Server.PEM,            true",
        "'*.pem',             deploy/server.pem,                  false",
        "'Jenkinsfile',       Jenkinsfile,                        true",
        "'Jenkinsfile',       ci/Jenkinsfile,                     false",
        "'**/Jenkinsfile*',   ci/Jenkinsfile.release,             true",
        "'.github/workflows/**', .github/workflows/x.yml,         true",
        "'.github/workflows/**', sub/.github/workflows/x.yml,     false",
        "'src/*/Main.java',   src/app/Main.java,                  true",
        "'src/*/Main.java',   src/app/deep/Main.java,             false",
        "'src/**/Main.java',  src/Main.java,                      true",
        "'src/**/Main.java',  src/a/b/Main.java,                  true",
        "'file?.txt',         file1.txt,                          true",
        "'file?.txt',         file10.txt,                         false",
        "'**/[a-c]x.txt',     d/bx.txt,                           true",
        "'**/[!a-c]x.txt',    d/dx.txt,                           true",
        "'**/[!a-c]x.txt',    d/ax.txt,                           false",
        "'**/*.{yml,yaml}',   k8s/deploy.yaml,                    true",
        "'**/*.{yml,yaml}',   k8s/deploy.json,                    false",
        "'a\\*b',             a*b,                                true",
        "'a\\*b',             axb,                                false",
        "'**/my app/**',      docs/my app/x.md,                   true"
    })
    void shouldMatchGlobsAgainstWholePaths(final String glob, final String path, final boolean matches) {
        assertThat(PathGlob.of(glob).matches(path)).isEqualTo(matches);
    }

    @Test
    void shouldNormaliseBackslashesAndLeadingDotSlash() {
        assertThat(PathGlob.of("**/auth/**").matches("src\\auth\\Login.java")).isTrue();
        assertThat(PathGlob.of("Jenkinsfile").matches("./Jenkinsfile")).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "src/main/java/com/acme/auth/LoginController.java,   auth",
        "src/main/java/com/acme/web/OAuthCallback.java,       auth",
        "app/security/policy.py,                              auth",
        "services/payment-gateway/charge.go,                  payments",
        "src/billing/Invoice.kt,                              payments",
        "lib/crypto/aes.rb,                                   crypto",
        "deploy/tls/server.pem,                               crypto",
        "config/secrets/prod.yaml,                            secrets",
        ".env,                                                secrets",
        ".github/workflows/release.yml,                       ci",
        "Jenkinsfile,                                         ci",
        "jenkins/Jenkinsfile.nightly,                         ci",
        ".gitlab-ci.yml,                                      ci",
        "infra/main.tf,                                       infrastructure",
        "deploy/k8s/deployment.yaml,                          infrastructure",
        "charts/app/helm/values.yaml,                         infrastructure",
        "Dockerfile,                                          infrastructure",
        "docker/Dockerfile.build,                             infrastructure",
        "src/main/resources/db/migration/V3__users.sql,       migrations",
        "app/migrations/0042_add_index.py,                    migrations",
        "pom.xml,                                             dependency-manifests",
        "web/package.json,                                    dependency-manifests",
        "yarn.lock,                                           dependency-manifests",
        "requirements-dev.txt,                                dependency-manifests",
        "go.sum,                                              dependency-manifests"
    })
    void shouldPutDefaultPathsInTheirCategory(final String path, final String category) {
        assertThat(DEFAULTS.categoriesOf(path)).contains(SensitiveCategory.byId(category));
    }

    @Test
    void shouldLeaveOrdinaryPathsOutOfEveryCategory() {
        assertThat(DEFAULTS.categoriesOf("src/main/java/com/acme/web/Routes.java")).isEmpty();
        assertThat(DEFAULTS.categoriesOf("README.md")).isEmpty();
        assertThat(DEFAULTS.categoriesOf("docs/authoring.md")).isEmpty();
    }

    @Test
    void shouldReadItsOwnTextBack() throws RiskPolicyException {
        assertThat(SensitivePaths.parse(DEFAULTS.toText(), "defaults")).isEqualTo(DEFAULTS);
        assertThat(DEFAULTS.categories()).containsExactly(SensitiveCategory.values());
    }

    @Test
    void shouldReplaceOnlyTheCategoriesNamed() throws RiskPolicyException {
        SensitivePaths admin = SensitivePaths.parse("# ours\nauth: **/iam/**\n\ncrypto: none\n", "global config");

        SensitivePaths merged = DEFAULTS.overriddenBy(admin);

        assertThat(merged.categoriesOf("src/iam/Roles.java")).containsExactly(SensitiveCategory.AUTH);
        assertThat(merged.categoriesOf("src/auth/Login.java")).isEmpty();
        assertThat(merged.globs(SensitiveCategory.CRYPTO)).isEmpty();
        assertThat(merged.globs(SensitiveCategory.CI)).isEqualTo(DEFAULTS.globs(SensitiveCategory.CI));
    }

    @Test
    void shouldNameTheLineOfAnUnknownCategory() {
        assertThatThrownBy(() -> SensitivePaths.parse("auth: **/iam/**\n# note\npayment: **/pay/**", "global config"))
                .isInstanceOf(RiskPolicyException.class)
                .hasMessage("global config:3: unknown category 'payment' (expected auth, payments, crypto, secrets, "
                        + "ci, infrastructure, migrations, dependency-manifests)")
                .satisfies(e -> assertThat(((RiskPolicyException) e).line()).isEqualTo(3));
    }

    @Test
    void shouldNameTheLineOfABadGlob() {
        assertThatThrownBy(() -> SensitivePaths.parse("ci: .github/**\nci: **/{a,{b}}", "paths.txt"))
                .isInstanceOf(RiskPolicyException.class)
                .hasMessage("paths.txt:2: bad glob '**/{a,{b}}': '{' groups cannot be nested");
        assertThatThrownBy(() -> SensitivePaths.parse("ci: /Jenkinsfile", "paths.txt"))
                .hasMessage("paths.txt:1: glob '/Jenkinsfile' must be repository-relative (no leading /)");
        assertThatThrownBy(() -> SensitivePaths.parse("\n\nsecrets **/vault/**", "paths.txt"))
                .hasMessage("paths.txt:3: expected 'category: glob', got 'secrets **/vault/**'");
        assertThatThrownBy(() -> SensitivePaths.parse("crypto: **/[abc.pem", "paths.txt"))
                .hasMessage("paths.txt:1: bad glob '**/[abc.pem': '[' is not closed");
    }

    @Test
    void shouldMatchLongHostilePathsQuickly() {
        PathGlob glob = PathGlob.of("**/a/**/b/**/c/**/*.x");
        String path = "a/".repeat(20_000) + "y";

        long start = System.nanoTime();
        boolean matches = glob.matches(path);

        assertThat(matches).isFalse();
        assertThat(System.nanoTime() - start).as("linear-time matching").isLessThan(2_000_000_000L);
    }
}
