package io.jenkins.plugins.aigov.provenance;

import java.io.File;
import java.io.IOException;

import hudson.model.Run;

/** A run over a build folder, through the real protected {@code Run(job, buildDir)} constructor. */
@SuppressWarnings("rawtypes")
public final class FakeRun extends Run {
    @SuppressWarnings("unchecked")
    public FakeRun(final File buildDir, final int number) throws IOException {
        super(null, buildDir);
        this.number = number;
    }
}
