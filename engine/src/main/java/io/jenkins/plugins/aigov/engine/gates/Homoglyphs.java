package io.jenkins.plugins.aigov.engine.gates;

import java.util.Map;

/**
 * Folds characters that look alike into one skeleton, so that {@code rn} and {@code m}, {@code 0} and {@code o},
 * {@code 1}, {@code I} and {@code l}, or a Cyrillic {@code а} and a Latin {@code a} compare equal. Two different
 * names with the same skeleton read the same to a person skimming a manifest.
 */
final class Homoglyphs {
    private static final Map<Character, Character> SINGLE = Map.ofEntries(
            Map.entry('0', 'o'), Map.entry('1', 'l'), Map.entry('I', 'l'), Map.entry('i', 'l'),
            Map.entry('|', 'l'), Map.entry('5', 's'), Map.entry('$', 's'),
            // Cyrillic look-alikes of Latin letters
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'),
            Map.entry('с', 'c'), Map.entry('х', 'x'), Map.entry('у', 'y'), Map.entry('і', 'l'),
            Map.entry('ј', 'j'), Map.entry('ѕ', 's'), Map.entry('һ', 'h'), Map.entry('ԁ', 'd'),
            Map.entry('ԛ', 'q'), Map.entry('ԝ', 'w'), Map.entry('ɡ', 'g'),
            // Greek look-alikes
            Map.entry('ο', 'o'), Map.entry('α', 'a'), Map.entry('ν', 'v'), Map.entry('ι', 'l'),
            Map.entry('κ', 'k'), Map.entry('ρ', 'p'), Map.entry('τ', 't'));

    private Homoglyphs() {
    }

    /** The look-alike skeleton of a (normalised) name: lower case, multi-letter look-alikes folded too. */
    static String skeleton(final String name) {
        StringBuilder folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            Character mapped = SINGLE.get(c);
            folded.append(mapped != null ? mapped.charValue() : Character.toLowerCase(c));
        }
        return folded.toString().replace("rn", "m").replace("vv", "w");
    }

    /** Whether the name holds a character outside printable ASCII (a warning sign in a package name). */
    static boolean hasNonAscii(final String name) {
        return name.chars().anyMatch(c -> c < 0x20 || c > 0x7e);
    }
}
