package io.jenkins.plugins.aigov.engine.gates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.ImportNames;
import io.jenkins.plugins.aigov.engine.dependencies.SourceImport;
import io.jenkins.plugins.aigov.engine.dependencies.SourceImports;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageLookup;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageQuery;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * Imports in changed Python, JavaScript and TypeScript files of packages that no manifest declares: when no
 * registry has such a package the import is {@code hallucinated-import} (critical); when one has it, the import is
 * {@code undeclared-import} (info). Standard-library modules, the project's own modules (a top-level folder or a
 * Python file of that name anywhere in the tree) and declared names are skipped. The import-to-package mapping is a
 * guess (an import name need not match any package name), and every finding says so.
 */
final class ImportGate {
    private final FindingFactory factory;
    private final Map<String, SourceImport> firstImports = new LinkedHashMap<>();

    /**
     * Collects the imports to look up.
     *
     * @param sources  changed source files at head: path → text
     * @param declared {@code ECOSYSTEM:normalised-name} of every dependency declared at head
     * @param local    names of the project's own modules and top-level folders
     */
    ImportGate(final FindingFactory factory, final Map<String, String> sources, final Set<String> declared,
            final Set<String> local) {
        this.factory = factory;
        sources.forEach((path, text) -> {
            for (SourceImport found : SourceImports.scan(path, text)) {
                if (!found.standard() && !isDeclared(found, declared) && !local.contains(found.module())) {
                    firstImports.putIfAbsent(path + "\u0000" + key(found), found);
                }
            }
        });
    }

    /** The packages to ask the registries about, one per name. */
    Collection<PackageQuery> queries() {
        Map<String, PackageQuery> queries = new LinkedHashMap<>();
        firstImports.values().forEach(found -> queries.putIfAbsent(key(found),
                PackageQuery.of(found.ecosystem(), found.packageName(), null)));
        return queries.values();
    }

    /** The findings, given the registries' answers to {@link #queries()}. */
    List<Finding> findings(final Map<PackageQuery, PackageLookup> answers) {
        List<Finding> findings = new ArrayList<>();
        for (SourceImport found : firstImports.values()) {
            PackageLookup lookup = answers.get(PackageQuery.of(found.ecosystem(), found.packageName(), null));
            if (lookup == null) {
                continue;
            }
            Finding finding = switch (lookup.outcome()) {
                case PACKAGE_MISSING, UNPUBLISHED -> create(GateIds.HALLUCINATED_IMPORT, Severity.CRITICAL, found,
                        lookup, "'" + found.module() + "' is imported but no manifest declares it and no configured"
                                + " registry has a " + FindingFactory.id(found.ecosystem()) + " package '"
                                + found.packageName() + "' (" + Text.asked(lookup) + "): a likely hallucinated import",
                        "Replace the import with a real module, or declare the package that provides it.");
                case FOUND -> create(GateIds.UNDECLARED_IMPORT, Severity.INFO, found, lookup,
                        "'" + found.module() + "' is imported but no manifest declares the "
                                + FindingFactory.id(found.ecosystem()) + " package '" + found.packageName() + "'",
                        "Declare '" + found.packageName() + "' (or the package that really provides '"
                                + found.module() + "') in a manifest.");
                default -> null;
            };
            if (finding != null) {
                findings.add(finding);
            }
        }
        return findings;
    }

    private Finding create(final String ruleId, final Severity severity, final SourceImport found,
            final PackageLookup lookup, final String message, final String fixHint) {
        if (factory.disabled(GateIds.DEPENDENCY_EXISTENCE, ruleId)) {
            return null;
        }
        Map<String, String> extra = new HashMap<>();
        extra.put("module", found.module());
        extra.put("importMapping", mapping(found));
        return factory.sourceImport(ruleId, severity, found.path(), found.line(), found.ecosystem(),
                found.packageName(), lookup, message + " (" + mapping(found) + ")", fixHint, extra);
    }

    private static String mapping(final SourceImport found) {
        if (found.ecosystem() == Ecosystem.PYPI) {
            return ImportNames.isAliased(found.module())
                    ? "uncertain mapping: the package name comes from a small table of known import aliases"
                    : "uncertain mapping: the import name was taken as the package name";
        }
        return "uncertain mapping: the module specifier was taken as the package name";
    }

    private static boolean isDeclared(final SourceImport found, final Set<String> declared) {
        Ecosystem ecosystem = found.ecosystem();
        return declared.contains(ecosystem.name() + ":" + ecosystem.normalise(found.packageName()))
                || declared.contains(ecosystem.name() + ":" + ecosystem.normalise(found.module()))
                || ecosystem == Ecosystem.NPM
                        && declared.contains(ecosystem.name() + ":@types/" + ecosystem.normalise(found.module()));
    }

    private static String key(final SourceImport found) {
        return found.ecosystem() + ":" + found.ecosystem().normalise(found.packageName());
    }
}
