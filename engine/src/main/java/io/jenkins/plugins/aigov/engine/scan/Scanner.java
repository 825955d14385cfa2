package io.jenkins.plugins.aigov.engine.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * Runs a {@link RuleSet} over file contents. Thread-safe; build one per rule set and reuse it.
 *
 * <pre>{@code
 * Scanner scanner = new Scanner(RuleSet.builtIn());
 * List<Finding> findings = scanner.scan("src/Db.java", content);
 * ScanResult change = scanner.scanChange("Jenkinsfile", baseText, headText, addedLines, lookup);
 * ScanResult tree = scanner.scanTree(Path.of("checkout"));
 * }</pre>
 */
public final class Scanner {
    private static final int BINARY_PROBE = 8 * 1024;
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparing(Finding::ruleId).thenComparing(Finding::fingerprint);

    private final RuleSet rules;
    private final ScanOptions options;
    private final FileAnalyser analyser;

    /** A scanner with the default options. */
    public Scanner(final RuleSet rules) {
        this(rules, ScanOptions.defaults());
    }

    /** A scanner with these options. */
    public Scanner(final RuleSet rules, final ScanOptions options) {
        this.rules = rules;
        this.options = options;
        this.analyser = new FileAnalyser(rules.rules(), options.maxLineLength());
    }

    /** The rules this scanner runs. */
    public RuleSet rules() {
        return rules;
    }

    /** Findings in one file's content (no line facts). */
    public List<Finding> scan(final String path, final CharSequence content) {
        return scan(path, content, null, null);
    }

    /**
     * Findings in one file's content, each marked whether its line is new in the range and AI-written.
     *
     * @param addedLines 1-based lines added in the analysed range, or {@code null} when not known
     * @param lookup     who wrote a line, or {@code null} when not known
     */
    public List<Finding> scan(final String path, final CharSequence content, final Set<Integer> addedLines,
            final LineOriginLookup lookup) {
        return scanChange(path, null, content, addedLines, lookup).findings();
    }

    /**
     * Scans a changed file with its base version at hand, so rules that compare versions (a Jenkinsfile that drops
     * or weakens {@code aiGates}) can judge the change.
     *
     * @param base       content before the change, or {@code null} for an added file
     * @param head       content after the change, or {@code null} for a deleted file
     * @param addedLines 1-based lines added in the range, or {@code null} when not known
     * @param lookup     who wrote a line, or {@code null} when not known
     */
    public ScanResult scanChange(final String path, final CharSequence base, final CharSequence head,
            final Set<Integer> addedLines, final LineOriginLookup lookup) {
        String clean = normalise(path);
        SourceText text = new SourceText(head == null ? "" : head);
        List<Problem> problems = new ArrayList<>();
        List<Hit> hits = analyser.analyse(clean, text, base == null ? null : new SourceText(base), problems);
        List<Finding> findings = FindingFactory.create(clean, text, hits);
        findings = new Suppressor(options.suppressions(), options.today()).apply(findings, text);
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            marked.add(withFacts(finding, addedLines, lookup, base != null));
        }
        marked.sort(ORDER);
        long bytes = head == null ? 0 : text.text().getBytes(StandardCharsets.UTF_8).length;
        return new ScanResult(marked, problems, 1, bytes, 0);
    }

    /**
     * Scans one file from disk, skipping it (with a problem) when it is over the size cap, and silently when it is
     * binary (a NUL byte in its first 8 KiB).
     *
     * @param file the file
     * @param path its repository-relative path, used in findings
     */
    public ScanResult scan(final Path file, final String path) {
        String clean = normalise(path);
        try {
            long size = Files.size(file);
            if (size > options.maxFileBytes()) {
                return skipped(new Problem(clean, "file is " + size + " bytes, over the " + options.maxFileBytes()
                        + "-byte cap; not scanned"));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > options.maxFileBytes()) {
                return skipped(new Problem(clean, "file grew over the size cap while read; not scanned"));
            }
            if (isBinary(bytes)) {
                return skipped(null);
            }
            ScanResult result = scanChange(clean, null, new String(bytes, StandardCharsets.UTF_8), null, null);
            return new ScanResult(result.findings(), result.problems(), 1, bytes.length, 0);
        }
        catch (IOException | RuntimeException e) {
            return skipped(new Problem(clean, "cannot read: " + e));
        }
    }

    /**
     * Scans every file under {@code root} (not {@code .git}), one file in memory per thread at a time. Reads
     * {@code .aigov/suppressions.yml} under the root unless the options carry suppressions.
     */
    public ScanResult scanTree(final Path root) throws IOException {
        Scanner scanner = this;
        List<Problem> problems = new ArrayList<>();
        if (options.suppressions() == null) {
            Path file = root.resolve(SuppressionFile.PATH);
            if (Files.isRegularFile(file)) {
                SuppressionFile suppressions = SuppressionFile.parse(SuppressionFile.PATH, Files.readString(file));
                problems.addAll(suppressions.problems());
                scanner = new Scanner(rules, options.withSuppressions(suppressions));
            }
        }
        return scanner.scanFiles(root, TreeWalker.files(root), problems);
    }

    private ScanResult scanFiles(final Path root, final List<Path> files, final List<Problem> problems)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<ScanResult>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                String path = root.relativize(file).toString().replace('\\', '/');
                futures.add(pool.submit(() -> scan(file, path)));
            }
            List<Finding> findings = new ArrayList<>();
            int scanned = 0;
            int skipped = 0;
            long bytes = 0;
            for (Future<ScanResult> future : futures) {
                ScanResult one = future.get();
                findings.addAll(one.findings());
                problems.addAll(one.problems());
                scanned += one.filesScanned();
                skipped += one.skipped();
                bytes += one.bytesScanned();
            }
            findings.sort(ORDER);
            return new ScanResult(findings, problems, scanned, bytes, skipped);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("scan interrupted", e);
        }
        catch (ExecutionException e) {
            throw new IOException("scan failed: " + e.getCause(), e.getCause());
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static Finding withFacts(final Finding finding, final Set<Integer> added, final LineOriginLookup lookup,
            final boolean change) {
        if (finding.line() < 1) {
            // a version-comparing rule's finding is new by construction
            boolean versionCheck = change && finding.evidence().getOrDefault("kind", "").startsWith("jenkinsfile-");
            return finding.withLineFacts(null, versionCheck ? Boolean.TRUE : null);
        }
        Boolean ai = lookup == null ? null : lookup.aiWritten(finding.file(), finding.line());
        Boolean fresh = added == null ? null : added.contains(finding.line());
        return finding.withLineFacts(ai, fresh);
    }

    private static ScanResult skipped(final Problem problem) {
        return new ScanResult(List.of(), problem == null ? List.of() : List.of(problem), 0, 0, 1);
    }

    private static boolean isBinary(final byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(final String path) {
        String clean = path.replace('\\', '/');
        while (clean.startsWith("./")) {
            clean = clean.substring(2);
        }
        return clean;
    }
}
