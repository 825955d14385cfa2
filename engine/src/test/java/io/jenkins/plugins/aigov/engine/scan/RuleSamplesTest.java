package io.jenkins.plugins.aigov.engine.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.google.re2j.Matcher;

import io.jenkins.plugins.aigov.engine.model.Finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every shipped rule against its own samples, one test per sample, named by rule id.
 */
class RuleSamplesTest {
    private static final RuleSet RULES = RuleSet.builtIn();
    private static final Scanner SCANNER = new Scanner(RULES);

    @TestFactory
    Stream<DynamicNode> shouldHoldEveryRuleToItsSamples() {
        return RULES.rules().stream().map(rule -> DynamicContainer.dynamicContainer(rule.id(), Stream.concat(
                indexed(rule.truePositives()).map(i -> dynamicTest("true positive " + i + " " + rule.truePositives()
                        .get(i).file(), () -> assertThat(ruleIds(rule.truePositives().get(i)))
                        .as("%s should flag:%n%s", rule.id(), rule.truePositives().get(i).content())
                        .contains(rule.id()))),
                indexed(rule.falsePositives()).map(i -> dynamicTest("false positive " + i + " "
                        + rule.falsePositives().get(i).file(), () -> assertThat(ruleIds(rule.falsePositives()
                        .get(i))).as("%s should not flag:%n%s", rule.id(), rule.falsePositives().get(i).content())
                        .doesNotContain(rule.id()))))));
    }

    @Test
    void shouldGiveEveryRuleTrueAndFalsePositives() {
        assertThat(RULES.rules()).allSatisfy(rule -> {
            assertThat(rule.truePositives()).as(rule.id()).isNotEmpty();
            assertThat(rule.falsePositives()).as(rule.id()).isNotEmpty();
        });
    }

    @Test
    void shouldCoverJavaPythonJavaScriptAndGoInEveryCodeFamily() {
        Map<String, Set<String>> languages = new TreeMap<>();
        for (Rule rule : RULES.rules()) {
            for (Sample sample : rule.truePositives()) {
                String language = Paths.language(sample.file());
                if (language != null) {
                    languages.computeIfAbsent(rule.family(), f -> new TreeSet<>()).add(language);
                }
            }
        }
        Set<String> all = Set.of("java", "python", "javascript", "go");
        for (String family : List.of("secrets", "sql-injection", "command-injection", "cors", "tls-jwt-bypass",
                "weak-crypto", "ssrf")) {
            assertThat(languages.get(family)).as(family).containsAll(all);
        }
        // Go has no eval and no deserialiser that builds arbitrary types
        assertThat(languages.get("deserialization")).containsAll(Set.of("java", "python", "javascript"));
        assertThat(languages.get("eval")).containsAll(Set.of("java", "python", "javascript"));
    }

    @TestFactory
    Stream<DynamicNode> shouldNeverWriteASampleSecret() {
        List<DynamicNode> tests = new ArrayList<>();
        for (Rule rule : RULES.rules()) {
            if (!rule.capturesSecret()) {
                continue;
            }
            for (Sample sample : rule.truePositives()) {
                List<String> secrets = secretsIn(rule, sample);
                tests.add(dynamicTest(rule.id() + " " + sample.file(), () -> {
                    List<Finding> findings = SCANNER.scanChange(sample.file(), sample.base(), sample.content(),
                            null, null).findings();
                    assertThat(secrets).as("the sample has a secret").isNotEmpty();
                    for (Finding finding : findings) {
                        String all = finding + "|" + finding.snippet() + "|" + finding.message() + "|"
                                + finding.evidence() + "|" + finding.fingerprint();
                        for (String secret : secrets) {
                            assertThat(all).doesNotContain(secret);
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static List<String> secretsIn(final Rule rule, final Sample sample) {
        List<String> secrets = new ArrayList<>();
        for (String line : sample.content().split("\n")) {
            Matcher matcher = rule.pattern().matcher(line);
            while (matcher.find()) {
                if (matcher.group(Rule.SECRET_GROUP) != null) {
                    secrets.add(matcher.group(Rule.SECRET_GROUP));
                }
            }
        }
        return secrets;
    }

    private static Stream<Integer> indexed(final List<Sample> samples) {
        return Stream.iterate(0, i -> i < samples.size(), i -> i + 1);
    }

    private static List<String> ruleIds(final Sample sample) {
        return SCANNER.scanChange(sample.file(), sample.base(), sample.content(), null, null).findings().stream()
                .map(Finding::ruleId).toList();
    }
}
