package io.jenkins.plugins.aigov.engine.scan;

import java.util.HashMap;
import java.util.Map;

/**
 * Shannon entropy in bits per character: random keys score high, words and placeholders low.
 */
final class Entropy {
    private Entropy() {
    }

    static double of(final String text) {
        if (text.isEmpty()) {
            return 0;
        }
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            counts.merge(text.charAt(i), 1, Integer::sum);
        }
        double bits = 0;
        for (int count : counts.values()) {
            double p = (double) count / text.length();
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
