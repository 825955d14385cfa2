package io.jenkins.plugins.aigov.engine.gates;

/**
 * The stable ids of the dependency gates and their rules, as they appear in findings, suppressions, severity
 * overrides and {@code ai-gates.json}.
 */
public final class GateIds {
    /** Gate: declared packages and versions exist in a configured registry; imports are declared. */
    public static final String DEPENDENCY_EXISTENCE = "dependency-existence";
    /** Gate: packages and versions are not brand new. */
    public static final String DEPENDENCY_AGE = "dependency-age";
    /** Gate: names do not imitate popular packages or other dependencies of the project. */
    public static final String TYPOSQUAT = "typosquat";
    /** Gate: names are not on the watchlist. */
    public static final String WATCHLIST = "watchlist";

    /** No configured registry holds the package (critical). */
    public static final String PACKAGE_MISSING = "package-missing";
    /** A registry holds the package but no registry holds the version (high). */
    public static final String VERSION_MISSING = "version-missing";
    /** The package was unpublished or replaced by a security holding package (critical). */
    public static final String PACKAGE_UNPUBLISHED = "package-unpublished";
    /** A changed source file imports a package that no manifest declares and no registry has (critical). */
    public static final String HALLUCINATED_IMPORT = "hallucinated-import";
    /** A changed source file imports a package that exists but that no manifest declares (info). */
    public static final String UNDECLARED_IMPORT = "undeclared-import";
    /** The package was first published fewer than the policy's days ago (high). */
    public static final String NEW_PACKAGE = "new-package";
    /** The pinned version was published fewer than the policy's days ago (medium). */
    public static final String NEW_VERSION = "new-version";
    /** The name imitates a popular package or another dependency (high). */
    public static final String TYPOSQUAT_NAME = "typosquat-name";
    /** The name is on the watchlist of known hallucinated or malicious names (critical). */
    public static final String WATCHLISTED_NAME = "watchlisted-name";

    private GateIds() {
    }
}
