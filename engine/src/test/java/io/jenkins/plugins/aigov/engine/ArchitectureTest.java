package io.jenkins.plugins.aigov.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the engine's layers honest: no Jenkins type, no printing, no cycles between feature packages.
 */
class ArchitectureTest {
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        // Not Predefined.DO_NOT_INCLUDE_TESTS: it only knows build folders named "target", and builds may use others.
        ImportOption mainOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");
        engine = new ClassFileImporter().withImportOption(mainOnly).importPackages("io.jenkins.plugins.aigov.engine");
    }

    @Test
    void shouldKeepEngineFreeOfJenkinsTypes() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke..", "org.jenkinsci..", "net.sf.json..",
                        "io.jenkins.plugins.aigov.provenance..", "io.jenkins.plugins.aigov.cli..")
                .because("engine/ runs everywhere: in the CLI, on a Jenkins agent, in any CI");
        rule.check(engine);
    }

    @Test
    void shouldNeverPrintFromTheEngine() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("the engine returns log lines; callers print them")
                .check(engine);
    }

    @Test
    void shouldHaveNoCyclesBetweenFeaturePackages() {
        slices().matching("io.jenkins.plugins.aigov.engine.(*)..").should().beFreeOfCycles().check(engine);
    }

    @Test
    void shouldImportTheEngineClasses() {
        // Guards the rules above against passing on an empty import.
        org.assertj.core.api.Assertions.assertThat(engine.contain(AiGovernance.class)).isTrue();
    }
}
