package io.jenkins.plugins.aigov.engine.dependencies;

/** How a manifest names a dependency. */
public enum DependencyKind {
    /** Declared to be used by the project (a Maven dependency, an npm {@code dependencies} entry, a require). */
    DIRECT,
    /** Only pins a version for when something else asks for it (Maven dependencyManagement, pip constraints). */
    MANAGED,
    /** A build tool plug-in or build-time requirement (Maven plugin, Gradle plugin, PEP 517 build requirement). */
    PLUGIN,
    /** A bill of materials whose managed versions are imported (Maven import scope, Gradle {@code platform}). */
    BOM_IMPORT,
    /** A Maven parent POM. */
    PARENT,
    /** An exact version recorded in a lock file for a package installed at the top level. */
    LOCKED,
    /** An exact version recorded in a lock file (or marked indirect) for a package that another one needs. */
    TRANSITIVE_LOCKED
}
