package io.jenkins.plugins.aigov.engine.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * One Agent Trace record, reduced to what provenance needs.
 *
 * @param revision   {@code vcs.revision} in lower case, or {@code null}
 * @param files      ranges per path
 * @param evidence   one evidence per contributor (origin, agent, model)
 * @param references conversation and related URLs
 */
record TraceRecord(String revision, Map<String, List<AttributedRange>> files, List<Evidence> evidence,
        List<String> references) {

    /** Reads a record; throws {@link IllegalArgumentException} with a reason when it is malformed. */
    static TraceRecord of(final JsonNode root, final String where, final List<Problem> problems) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (!root.path("files").isArray()) {
            throw new IllegalArgumentException("'files' is missing or not an array");
        }
        String revision = text(root.path("vcs").path("revision"));
        String tool = text(root.path("tool").path("name"));
        String agent = AgentSignatures.builtIn().normaliseAgent(tool);
        Map<String, List<AttributedRange>> files = new LinkedHashMap<>();
        Set<Evidence> evidence = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        int fileIndex = 0;
        for (JsonNode file : root.path("files")) {
            String path = text(file.path("path"));
            if (path == null) {
                throw new IllegalArgumentException("files[" + fileIndex + "].path is missing");
            }
            path = path.replace('\\', '/');
            while (path.startsWith("./")) {
                path = path.substring(2);
            }
            if (!file.path("conversations").isArray()) {
                throw new IllegalArgumentException("files[" + fileIndex + "].conversations is missing");
            }
            List<AttributedRange> ranges = files.computeIfAbsent(path, p -> new ArrayList<>());
            for (JsonNode conversation : file.path("conversations")) {
                JsonNode contributor = conversation.path("contributor");
                addReference(references, conversation.path("url"));
                conversation.path("related").forEach(r -> addReference(references, r.path("url")));
                if (!conversation.path("ranges").isArray()) {
                    throw new IllegalArgumentException("a conversation of " + path + " has no 'ranges' array");
                }
                for (JsonNode range : conversation.path("ranges")) {
                    JsonNode who = range.path("contributor").isObject() ? range.path("contributor") : contributor;
                    Origin origin = origin(who, path, where, problems);
                    String rawModel = text(who.path("model_id"));
                    String model = AgentSignatures.normaliseModel(rawModel);
                    int start = line(range, "start_line", path);
                    int end = line(range, "end_line", path);
                    if (end < start) {
                        throw new IllegalArgumentException("range " + start + "-" + end + " of " + path
                                + " ends before it starts");
                    }
                    String rangeAgent = origin.isAi() ? agent : null;
                    ranges.add(new AttributedRange(start, end, origin, rangeAgent, origin.isAi() ? model : null));
                    evidence.add(new Evidence(AgentTraces.SOURCE, AgentTraces.SOURCE, where,
                            (tool == null ? "unknown tool" : tool) + (rawModel == null ? "" : " / " + rawModel),
                            true, origin, rangeAgent, origin.isAi() ? model : null));
                }
            }
            fileIndex++;
        }
        return new TraceRecord(revision == null ? null : revision.toLowerCase(Locale.ROOT), files,
                List.copyOf(evidence), List.copyOf(references));
    }

    private static Origin origin(final JsonNode contributor, final String path, final String where,
            final List<Problem> problems) {
        String type = text(contributor.path("type"));
        if (type == null) {
            return Origin.UNKNOWN;
        }
        switch (type.toLowerCase(Locale.ROOT)) {
            case "ai":
                return Origin.AI_GENERATED;
            case "mixed":
                return Origin.AI_ASSISTED;
            case "human":
                return Origin.HUMAN;
            case "unknown":
                return Origin.UNKNOWN;
            default:
                String shown = type.length() > 40 ? type.substring(0, 40) + "…" : type;
                Problem problem = new Problem(where, "unknown contributor type '" + shown + "' in " + path
                        + "; read as unknown");
                if (!problems.contains(problem)) {
                    problems.add(problem);
                }
                return Origin.UNKNOWN;
        }
    }

    private static int line(final JsonNode range, final String field, final String path) {
        JsonNode value = range.path(field);
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1) {
            throw new IllegalArgumentException("range of " + path + " has no valid '" + field + "' (was "
                    + (value.isMissingNode() ? "missing" : value.toString()) + ")");
        }
        return value.asInt();
    }

    private static void addReference(final Set<String> references, final JsonNode url) {
        String value = text(url);
        if (value != null && value.length() <= 2048) {
            references.add(value);
        }
    }

    private static String text(final JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }
}
