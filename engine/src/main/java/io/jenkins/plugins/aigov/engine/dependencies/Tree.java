package io.jenkins.plugins.aigov.engine.dependencies;

/**
 * A document read into {@link Node}s: the whole of it, or what came before the first error.
 *
 * @param root      the top-level value (an empty object when nothing could be read)
 * @param errorLine line of the error, 0 when there is none
 * @param error     what is wrong, {@code null} when nothing is
 */
record Tree(Node root, int errorLine, String error) {

    static Tree of(final Node root) {
        return new Tree(root, 0, null);
    }

    boolean failed() {
        return error != null;
    }

    /** Reports the error, if any, as a problem of the manifest. */
    void report(final Collector out, final String format) {
        if (error != null) {
            out.problem(errorLine, "malformed " + format + ": " + error
                    + "; only what comes before this point was read");
        }
    }
}
