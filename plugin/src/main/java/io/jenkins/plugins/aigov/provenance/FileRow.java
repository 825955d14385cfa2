package io.jenkins.plugins.aigov.provenance;

import io.jenkins.plugins.aigov.engine.provenance.FileProvenance;

/** One changed file as the report page shows it. */
public final class FileRow {
    private final FileProvenance file;

    FileRow(final FileProvenance file) {
        this.file = file;
    }

    public String getPath() {
        return file.path();
    }

    public long getAiGenerated() {
        return file.addedLines().aiGenerated();
    }

    public long getAiAssisted() {
        return file.addedLines().aiAssisted();
    }

    public long getHuman() {
        return file.addedLines().human();
    }

    public long getUnknown() {
        return file.addedLines().unknown();
    }

    public boolean isBinary() {
        return file.binary();
    }

    /** The SHA-256 at head, or empty (only AI-touched files that still exist are hashed). */
    public String getSha256() {
        return file.sha256() == null ? "" : file.sha256();
    }

    public String getAgents() {
        return Text.join(file.agents());
    }

    public String getModels() {
        return Text.join(file.models());
    }
}
