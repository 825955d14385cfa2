package io.jenkins.plugins.aigov.engine.bom;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A CycloneDX {@code properties} array under construction: sorted by name, then value; a name may repeat (one
 * property per value, as CycloneDX allows); {@code null} and blank values are left out.
 */
final class Props {
    private final TreeSet<Map.Entry<String, String>> entries = new TreeSet<>(
            Comparator.<Map.Entry<String, String>, String>comparing(Map.Entry::getKey)
                    .thenComparing(Map.Entry::getValue));

    Props add(final String name, final Object value) {
        if (value != null && !value.toString().isBlank()) {
            entries.add(Map.entry(name, value.toString()));
        }
        return this;
    }

    Props addAll(final String name, final Collection<?> values) {
        values.forEach(value -> add(name, value));
        return this;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Puts the array into {@code target} as {@code properties}, unless there is none. */
    void putInto(final ObjectNode target) {
        if (isEmpty()) {
            return;
        }
        ArrayNode array = target.putArray("properties");
        for (Map.Entry<String, String> entry : entries) {
            array.addObject().put("name", entry.getKey()).put("value", entry.getValue());
        }
    }
}
