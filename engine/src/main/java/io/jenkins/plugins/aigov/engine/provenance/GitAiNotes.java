package io.jenkins.plugins.aigov.engine.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jenkins.plugins.aigov.engine.model.Origin;

/**
 * Reads a git-ai authorship note ({@code refs/notes/ai}, schema {@code authorship/3.0.0}).
 *
 * <p>The note has an attestation section, a line {@code ---}, and a JSON metadata section:
 * <pre>
 * src/main.rs
 *   s_1a2b3c4d5e6f70::t_0f1e2d3c4b5a69 1-10,15-20
 *   h_9a8b7c6d5e4f30 21-24
 * "docs/my file.md"
 *   d9978a8723e02b52 1-4
 * ---
 * {"schema_version":"authorship/3.0.0","sessions":{…},"humans":{…},"prompts":{…}}
 * </pre>
 * Keys {@code s_<hex>::t_<hex>} (an AI session and its trace) and bare hex keys (legacy prompts) mark AI lines
 * ({@link Origin#AI_GENERATED}); {@code h_<hex>} keys mark lines a human was seen typing ({@link Origin#HUMAN}).
 * Lines the note does not name are untracked. Agents are normalised like {@link AgentSignatures} agent ids and
 * models like {@link AgentSignatures#normaliseModel(String)}. Notes can be written by anyone, so the evidence is
 * spoofable; the classifier still trusts line-level sources more than trailers.
 */
public final class GitAiNotes {
    /** Source id of the attribution and signal id of its evidence. */
    public static final String SOURCE = "git-ai-note";
    private static final int MAX_NOTE = 16 << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SESSION_KEY = Pattern.compile("s_[0-9a-fA-F]{6,64}(?:::t_[0-9a-fA-F]{6,64})?");
    private static final Pattern HUMAN_KEY = Pattern.compile("h_[0-9a-fA-F]{6,64}");
    private static final Pattern LEGACY_KEY = Pattern.compile("[0-9a-fA-F]{7,64}");
    private static final Pattern RANGES = Pattern.compile("[0-9]+(?:-[0-9]+)?(?:,[0-9]+(?:-[0-9]+)?)*");

    private GitAiNotes() {
    }

    /**
     * Parses one note.
     *
     * @param noteText the note
     * @param where    where it comes from, for messages and evidence (e.g. {@code refs/notes/ai@1a2b3c4d5e6f})
     * @return the line attribution
     * @throws ProvenanceFormatException for a corrupt note, with the note line number
     */
    public static LineAttribution parse(final String noteText, final String where) throws ProvenanceFormatException {
        String text = noteText == null ? "" : noteText;
        if (text.length() > MAX_NOTE) {
            throw new ProvenanceFormatException(where, 0, "note is larger than " + (MAX_NOTE >> 20) + " MiB");
        }
        String[] lines = text.split("\n", -1);
        int divider = -1;
        for (int i = 0; i < lines.length && divider < 0; i++) {
            if (strip(lines[i]).equals("---")) {
                divider = i;
            }
        }
        if (divider < 0) {
            throw new ProvenanceFormatException(where, Math.max(1, lines.length), "no '---' line between the "
                    + "attestation section and the metadata (not an authorship/3.0.0 note)");
        }
        List<Entry> entries = attestations(lines, divider, where);
        JsonNode metadata = metadata(lines, divider, where);
        return resolve(entries, metadata, where);
    }

    private static List<Entry> attestations(final String[] lines, final int divider, final String where)
            throws ProvenanceFormatException {
        List<Entry> entries = new ArrayList<>();
        String file = null;
        for (int i = 0; i < divider; i++) {
            String line = strip(lines[i]);
            int number = i + 1;
            if (line.isBlank()) {
                continue;
            }
            if (!line.startsWith(" ")) {
                file = path(line, where, number);
                continue;
            }
            if (file == null) {
                throw new ProvenanceFormatException(where, number, "attestation entry before any file path");
            }
            String[] parts = line.strip().split(" ");
            if (parts.length != 2) {
                throw new ProvenanceFormatException(where, number,
                        "expected '  KEY RANGES', got '" + abbreviate(line.strip()) + "'");
            }
            entries.add(new Entry(file, key(parts[0], where, number), ranges(parts[1], where, number), number));
        }
        return entries;
    }

