package io.jenkins.plugins.aigov.engine.scan;

import java.util.List;

/**
 * A language-aware check behind a rule of a kind other than {@code regex}. Implementations are stateless and
 * report unparsable input as {@link io.jenkins.plugins.aigov.engine.model.Problem}s, never by throwing.
 */
interface FileCheck {
    /** The rule's hits in the file. */
    List<Hit> check(Rule rule, FileContext file);
}
