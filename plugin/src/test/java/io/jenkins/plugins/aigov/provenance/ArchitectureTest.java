package io.jenkins.plugins.aigov.provenance;

import java.util.Optional;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import hudson.Extension;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Layering and shape rules for the plugin's classes. */
@AnalyzeClasses(packages = "io.jenkins.plugins.aigov", importOptions = ArchitectureTest.ProductionClasses.class)
class ArchitectureTest {
    /**
     * Main classes only (neither this module's tests nor the engine's test jar); the build folder's name is
     * configurable, so ArchUnit's own Maven pattern misses it.
     */
    static final class ProductionClasses implements ImportOption {
        @Override
        public boolean includes(final Location location) {
            return !location.contains("/test-classes/") && !location.contains("-tests.jar");
        }
    }

    /** The one class allowed to reach {@code Jenkins.get()}: the permission checks of the global configuration. */
    private static final String JENKINS_FACADE = "io.jenkins.plugins.aigov.JenkinsFacade";

    @ArchTest
    static final ArchRule STEPS_HAVE_THE_WORKFLOW_BASIC_STEPS_SHAPE = stepShape();

    /** Every Step: final, nested transient-holding Execution, nested static @Extension DescriptorImpl. */
    static ArchRule stepShape() {
        return classes()
            .that().areAssignableTo(Step.class)
            .should(new ArchCondition<>("be final, with a nested Execution holding the step in a transient field"
                    + " and a nested @Extension DescriptorImpl extends StepDescriptor") {
                @Override
                public void check(final JavaClass step, final ConditionEvents events) {
                    check(step, step.getModifiers().contains(JavaModifier.FINAL), "is not final", events);
                    Optional<JavaClass> execution = nested(step, "Execution");
                    check(step, execution.filter(e -> e.isAssignableTo(StepExecution.class)).isPresent(),
                            "has no nested Execution extends StepExecution", events);
                    execution.ifPresent(e -> {
                        for (JavaField field : e.getFields()) {
                            if (field.getRawType().isAssignableTo(Step.class)) {
                                check(step, field.getModifiers().contains(JavaModifier.TRANSIENT),
                                        "keeps the step in non-transient field " + field.getName(), events);
                            }
                        }
                    });
                    Optional<JavaClass> descriptor = nested(step, "DescriptorImpl");
                    check(step, descriptor.filter(d -> d.isAssignableTo(StepDescriptor.class)
                            && d.isAnnotatedWith(Extension.class)
                            && d.getModifiers().contains(JavaModifier.STATIC)).isPresent(),
                            "has no nested static @Extension DescriptorImpl extends StepDescriptor", events);
                }

                private Optional<JavaClass> nested(final JavaClass owner, final String name) {
                    return owner.getPackage().getClasses().stream()
                            .filter(c -> c.getName().equals(owner.getName() + "$" + name))
                            .findFirst();
                }

                private void check(final JavaClass step, final boolean ok, final String problem,
                        final ConditionEvents events) {
                    events.add(new SimpleConditionEvent(step, ok, step.getName() + " " + problem));
                }
            });
    }

    @ArchTest
    static final ArchRule ONLY_THE_FACADE_CALLS_JENKINS_GET = noClasses()
            .that().doNotHaveFullyQualifiedName(JENKINS_FACADE)
            .should().callMethod("jenkins.model.Jenkins", "get")
            .orShould().callMethod("jenkins.model.Jenkins", "getInstance")
            .orShould().callMethod("jenkins.model.Jenkins", "getInstanceOrNull");

    @ArchTest
    static final ArchRule PLUGIN_CODE_DOES_NOT_PRINT = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");

    @ArchTest
    static final ArchRule NO_STUB_OR_PROCESSOR_CODE_IN_THE_PLUGIN = noClasses()
            .should().dependOnClassesThat().resideInAPackage("io.jenkins.plugins.aigov.apt..");
}
