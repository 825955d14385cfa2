package io.jenkins.plugins.aigov.engine.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** An admin's own rule file for tests of every module: one {@code internal-endpoint} rule with its samples. */
public final class TeamRules {
    private TeamRules() {
    }

    /** The text of {@code valid-extra-rules.yml}. */
    public static String internalEndpoint() {
        try (InputStream in = TeamRules.class.getResourceAsStream(
                "/io/jenkins/plugins/aigov/engine/gates/valid-extra-rules.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
