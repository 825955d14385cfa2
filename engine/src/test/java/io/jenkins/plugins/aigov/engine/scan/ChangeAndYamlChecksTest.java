package io.jenkins.plugins.aigov.engine.scan;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.aigov.engine.model.Finding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks a regular expression cannot do: Jenkinsfile base/head comparisons and Kubernetes resource limits.
 */
class ChangeAndYamlChecksTest {
    private static final String BASE = """
            pipeline {
              agent any
              stages {
                stage('AI gates') {
                  steps { aiGates(failOn: 'medium') }
                }
              }
            }
            """;
    private final Scanner scanner = new Scanner(RuleSet.builtIn());

    @Test
    void shouldFlagARemovedGateOnlyWhenTheBaseIsKnown() {
        String head = BASE.replace("      steps { aiGates(failOn: 'medium') }\n", "      steps { echo 'skip' }\n");

        ScanResult change = scanner.scanChange("Jenkinsfile", BASE, head, Set.of(5), null);

        assertThat(change.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("jenkinsfile-ai-gates-removed");
            assertThat(finding.gateId()).isEqualTo("config-risk");
            assertThat(finding.line()).isZero();
            assertThat(finding.newInRange()).isTrue();
            assertThat(finding.message()).contains("1 → 0");
        });
        assertThat(scanner.scan("Jenkinsfile", head)).isEmpty();
    }

    @Test
    void shouldFlagADeletedJenkinsfile() {
        assertThat(ids(scanner.scanChange("ci/release.jenkinsfile", BASE, null, null, null)))
                .containsExactly("jenkinsfile-ai-gates-removed");
    }

    @Test
    void shouldFlagALoweredFailOnAtItsLine() {
        String head = BASE.replace("failOn: 'medium'", "failOn: 'critical'");

        List<Finding> findings = scanner.scanChange("Jenkinsfile", BASE, head, null, null).findings();

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("jenkinsfile-ai-gates-failon-lowered");
            assertThat(finding.line()).isEqualTo(5);
            assertThat(finding.message()).contains("medium → critical");
        });
    }

    @Test
    void shouldAcceptATighterFailOnAndAnUnchangedFile() {
        assertThat(scanner.scanChange("Jenkinsfile", BASE, BASE.replace("'medium'", "'low'"), null, null)
                .findings()).isEmpty();
        assertThat(scanner.scanChange("Jenkinsfile", BASE, BASE, null, null).findings()).isEmpty();
    }

    @Test
    void shouldFlagStopBuildFalseAddedAndGatesRemovedTogether() {
        String head = BASE.replace("aiGates(failOn: 'medium')", "aiGates(failOn: 'never', stopBuild: false)");

        assertThat(ids(scanner.scanChange("Jenkinsfile", BASE, head, null, null)))
                .containsExactlyInAnyOrder("jenkinsfile-ai-gates-failon-lowered",
                        "jenkinsfile-ai-gates-stopbuild-disabled");
    }

    @Test
    void shouldFlagEachContainerWithoutLimitsAtItsNameLine() {
        String yaml = """
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: nightly
                spec:
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          initContainers:
                            - name: migrate
                              image: app:1.0
                              resources:
                                requests:
                                  memory: 64Mi
                          containers:
                            - name: report
                              image: app:1.0
                              resources:
                                limits:
                                  memory: 128Mi
                            - image: app:1.0
                              name: "upload"
                ---
                kind: ConfigMap
                apiVersion: v1
                metadata:
                  name: containers
                """;

        List<Finding> findings = scanner.scan("deploy/nightly.yaml", yaml);

        assertThat(findings).extracting(Finding::ruleId).containsOnly("k8s-missing-resource-limits");
        assertThat(findings).extracting(Finding::line).containsExactly(11, 23);
        assertThat(findings.get(0).message()).contains("container 'migrate' in CronJob 'nightly'");
    }

    @Test
    void shouldReadHelmTemplatesAndLeaveTemplatedResourcesAlone() {
        String chart = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ include "app.fullname" . }}
                  labels:
                    {{- include "app.labels" . | nindent 4 }}
                spec:
                  replicas: {{ .Values.replicaCount }}
                  template:
                    spec:
                      containers:
                        - name: {{ .Chart.Name }}
                          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                          resources:
                            {{- toYaml .Values.resources | nindent 12 }}
                        - name: sidecar
                          image: "busybox:1.36"
                """;

        ScanResult result = scanner.scanChange("charts/app/templates/deployment.yaml", null, chart, null, null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("k8s-missing-resource-limits");
        assertThat(result.findings()).extracting(Finding::line).containsExactly(16);
        assertThat(result.findings().get(0).message()).contains("container 'sidecar'");
    }

    @Test
    void shouldSkipATemplateThatIsNoYamlUntilRenderedWithoutAProblem() {
        String chart = """
                kind: Pod
                spec:
                  containers:
                    - name: app
                      image: app:1
                  {{- if .Values.debug }}
                    - name: debug
                  {{- end }}
                """;

        ScanResult result = scanner.scanChange("charts/app/templates/pod.yaml", null, chart, null, null);

        assertThat(result.problems()).isEmpty();
        assertThat(K8sLimitsCheck.neutralise("    {{- toYaml .Values.x | nindent 4 }}"))
                .isEqualTo("    " + K8sLimitsCheck.TEMPLATED + ": true");
        assertThat(K8sLimitsCheck.neutralise("  image: \"{{ .Values.a }}:{{ .Values.b }}\""))
                .isEqualTo("  image: \"templated:templated\"");
    }

    @Test
    void shouldReportBrokenYamlWithItsLine() {
        ScanResult result = scanner.scanChange("k8s/pod.yaml", null,
                "kind: Pod\n---\nkind: Pod\nspec:\n  containers: [\n    - name: x\n", null, null);

        assertThat(result.findings()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.where()).startsWith("k8s/pod.yaml:"));
    }

    private static List<String> ids(final ScanResult result) {
        return result.findings().stream().map(Finding::ruleId).toList();
    }
}