    private static String path(final String line, final String where, final int number)
            throws ProvenanceFormatException {
        if (!line.startsWith("\"")) {
            return line;
        }
        if (line.length() < 2 || !line.endsWith("\"")) {
            throw new ProvenanceFormatException(where, number, "unterminated quoted path " + abbreviate(line));
        }
        StringBuilder path = new StringBuilder();
        String body = line.substring(1, line.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                path.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                path.append(c);
            }
        }
        return path.toString();
    }

    private static String key(final String key, final String where, final int number)
            throws ProvenanceFormatException {
        if (SESSION_KEY.matcher(key).matches() || HUMAN_KEY.matcher(key).matches()
                || LEGACY_KEY.matcher(key).matches()) {
            return key;
        }
        throw new ProvenanceFormatException(where, number, "unknown attestation key '" + abbreviate(key) + "'");
    }

    private static List<int[]> ranges(final String spec, final String where, final int number)
            throws ProvenanceFormatException {
        if (spec.length() > 1 << 20 || !RANGES.matcher(spec).matches()) {
            throw new ProvenanceFormatException(where, number, "bad line ranges '" + abbreviate(spec) + "'");
        }
        List<int[]> result = new ArrayList<>();
        for (String part : spec.split(",")) {
            int dash = part.indexOf('-');
            int start = parseLine(dash < 0 ? part : part.substring(0, dash), where, number);
            int end = dash < 0 ? start : parseLine(part.substring(dash + 1), where, number);
            if (start < 1 || end < start) {
                throw new ProvenanceFormatException(where, number, "bad line range '" + part + "'");
            }
            result.add(new int[] {start, end});
        }
        return result;
    }

    private static int parseLine(final String digits, final String where, final int number)
            throws ProvenanceFormatException {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new ProvenanceFormatException(where, number, "line number out of range '" + abbreviate(digits) + "'");
        }
    }

    private static JsonNode metadata(final String[] lines, final int divider, final String where)
            throws ProvenanceFormatException {
        String json = String.join("\n", java.util.Arrays.copyOfRange(lines, divider + 1, lines.length));
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new ProvenanceFormatException(where, divider + line + 1, "bad JSON metadata: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ProvenanceFormatException(where, divider + 2, "the metadata is not a JSON object");
        }
        String schema = root.path("schema_version").asText("");
        if (!schema.startsWith("authorship/3.")) {
            throw new ProvenanceFormatException(where, divider + 2,
                    "unsupported schema_version '" + abbreviate(schema) + "' (expected authorship/3.x)");
        }
        return root;
    }

    private static LineAttribution resolve(final List<Entry> entries, final JsonNode metadata, final String where) {
        AgentSignatures names = AgentSignatures.builtIn();
        Map<String, List<AttributedRange>> files = new LinkedHashMap<>();
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        Set<String> references = new LinkedHashSet<>();
        for (Entry entry : entries) {
            Session session = session(entry.key(), metadata, names);
            for (int[] range : entry.ranges()) {
                files.computeIfAbsent(entry.file(), f -> new ArrayList<>()).add(new AttributedRange(range[0],
                        range[1], session.origin(), session.agent(), session.model()));
            }
            if (session.reference() != null) {
                references.add(session.reference());
            }
            String raw = session.origin() == Origin.HUMAN ? "known human"
                    : (session.tool() == null ? "unknown tool" : session.tool())
                            + (session.rawModel() == null ? "" : " / " + session.rawModel());
            evidence.putIfAbsent(session.origin() + "|" + session.agent() + "|" + session.model(), new Evidence(SOURCE,
                    SOURCE, where, raw, true, session.origin(), session.agent(), session.model()));
        }
        files.replaceAll((f, ranges) -> {
            ranges.sort(java.util.Comparator.comparingInt(AttributedRange::startLine));
            return List.copyOf(ranges);
        });
        return new LineAttribution(SOURCE, files, List.copyOf(evidence.values()), List.copyOf(references));
    }

    private static Session session(final String key, final JsonNode metadata, final AgentSignatures names) {
        if (key.startsWith("h_")) {
            return new Session(Origin.HUMAN, null, null, null, null, null);
        }
        JsonNode record;
        String reference;
        if (key.startsWith("s_")) {
            int sep = key.indexOf("::");
            String sessionId = sep < 0 ? key : key.substring(0, sep);
            record = metadata.path("sessions").path(sessionId);
            if (record.isMissingNode()) {
                record = metadata.path("sessions").path(key);
            }
            reference = sessionId;
        } else {
            record = metadata.path("prompts").path(key);
            reference = key;
        }
        String url = text(record.path("messages_url"));
        String tool = text(record.path("agent_id").path("tool"));
        String model = text(record.path("agent_id").path("model"));
        return new Session(Origin.AI_GENERATED, names.normaliseAgent(tool), AgentSignatures.normaliseModel(model),
                url != null ? url : "git-ai:" + reference, tool, model);
    }

    private static String text(final JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    private static String strip(final String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String abbreviate(final String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private record Entry(String file, String key, List<int[]> ranges, int line) {
    }

    private record Session(Origin origin, String agent, String model, String reference, String tool,
            String rawModel) {
    }
}
