package io.jenkins.plugins.aigov.engine.scan;

import java.util.List;

/**
 * Holds a rule to its own samples: each true positive must yield the rule, each false positive must not. Used for
 * admin rules when they are loaded, and by the tests for the shipped ones.
 */
final class SampleCheck {
    private SampleCheck() {
    }

    /** Throws naming the rule, the sample and the file when a sample does not hold. */
    static void verify(final List<Rule> rules, final String source) throws RuleException {
        for (Rule rule : rules) {
            String failure = firstFailure(rule);
            if (failure != null) {
                throw RuleException.of(source, rule.id(), failure.substring(0, failure.indexOf(' ')),
                        failure.substring(failure.indexOf(' ') + 1));
            }
        }
    }

    /** {@code "samples.truePositives[i] problem"} for the first sample that does not hold, or {@code null}. */
    static String firstFailure(final Rule rule) {
        Scanner scanner = new Scanner(RuleSet.of(List.of(rule)), ScanOptions.defaults().withThreads(1));
        for (int i = 0; i < rule.truePositives().size(); i++) {
            if (!flags(scanner, rule, rule.truePositives().get(i))) {
                return "samples.truePositives[" + i + "] not flagged (" + rule.truePositives().get(i).file() + ")";
            }
        }
        for (int i = 0; i < rule.falsePositives().size(); i++) {
            if (flags(scanner, rule, rule.falsePositives().get(i))) {
                return "samples.falsePositives[" + i + "] flagged (" + rule.falsePositives().get(i).file() + ")";
            }
        }
        return null;
    }

    /** Whether the rule flags the sample. */
    static boolean flags(final Scanner scanner, final Rule rule, final Sample sample) {
        return scanner.scanChange(sample.file(), sample.base(), sample.content(), null, null).findings().stream()
                .anyMatch(finding -> finding.ruleId().equals(rule.id()));
    }
}
