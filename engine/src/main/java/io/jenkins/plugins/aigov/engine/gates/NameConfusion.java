package io.jenkins.plugins.aigov.engine.gates;

import java.util.List;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * Whether one package name can be mistaken for another, and how. The checks, in order: same owner (never a
 * squat: the owner controls both names), npm scope added or dropped ({@code @types/x} next to {@code x} is fine),
 * separators ({@code -}, {@code _}, {@code .}, none), look-alike characters, prefix or suffix noise
 * ({@code -js}, {@code py-}, {@code python-} …), and a Damerau-Levenshtein distance of at most 1 (2 for names of 9
 * characters or more, counted on the name without its owner when both have the same one).
 */
final class NameConfusion {
    /** Shortest name the distance check applies to: below it almost every name is one edit from another. */
    static final int MIN_LENGTH = 4;
    private static final List<String> PREFIXES = List.of("python-", "py-", "node-", "js-", "rust-", "py");
    private static final List<String> SUFFIXES = List.of("-js", ".js", "js", "-node", "-python", "-py", "-lib",
            "-rs", "-official", "-dev");

    /**
     * A technique of confusion.
     *
     * @param technique {@code separator}, {@code homoglyph}, {@code scope}, {@code affix}, {@code transposition} or
     *                  {@code edit-distance}
     * @param distance  the edit distance (0 for the folding techniques)
     */
    record Technique(String technique, int distance) {
    }

    private NameConfusion() {
    }

    /** How {@code candidate} can be mistaken for {@code target}, or {@code null} when it cannot (or is it). */
    static Technique between(final PackageName candidate, final PackageName target) {
        if (candidate.name().equals(target.name()) || sameOwner(candidate, target)) {
            return null;
        }
        if (candidate.ecosystem() == Ecosystem.NPM && (candidate.owned() || target.owned())) {
            return scoped(candidate, target);
        }
        return folded(candidate, target);
    }

    private static boolean sameOwner(final PackageName candidate, final PackageName target) {
        return candidate.owned() && candidate.owner().equals(target.owner());
    }

    private static Technique scoped(final PackageName candidate, final PackageName target) {
        if ("@types".equals(candidate.owner()) || "@types".equals(target.owner())) {
            return null;
        }
        if (candidate.owned() && !target.owned()) {
            return candidate.local().equals(target.name()) ? new Technique("scope", 0) : folded(candidate, target);
        }
        if (!candidate.owned()) {
            String scope = target.owner().substring(1);
            String local = target.local();
            for (String joined : List.of(scope + "-" + local, scope + local, scope + "." + local, local + "-" + scope)) {
                if (candidate.name().equals(joined)) {
                    return new Technique("scope", 0);
                }
            }
            return null;
        }
        return folded(candidate, target);
    }

    private static Technique folded(final PackageName candidate, final PackageName target) {
        if (candidate.bare().equals(target.bare())) {
            return new Technique("separator", 0);
        }
        if (candidate.bare().length() >= 3 && candidate.skeleton().equals(target.skeleton())) {
            return new Technique("homoglyph", 0);
        }
        if (affixed(candidate, target)) {
            return new Technique("affix", 0);
        }
        return distance(candidate.name(), target.name());
    }

    private static boolean affixed(final PackageName candidate, final PackageName target) {
        Ecosystem ecosystem = candidate.ecosystem();
        if (ecosystem == Ecosystem.MAVEN || ecosystem == Ecosystem.GO) {
            return false;
        }
        return target.name().length() >= MIN_LENGTH && stripsTo(candidate.name(), target.name())
                || candidate.name().length() >= MIN_LENGTH && stripsTo(target.name(), candidate.name());
    }

    private static boolean stripsTo(final String longer, final String shorter) {
        for (String prefix : PREFIXES) {
            if (longer.equals(prefix + shorter)) {
                return true;
            }
        }
        for (String suffix : SUFFIXES) {
            if (longer.equals(shorter + suffix)) {
                return true;
            }
        }
        return false;
    }

    private static Technique distance(final String candidate, final String target) {
        if (Math.min(candidate.length(), target.length()) < MIN_LENGTH) {
            return null;
        }
        int limit = candidate.length() >= 9 ? 2 : 1;
        int distance = NameDistance.between(candidate, target, limit);
        if (distance > limit) {
            return null;
        }
        return new Technique(NameDistance.isTransposition(candidate, target) ? "transposition" : "edit-distance",
                distance);
    }
}
