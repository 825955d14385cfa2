package io.jenkins.plugins.aigov.engine.provenance;

import java.util.List;

/**
 * Finds commit-level signals of who wrote a commit (identities, trailers, message markers).
 *
 * <p>Implementations must be stateless or thread-safe, must never throw for odd input and must stay fast on
 * untrusted, possibly huge commit messages.
 */
public interface SignalDetector {
    /**
     * The signals found in one commit.
     *
     * @param commit the commit as git reports it
     * @return the evidence found, possibly empty, never {@code null}
     */
    List<Evidence> detect(RawCommit commit);
}
