package io.jenkins.plugins.aigov.engine.scan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keyword pre-filter: an Aho-Corasick automaton over every rule's (ASCII, lower-case) keywords that finds, in
 * one pass over a file, which rules have a keyword on which line. Immutable and thread-safe once built.
 */
final class KeywordIndex {
    private static final int ALPHABET = 128;

    private final int[] delta;
    private final int[][] rulesAt;

    /** Builds the automaton; {@code rules.get(i)} is rule index {@code i}. */
    KeywordIndex(final List<Rule> rules) {
        Map<String, List<Integer>> owners = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            for (String keyword : rules.get(i).keywords()) {
                List<Integer> list = owners.computeIfAbsent(keyword, k -> new ArrayList<>());
                if (!list.contains(i)) {
                    list.add(i);
                }
            }
        }
        List<int[]> gotos = new ArrayList<>();
        List<int[]> outputs = new ArrayList<>();
        gotos.add(newRow());
        outputs.add(new int[0]);
        for (Map.Entry<String, List<Integer>> entry : owners.entrySet()) {
            int state = 0;
            for (char c : entry.getKey().toCharArray()) {
                int symbol = c < ALPHABET ? c : 0;
                if (gotos.get(state)[symbol] <= 0) {
                    gotos.get(state)[symbol] = gotos.size();
                    gotos.add(newRow());
                    outputs.add(new int[0]);
                }
                state = gotos.get(state)[symbol];
            }
            outputs.set(state, merge(outputs.get(state), entry.getValue().stream().mapToInt(Integer::intValue)
                    .toArray()));
        }
        int states = gotos.size();
        delta = new int[states * ALPHABET];
        rulesAt = new int[states][];
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int next = gotos.get(0)[c];
            delta[c] = Math.max(next, 0);
            if (next > 0) {
                queue.add(next);
            }
        }
        rulesAt[0] = outputs.get(0);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            rulesAt[state] = merge(outputs.get(state), rulesAt[fail[state]]);
            for (int c = 0; c < ALPHABET; c++) {
                int next = gotos.get(state)[c];
                if (next > 0) {
                    fail[next] = delta[fail[state] * ALPHABET + c];
                    delta[state * ALPHABET + c] = next;
                    queue.add(next);
                }
                else {
                    delta[state * ALPHABET + c] = delta[fail[state] * ALPHABET + c];
                }
            }
        }
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    private static int[] merge(final int[] a, final int[] b) {
        if (b.length == 0) {
            return a;
        }
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray();
    }

    /**
     * Feeds every rule index whose keyword occurs on a line to {@code sink} as (line, rule); a pair may come more
     * than once. Lines are 1-based; case is ignored for ASCII letters.
     */
    void scan(final CharSequence text, final Sink sink) {
        int state = 0;
        int line = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                state = 0;
                continue;
            }
            if (c >= ALPHABET) {
                state = 0;
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            state = delta[state * ALPHABET + c];
            int[] hits = rulesAt[state];
            if (hits.length > 0) {
                for (int rule : hits) {
                    sink.accept(line, rule);
                }
            }
        }
    }

    /** Receives (line, rule index) pairs. */
    @FunctionalInterface
    interface Sink {
        void accept(int line, int rule);
    }
}
