package io.jenkins.plugins.aigov.engine.gates;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * Names that are always flagged: the policy's watchlist plus the bundled {@code watchlist.txt} of known
 * hallucinated and malicious names. An entry is {@code ecosystem:name} (ecosystems {@code npm}, {@code pypi},
 * {@code maven}, {@code go} or {@code golang}, {@code cargo}) or a bare {@code name} for every ecosystem; names
 * compare normalised ({@code group:artifact} without a prefix is a bare Maven name).
 */
final class Watchlist {
    /** Where an entry came from: the policy or the bundled list. */
    static final String POLICY = "policy";
    static final String BUNDLED = "bundled";

    private final Map<String, String> entries = new HashMap<>();

    private Watchlist() {
    }

    /** The bundled list plus the policy's names (a policy entry wins for the source shown). */
    static Watchlist of(final Collection<String> policyNames, final boolean includeBundled) {
        Watchlist watchlist = new Watchlist();
        if (includeBundled) {
            PopularNames.resource("watchlist.txt").forEach(entry -> watchlist.add(entry, BUNDLED));
        }
        policyNames.forEach(entry -> watchlist.add(entry, POLICY));
        return watchlist;
    }

    /** The source of the entry that lists this name ({@link #POLICY} or {@link #BUNDLED}), or {@code null}. */
    String sourceOf(final Ecosystem ecosystem, final String name) {
        String normalised = ecosystem.normalise(name);
        String specific = entries.get(id(ecosystem) + ":" + normalised);
        return specific != null ? specific : entries.get("*:" + normalised);
    }

    private void add(final String entry, final String source) {
        String text = entry.strip();
        if (text.isEmpty()) {
            return;
        }
        int colon = text.indexOf(':');
        Ecosystem ecosystem = colon > 0 ? ecosystem(text.substring(0, colon)) : null;
        if (ecosystem == null) {
            for (Ecosystem each : Ecosystem.values()) {
                entries.put("*:" + each.normalise(text), source);
            }
            entries.put("*:" + text.toLowerCase(Locale.ROOT), source);
            return;
        }
        entries.put(id(ecosystem) + ":" + ecosystem.normalise(text.substring(colon + 1)), source);
    }

    private static Ecosystem ecosystem(final String id) {
        for (Ecosystem ecosystem : Ecosystem.values()) {
            if (id.equalsIgnoreCase(ecosystem.name()) || id.equalsIgnoreCase(ecosystem.purlType())
                    || ecosystem == Ecosystem.GO && id.equalsIgnoreCase("go")) {
                return ecosystem;
            }
        }
        return null;
    }

    private static String id(final Ecosystem ecosystem) {
        return ecosystem.name();
    }
}
