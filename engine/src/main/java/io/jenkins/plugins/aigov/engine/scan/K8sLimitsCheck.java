package io.jenkins.plugins.aigov.engine.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.re2j.Pattern;

import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * Kubernetes workloads whose containers have no {@code resources.limits}: reads each YAML document of the file as a
 * tree, finds the pod spec of the workload kinds, and reports each container at the line of its {@code name}.
 *
 * <p>Helm (Go template) documents are read with their directives neutralised, line numbers kept: a line that is
 * only a directive ({@code {{- toYaml .Values.resources | nindent 12 }}}) becomes a marker key at its indentation,
 * and an inline directive becomes a plain word. A container whose resources (or the container itself) come from
 * such a line cannot be judged and is left alone; a template that still is no YAML is skipped without a problem,
 * as only its rendered output is a manifest.
 */
final class K8sLimitsCheck implements FileCheck {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SEPARATOR = Pattern.compile("^---(?:\\s.*)?$");
    private static final Pattern DIRECTIVE_LINE = Pattern.compile("^(\\s*)\\{\\{.*\\}\\}\\s*$");
    private static final Pattern DIRECTIVE = Pattern.compile("\\{\\{.*?\\}\\}");
    /** The key a directive-only line becomes. */
    static final String TEMPLATED = "aigov-templated";
    /** Where each workload kind keeps its pod spec. */
    private static final Map<String, String> POD_SPEC = Map.of("Pod", "/spec",
            "Deployment", "/spec/template/spec", "StatefulSet", "/spec/template/spec",
            "DaemonSet", "/spec/template/spec", "ReplicaSet", "/spec/template/spec",
            "ReplicationController", "/spec/template/spec", "Job", "/spec/template/spec",
            "CronJob", "/spec/jobTemplate/spec/template/spec");

    @Override
    public List<Hit> check(final Rule rule, final FileContext file) {
        List<Hit> hits = new ArrayList<>();
        SourceText text = file.head();
        int start = 1;
        for (int line = 1; line <= text.lineCount() + 1; line++) {
            boolean end = line > text.lineCount() || SEPARATOR.matches(text.line(line));
            if (end) {
                checkDocument(rule, file, start, line - 1, hits);
                start = line + 1;
            }
        }
        return hits;
    }

    private void checkDocument(final Rule rule, final FileContext file, final int from, final int to,
            final List<Hit> hits) {
        StringBuilder document = new StringBuilder();
        boolean template = false;
        for (int line = from; line <= to; line++) {
            String text = file.head().line(line);
            if (text.contains("{{")) {
                template = true;
                text = neutralise(text);
            }
            document.append(text).append('\n');
        }
        JsonNode root;
        try {
            root = YAML.readTree(document.toString());
        }
        catch (JsonProcessingException e) {
            if (template) {
                return;
            }
            int line = e.getLocation() == null ? from : from + e.getLocation().getLineNr() - 1;
            file.problems().add(new Problem(file.path() + ":" + line, "YAML not parsed, Kubernetes checks skipped: "
                    + e.getOriginalMessage().lines().findFirst().orElse("")));
            return;
        }
        catch (IOException e) {
            file.problems().add(new Problem(file.path() + ":" + from, "YAML not read: " + e.getMessage()));
            return;
        }
        if (root == null || !root.isObject() || !root.path("kind").isTextual()) {
            return;
        }
        String pointer = POD_SPEC.get(root.path("kind").asText());
        if (pointer == null) {
            return;
        }
        JsonNode spec = root.at(pointer);
        for (String list : List.of("initContainers", "containers")) {
            int searchFrom = lineOfList(file.head(), list, from, to);
            for (JsonNode container : spec.path(list)) {
                JsonNode limits = container.path("resources").path("limits");
                if (container.has(TEMPLATED) || container.path("resources").has(TEMPLATED)) {
                    continue;
                }
                if (!limits.isObject() || limits.isEmpty()) {
                    String name = container.path("name").asText("?");
                    int line = lineOfName(file.head(), name, searchFrom, to);
                    searchFrom = line > 0 ? line + 1 : searchFrom;
                    hits.add(new Hit(rule, line > 0 ? line : from, null, "container '" + name + "' in "
                            + root.path("kind").asText() + " '" + root.path("metadata").path("name").asText("?")
                            + "'"));
                }
            }
        }
    }

    /** A template line as YAML of the same line count: a directive-only line is a marker key, others plain text. */
    static String neutralise(final String line) {
        var whole = DIRECTIVE_LINE.matcher(line);
        if (whole.matches()) {
            return whole.group(1) + TEMPLATED + ": true";
        }
        return DIRECTIVE.matcher(line).replaceAll("templated");
    }

    private static int lineOfList(final SourceText text, final String list, final int from, final int to) {
        Pattern pattern = Pattern.compile("^\\s*" + list + "\\s*:");
        for (int line = from; line <= to; line++) {
            if (pattern.matcher(text.line(line)).find()) {
                return line;
            }
        }
        return from;
    }

    private static int lineOfName(final SourceText text, final String name, final int from, final int to) {
        Pattern pattern = Pattern.compile("^\\s*(?:-\\s+)?name:\\s*[\"']?" + Pattern.quote(name)
                + "[\"']?\\s*(?:#.*)?$");
        for (int line = from; line <= to; line++) {
            if (pattern.matches(text.line(line))) {
                return line;
            }
        }
        return 0;
    }
}
