package io.jenkins.plugins.aigov.engine.sarif;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.aigov.engine.io.CappedInputStream;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.sarif.SarifParser.Located;
import io.jenkins.plugins.aigov.engine.sarif.SarifParser.ParsedLog;
import io.jenkins.plugins.aigov.engine.sarif.SarifParser.ParsedRun;

/**
 * Reads SARIF 2.1.0 logs of other scanners (Semgrep, CodeQL, SpotBugs + FindSecBugs, gitleaks, ESLint …) into
 * {@code external-sarif} findings: rule id {@code <tool>/<ruleId>}, severity by {@link LevelMapping}, CWE, a
 * repository-relative path, line, redacted snippet and message, a fingerprint and the log's own suppressions.
 * Never throws on bad input: a file that is not JSON, not SARIF 2.1.0, too large or without runs gives a
 * {@link Problem} naming the file (and the JSON line where there is one). Immutable and thread-safe.
 *
 * <pre>{@code
 * SarifImport semgrep = new SarifReader(checkout).read(checkout.resolve("semgrep.sarif"));
 * }</pre>
 */
public final class SarifReader {
    /** 50 MiB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** The only SARIF version read. */
    public static final String VERSION = "2.1.0";

    private final Path repoRoot;
    private final long maxBytes;
    private final LevelMapping levels;

    /**
     * A reader for logs about this repository.
     *
     * @param repoRoot the checkout's root, against which absolute and {@code file:} URIs are made relative; or
     *                 {@code null}, then only relative URIs are accepted as paths
     */
    public SarifReader(final Path repoRoot) {
        this(repoRoot, DEFAULT_MAX_BYTES, LevelMapping.defaults());
    }

    private SarifReader(final Path repoRoot, final long maxBytes, final LevelMapping levels) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the size cap must be positive");
        }
        this.repoRoot = repoRoot;
        this.maxBytes = maxBytes;
        this.levels = levels == null ? LevelMapping.defaults() : levels;
    }

    /** With another size cap (bytes). */
    public SarifReader withMaxBytes(final long value) {
        return new SarifReader(repoRoot, value, levels);
    }

    /** With another level mapping (e.g. per-tool overrides). */
    public SarifReader withLevels(final LevelMapping value) {
        return new SarifReader(repoRoot, maxBytes, value);
    }

    /** The repository root, or {@code null}. */
    public Path repoRoot() {
        return repoRoot;
    }

    /** Reads a file; it is named in problems by its path relative to the repository when inside it. */
    public SarifImport read(final Path file) {
        return read(file, displayName(file));
    }

    SarifImport read(final Path file, final String name) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return SarifImport.failed(name, new Problem(name, "file is " + size + " bytes, over the "
                        + maxBytes + "-byte cap; not read"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in);
            }
        }
        catch (IOException | RuntimeException e) {
            return SarifImport.failed(name, new Problem(name, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads a log from a stream (not closed here), at most the size cap. */
    public SarifImport read(final String name, final InputStream in) {
        ParsedLog log;
        try {
            log = SarifParser.parse(new CappedInputStream(in, maxBytes));
        }
        catch (CappedInputStream.TooLargeException e) {
            return SarifImport.failed(name, new Problem(name, "log is " + e.getMessage() + "; not read"));
        }
        catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null || location.getLineNr() < 1 ? name : name + ":" + location.getLineNr();
            return SarifImport.failed(name, new Problem(where, "not valid JSON, not read: "
                    + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("")));
        }
        catch (IOException | RuntimeException e) {
            return SarifImport.failed(name, new Problem(name, "cannot read: " + e.getMessage()));
        }
        return map(name, log);
    }

    private SarifImport map(final String name, final ParsedLog log) {
        JsonNode version = log.version();
        if (version == null || !version.isTextual()) {
            return SarifImport.failed(name, new Problem(name, "no 'version'; not a SARIF " + VERSION + " log"));
        }
        if (!VERSION.equals(version.asText())) {
            return SarifImport.failed(name, new Problem(name, "SARIF version '" + version.asText()
                    + "' is not supported (only " + VERSION + "); not read"));
        }
        if (log.runs() == null) {
            return SarifImport.failed(name, new Problem(name, "no 'runs' array; not a SARIF log"));
        }
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ResultMapper mapper = new ResultMapper(name, levels, problems);
        for (ParsedRun parsed : log.runs()) {
            if (parsed.run() == null) {
                problems.add(new Problem(name + ":" + parsed.line(), "a run is not a JSON object; skipped"));
                continue;
            }
            RunContext run = new RunContext(parsed.run(), repoRoot);
            if (!run.hasToolName()) {
                problems.add(new Problem(name + ":" + parsed.line(), "run has no tool.driver.name; its results are"
                        + " reported under 'unknown-tool'"));
            }
            for (Located result : parsed.results()) {
                Finding finding = mapper.map(result, run);
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }
        return new SarifImport(name, findings, problems);
    }

    private String displayName(final Path file) {
        if (repoRoot != null) {
            Path root = repoRoot.toAbsolutePath().normalize();
            Path absolute = file.toAbsolutePath().normalize();
            if (absolute.startsWith(root) && !absolute.equals(root)) {
                return root.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return file.toString().replace('\\', '/');
    }
}
