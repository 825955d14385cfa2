package io.jenkins.plugins.aigov.engine.gates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * The names a dependency can be confused with: the bundled popular names of each ecosystem plus the project's own
 * dependencies. Answers "which real name does this one imitate" ({@link #imitated}) and, for fix hints, "which real
 * name is closest" ({@link #closest}).
 */
final class TyposquatIndex {
    private final Map<Ecosystem, List<PackageName>> popular = new EnumMap<>(Ecosystem.class);
    private final Map<Ecosystem, Set<String>> popularNames = new EnumMap<>(Ecosystem.class);

    private TyposquatIndex(final Map<Ecosystem, ? extends Collection<String>> names) {
        names.forEach((ecosystem, list) -> {
            List<PackageName> prepared = new ArrayList<>();
            Set<String> exact = new HashSet<>();
            for (String name : list) {
                PackageName packageName = PackageName.of(ecosystem, name);
                if (exact.add(packageName.name())) {
                    prepared.add(packageName);
                }
            }
            popular.put(ecosystem, List.copyOf(prepared));
            popularNames.put(ecosystem, Set.copyOf(exact));
        });
    }

    /** The index over the bundled popular-name lists. */
    static TyposquatIndex bundled() {
        Map<Ecosystem, List<String>> names = new EnumMap<>(Ecosystem.class);
        for (Ecosystem ecosystem : Ecosystem.values()) {
            names.put(ecosystem, PopularNames.of(ecosystem));
        }
        return new TyposquatIndex(names);
    }

    /** An index over given names (tests). */
    static TyposquatIndex of(final Map<Ecosystem, ? extends Collection<String>> names) {
        return new TyposquatIndex(names);
    }

    /** Whether the name is on the popular list of its ecosystem. */
    boolean isPopular(final PackageName name) {
        return popularNames.getOrDefault(name.ecosystem(), Set.of()).contains(name.name());
    }

    /**
     * The popular name this one imitates, or {@code null}: never for a popular name itself. The best match wins:
     * a folding technique before an edit, a smaller distance before a larger one, list order last.
     */
    Match imitated(final PackageName candidate) {
        if (isPopular(candidate)) {
            return null;
        }
        return best(candidate, popular.getOrDefault(candidate.ecosystem(), List.of()), true);
    }

    /** The name among {@code others} (other dependencies of the project) that this one imitates, or {@code null}. */
    Match imitatedAmong(final PackageName candidate, final Collection<PackageName> others) {
        if (isPopular(candidate)) {
            return null;
        }
        List<PackageName> same = others.stream().filter(o -> o.ecosystem() == candidate.ecosystem()).toList();
        return best(candidate, same, false);
    }

    /**
     * The closest known name for a fix hint: any confusion first, else a popular or project name within a looser
     * distance (2, or 3 for names of 9 characters or more), ignoring owners; {@code null} when none is close.
     */
    String closest(final PackageName candidate, final Collection<PackageName> project) {
        List<PackageName> pool = new ArrayList<>(popular.getOrDefault(candidate.ecosystem(), List.of()));
        project.stream().filter(p -> p.ecosystem() == candidate.ecosystem()).forEach(pool::add);
        Match match = best(candidate, pool, true);
        if (match != null) {
            return match.similarTo();
        }
        int limit = candidate.name().length() >= 9 ? 3 : 2;
        String nearest = null;
        int nearestDistance = limit + 1;
        for (PackageName known : pool) {
            if (known.name().equals(candidate.name())
                    || Math.min(known.name().length(), candidate.name().length()) < NameConfusion.MIN_LENGTH) {
                continue;
            }
            int distance = NameDistance.between(candidate.name(), known.name(), limit);
            if (distance < nearestDistance) {
                nearest = known.name();
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    private static Match best(final PackageName candidate, final Collection<PackageName> targets,
            final boolean popularTargets) {
        Match best = null;
        for (PackageName target : targets) {
            NameConfusion.Technique technique = NameConfusion.between(candidate, target);
            if (technique == null) {
                continue;
            }
            Match match = new Match(target.name(), technique.technique(), technique.distance(), popularTargets);
            if (best == null || match.rank() < best.rank()) {
                best = match;
            }
        }
        return best;
    }

    /**
     * A name a dependency imitates.
     *
     * @param similarTo the imitated name (normalised)
     * @param technique how: see {@link NameConfusion.Technique}
     * @param distance  the edit distance, 0 for folding techniques
     * @param popular   whether the imitated name is on the popular list (else it is another project dependency)
     */
    record Match(String similarTo, String technique, int distance, boolean popular) {
        int rank() {
            return distance * 2 + (technique.equals("edit-distance") || technique.equals("transposition") ? 1 : 0);
        }
    }
}
