package io.jenkins.plugins.aigov.engine.gates;

/**
 * What the gates look at.
 */
public enum Scope {
    /** Only what the range added or changed (dependencies added or re-versioned, changed files). The default. */
    CHANGED,
    /** Everything at head. */
    ALL
}
