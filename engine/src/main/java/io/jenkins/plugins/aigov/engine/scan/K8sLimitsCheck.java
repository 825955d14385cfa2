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
 */
final class K8sLimitsCheck implements FileCheck {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SEPARATOR = Pattern.compile("^---(?:\\s.*)?$");
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
        for (int line = from; line <= to; line++) {
            document.append(file.head().line(line)).append('\n');
        }
        JsonNode root;
        try {
            root = YAML.readTree(document.toString());
        }
        catch (JsonProcessingException e) {
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
