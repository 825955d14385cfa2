package io.jenkins.plugins.aigov.engine.provenance;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * Agent Trace records (spec version 0.1.0), one JSON record per line as in {@code .agent-trace/traces.jsonl}.
 *
 * <p>Contributor types map to origins: {@code ai} → {@link Origin#AI_GENERATED}, {@code mixed} →
 * {@link Origin#AI_ASSISTED}, {@code human} → {@link Origin#HUMAN}, {@code unknown} (or none) →
 * {@link Origin#UNKNOWN}; a range's own contributor overrides its conversation's. The agent is
 * {@code tool.name} normalised like {@link AgentSignatures} agent ids; the model is {@code model_id} without its
 * provider ({@code anthropic/claude-opus-4-5-20251101} → {@code claude-opus-4-5-20251101}); the full
 * {@code provider/model} stays in the evidence's raw value. Conversation and related URLs become references.
 *
 * <p>Reading never fails on a bad line: each malformed line (bad JSON, missing {@code files}, bad range, longer
 * than 1 MiB) becomes a {@link Problem} named {@code file:line} and is skipped. An unknown contributor type is
 * reported and read as {@code unknown}. Immutable after parsing.
 */
public final class AgentTraces {
    /** Source id of the attribution and signal id of its evidence. */
    public static final String SOURCE = "agent-trace";
    /** Longest line read; longer ones are reported and skipped. */
    public static final int MAX_LINE = 1 << 20;
    private static final int MIN_PREFIX = 7;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<TraceRecord> records;
    private final List<Problem> problems;

    private AgentTraces(final List<TraceRecord> records, final List<Problem> problems) {
        this.records = List.copyOf(records);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads all records; never throws for bad content (an I/O error ends the reading and is a problem too).
     *
     * @param reader   the JSON lines; not closed
     * @param fileName the file's name for problems and evidence, e.g. {@code .agent-trace/traces.jsonl}
     * @return the records read
     */
    public static AgentTraces parse(final Reader reader, final String fileName) {
        List<TraceRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        LineReader lines = new LineReader(reader);
        try {
            for (String line = lines.next(); line != null; line = lines.next()) {
                String where = fileName + ":" + lines.number();
                if (lines.overlong()) {
                    problems.add(new Problem(where, "line longer than 1 MiB; skipped"));
                } else if (!line.isBlank()) {
                    read(line, where, problems).ifPresent(records::add);
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(fileName + ":" + (lines.number() + 1), "cannot read: " + e.getMessage()
                    + "; the rest of the file is skipped"));
        }
        return new AgentTraces(records, problems);
    }

    /** The problems met while reading. */
    public List<Problem> problems() {
        return problems;
    }

    /** The number of records read. */
    public int records() {
        return records.size();
    }

    /**
     * The attribution recorded for a commit: records whose {@code vcs.revision} is the full id or a prefix of at
     * least 7 characters of it, merged in file order.
     */
    public Optional<LineAttribution> forRevision(final String commitId) {
        if (commitId == null || commitId.isBlank()) {
            return Optional.empty();
        }
        String id = commitId.strip().toLowerCase(Locale.ROOT);
        Map<String, List<AttributedRange>> files = new LinkedHashMap<>();
        Set<Evidence> evidence = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        boolean found = false;
        for (TraceRecord record : records) {
            String revision = record.revision();
            if (revision != null && revision.length() >= MIN_PREFIX && id.startsWith(revision)) {
                found = true;
                record.files().forEach((path, ranges) -> files.computeIfAbsent(path, p -> new ArrayList<>())
                        .addAll(ranges));
                evidence.addAll(record.evidence());
                references.addAll(record.references());
            }
        }
        if (!found) {
            return Optional.empty();
        }
        files.replaceAll((path, ranges) -> {
            ranges.sort(java.util.Comparator.comparingInt(AttributedRange::startLine));
            return List.copyOf(ranges);
        });
        return Optional.of(new LineAttribution(SOURCE, files, List.copyOf(evidence), List.copyOf(references)));
    }

    private static Optional<TraceRecord> read(final String line, final String where, final List<Problem> problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(where, "not valid JSON (" + e.getOriginalMessage() + "); record skipped"));
            return Optional.empty();
        }
        try {
            return Optional.of(TraceRecord.of(root, where, problems));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(where, e.getMessage() + "; record skipped"));
            return Optional.empty();
        }
    }

    /** Reads lines of at most {@link #MAX_LINE} characters without holding longer ones in memory. */
    private static final class LineReader {
        private final Reader reader;
        private final char[] buffer = new char[8192];
        private int position;
        private int limit;
        private int number;
        private boolean overlong;

        LineReader(final Reader reader) {
            this.reader = reader;
        }

        String next() throws IOException {
            StringBuilder line = new StringBuilder();
            overlong = false;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = reader.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                char c = buffer[position++];
                if (c == '\n') {
                    break;
                }
                if (!overlong) {
                    line.append(c);
                    if (line.length() > MAX_LINE) {
                        overlong = true;
                        line.setLength(0);
                    }
                }
            }
            number++;
            int end = line.length();
            if (end > 0 && line.charAt(end - 1) == '\r') {
                line.setLength(end - 1);
            }
            return line.toString();
        }

        int number() {
            return number;
        }

        boolean overlong() {
            return overlong;
        }
    }
}
