package io.jenkins.plugins.aigov.engine.scan;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where a rule is written in its text, for messages: the line that declares its id ({@code - id: x},
 * {@code id: 'x'}, {@code "id": "x"}). The parsed tree has no positions, so this reads the text again.
 */
final class RuleLines {
    private RuleLines() {
    }

    /**
     * The 1-based line that declares {@code id}, the first or the last such line; 0 when none does (or the id is a
     * placeholder such as {@code #2}).
     */
    static int lineOf(final String text, final String id, final boolean last) {
        if (id.startsWith("#")) {
            return 0;
        }
        Pattern declaration = Pattern.compile("(?:^|[\\s{,-])[\"']?id[\"']?\\s*:\\s*[\"']?" + Pattern.quote(id)
                + "[\"']?\\s*(?:[,}#]|$)");
        List<String> lines = text.lines().toList();
        int found = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (declaration.matcher(lines.get(i)).find()) {
                found = i + 1;
                if (!last) {
                    break;
                }
            }
        }
        return found;
    }
}
