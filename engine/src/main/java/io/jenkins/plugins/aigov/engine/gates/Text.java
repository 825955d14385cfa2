package io.jenkins.plugins.aigov.engine.gates;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageLookup;

/** Wording shared by the gates' messages. */
final class Text {
    private Text() {
    }

    /** {@code npm package 'left-pad'}. */
    static String describe(final Dependency dependency) {
        return FindingFactory.id(dependency.ecosystem()) + " package '" + dependency.name() + "'";
    }

    /** {@code asked: name (HTTP 404), other (HTTP 404)}. */
    static String asked(final PackageLookup lookup) {
        StringBuilder text = new StringBuilder("asked: ");
        for (int i = 0; i < lookup.evidence().size(); i++) {
            var item = lookup.evidence().get(i);
            text.append(i == 0 ? "" : ", ").append(item.registry()).append(" (HTTP ").append(item.httpStatus())
                    .append(item.fromCache() ? ", cached" : "").append(')');
        }
        return lookup.evidence().isEmpty() ? "no registry answered" : text.toString();
    }

    /** {@code 1 day}, {@code 3 days}. */
    static String days(final long days) {
        return days + (days == 1 ? " day" : " days");
    }
}
