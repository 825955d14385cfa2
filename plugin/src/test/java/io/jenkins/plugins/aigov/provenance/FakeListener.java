package io.jenkins.plugins.aigov.provenance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import hudson.model.TaskListener;

/** A listener that keeps the log in memory. */
public final class FakeListener implements TaskListener {
    private static final long serialVersionUID = 1L;

    private final transient ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final transient PrintStream logger = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Override
    public PrintStream getLogger() {
        return logger;
    }

    public String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
