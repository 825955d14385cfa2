package io.jenkins.plugins.aigov.provenance;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/** The step-shape rule of {@link ArchitectureTest} reports a step that does not follow the shape. */
class StepShapeRuleTest {
    @Test
    void shouldAcceptTheRealStep() {
        JavaClasses classes = new ClassFileImporter().importClasses(AiProvenanceStep.class,
                AiProvenanceStep.Execution.class, AiProvenanceStep.DescriptorImpl.class);

        assertThat(ArchitectureTest.stepShape().evaluate(classes).hasViolation()).isFalse();
    }

    @Test
    void shouldReportAStepWithoutDescriptorAndWithAPersistedStep() {
        JavaClasses classes = new ClassFileImporter().importClasses(MisshapenStep.class,
                MisshapenStep.Execution.class);

        EvaluationResult result = ArchitectureTest.stepShape().evaluate(classes);

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains("non-transient field step"))
                .anySatisfy(d -> assertThat(d).contains("no nested static @Extension DescriptorImpl"));
    }

    /** A step that keeps itself in a serialized field and has no descriptor. */
    static final class MisshapenStep extends Step {
        @Override
        public StepExecution start(final StepContext context) {
            return new Execution(this, context);
        }

        static final class Execution extends StepExecution {
            private static final long serialVersionUID = 1L;
            @SuppressWarnings("serial")
            private final MisshapenStep step;

            Execution(final MisshapenStep step, final StepContext context) {
                super(context);
                this.step = step;
            }

            @Override
            public boolean start() {
                return step != null;
            }
        }
    }
}
