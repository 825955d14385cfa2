package io.jenkins.plugins.aigov.engine.bom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.aigov.engine.provenance.CommitProvenance;
import io.jenkins.plugins.aigov.engine.provenance.FileProvenance;
import io.jenkins.plugins.aigov.engine.provenance.RangeInfo;

/**
 * The {@code formulation}: one formula with two workflows. {@code workflow:build} is the CI build (context, range,
 * the engine's tasks); {@code workflow:ai-generation} has one task per AI commit whose inputs are the agent and model
 * components and whose outputs are the file components it produced, with the agent sessions as resource references.
 * This is where the BOM says which model and agent produced which file.
 */
final class FormulationSection {
    private final BomInput input;
    private final Map<String, List<String>> filesByCommit = new HashMap<>();

    FormulationSection(final BomInput input, final List<FileProvenance> files) {
        this.input = input;
        for (FileProvenance file : files) {
            file.commits().forEach(id -> filesByCommit.computeIfAbsent(id, key -> new ArrayList<>()).add(file.path()));
        }
    }

    ArrayNode build() {
        ObjectNode formula = BomJson.object().put("bom-ref", Refs.FORMULA);
        ArrayNode workflows = formula.putArray("workflows");
        workflows.add(buildWorkflow());
        workflows.add(generationWorkflow());
        ArrayNode formulation = BomJson.array();
        formulation.add(formula);
        return formulation;
    }

    private ObjectNode buildWorkflow() {
        RangeInfo range = input.provenance().range();
        ObjectNode workflow = BomJson.object().put("bom-ref", Refs.BUILD_WORKFLOW)
                .put("uid", input.buildUrl() != null ? input.buildUrl() : "build:" + input.headCommit());
        BuildContext context = input.context();
        workflow.put("name", context != null && context.ciName() != null ? context.ciName() + " build" : "build");
        ArrayNode resources = BomJson.array();
        if (input.project().vcsUrl() != null && !input.project().vcsUrl().isBlank()) {
            resources.addObject().putObject("externalReference").put("type", "vcs")
                    .put("url", input.project().vcsUrl().strip());
        }
        if (input.buildUrl() != null) {
            resources.addObject().putObject("externalReference").put("type", "build-system")
                    .put("url", input.buildUrl());
        }
        if (!resources.isEmpty()) {
            workflow.set("resourceReferences", resources);
        }
        ArrayNode tasks = workflow.putArray("tasks");
        tasks.add(task("task:provenance", "aiProvenance", "scan"));
        if (input.gates() != null) {
            tasks.add(task("task:gates", "aiGates", "scan"));
        }
        tasks.add(task("task:bom", "aiBom", "other"));
        ArrayNode order = workflow.putArray("taskDependencies");
        if (input.gates() != null) {
            order.addObject().put("ref", "task:gates").putArray("dependsOn").add("task:provenance");
            order.addObject().put("ref", "task:bom").putArray("dependsOn").add("task:gates");
        } else {
            order.addObject().put("ref", "task:bom").putArray("dependsOn").add("task:provenance");
        }
        workflow.putArray("taskTypes").add("scan");
        Props props = new Props().add("aigov:range.base", range.baseId()).add("aigov:range.head", range.headId())
                .add("aigov:range.baseAsked", range.base()).add("aigov:range.headAsked", range.head())
                .add("aigov:range.capped", range.capped()).add("aigov:range.partial", input.provenance().partial());
        if (context != null) {
            props.add("aigov:context.ci", context.ciName()).add("aigov:context.runner", context.runner())
                    .add("aigov:context.timestampSource", context.timestampSource());
            context.extra().forEach((key, value) -> props.add("aigov:context." + key, value));
        }
        props.putInto(workflow);
        return workflow;
    }

    private static ObjectNode task(final String ref, final String name, final String type) {
        ObjectNode task = BomJson.object().put("bom-ref", ref).put("uid", "aigov:" + name).put("name", name);
        task.putArray("taskTypes").add(type);
        return task;
    }

    private ObjectNode generationWorkflow() {
        RangeInfo range = input.provenance().range();
        String base = range.baseId() == null ? "root" : range.baseId();
        ObjectNode workflow = BomJson.object().put("bom-ref", Refs.GENERATION_WORKFLOW)
                .put("uid", base + ".." + range.headId()).put("name", "AI code generation in the analysed range");
        ArrayNode tasks = workflow.putArray("tasks");
        input.provenance().commits().stream().filter(c -> c.origin().isAi())
                .sorted(java.util.Comparator.comparingLong(CommitProvenance::commitTime)
                        .thenComparing(CommitProvenance::id))
                .forEach(commit -> tasks.add(commitTask(commit)));
        workflow.putArray("taskTypes").add("other");
        return workflow;
    }

    private ObjectNode commitTask(final CommitProvenance commit) {
        ObjectNode task = BomJson.object().put("bom-ref", Refs.commitTask(commit.id())).put("uid", commit.id())
                .put("name", commit.subject() == null ? commit.shortId() : commit.subject());
        ArrayNode sessions = BomJson.array();
        new TreeSet<>(commit.references()).stream().filter(FormulationSection::isUrl)
                .forEach(url -> sessions.addObject().putObject("externalReference").put("type", "other")
                        .put("url", url).put("comment", "agent session or task"));
        if (!sessions.isEmpty()) {
            task.set("resourceReferences", sessions);
        }
        task.putArray("taskTypes").add("other");
        Set<String> inputs = new TreeSet<>();
        if (commit.agent() != null && !commit.agent().isBlank()) {
            inputs.add(Refs.agent(commit.agent().strip()));
        }
        if (commit.model() != null && !commit.model().isBlank()) {
            inputs.add(Refs.model(commit.model().strip()));
        }
        if (!inputs.isEmpty()) {
            ArrayNode array = task.putArray("inputs");
            inputs.forEach(ref -> array.addObject().putObject("resource").put("ref", ref));
        }
        ArrayNode outputs = BomJson.array();
        new TreeSet<>(filesByCommit.getOrDefault(commit.id(), List.of())).forEach(path -> outputs.addObject()
                .put("type", "artifact").putObject("resource").put("ref", Refs.file(path)));
        if (!outputs.isEmpty()) {
            task.set("outputs", outputs);
        }
        task.put("timeStart", MetadataSection.timestamp(Instant.ofEpochSecond(commit.commitTime())));
        new Props().add("aigov:origin", commit.origin())
                .add("aigov:confidence", Scores.format(commit.confidence()))
                .add("aigov:agent", commit.agent()).add("aigov:model", commit.model())
                .add("aigov:humanOwner", commit.humanOwner())
                .addAll("aigov:reviewers", commit.reviewers())
                .addAll("aigov:references", commit.references())
                .add("aigov:signed", commit.signed())
                .putInto(task);
        return task;
    }

    private static boolean isUrl(final String reference) {
        String lower = reference.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && reference.chars()
                .noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                        || c == '{' || c == '|' || c == '}');
    }
}
