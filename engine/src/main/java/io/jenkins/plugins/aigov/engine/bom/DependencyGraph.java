package io.jenkins.plugins.aigov.engine.bom;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;

/** The {@code dependencies} section: every ref with its sorted {@code dependsOn}, sorted by ref. */
final class DependencyGraph {
    private final Map<String, Set<String>> edges = new TreeMap<>();

    /** Records a node even when it depends on nothing (an empty {@code dependsOn} says "none known"). */
    DependencyGraph node(final String ref) {
        edges.computeIfAbsent(ref, key -> new TreeSet<>());
        return this;
    }

    DependencyGraph edge(final String from, final String to) {
        if (!from.equals(to)) {
            node(from);
            node(to);
            edges.get(from).add(to);
        }
        return this;
    }

    ArrayNode toJson() {
        ArrayNode array = BomJson.array();
        edges.forEach((ref, dependsOn) -> {
            ArrayNode targets = array.addObject().put("ref", ref).putArray("dependsOn");
            dependsOn.forEach(targets::add);
        });
        return array;
    }
}
