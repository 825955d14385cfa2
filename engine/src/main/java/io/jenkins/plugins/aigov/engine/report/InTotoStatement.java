package io.jenkins.plugins.aigov.engine.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.jenkins.plugins.aigov.engine.provenance.CommitProvenance;
import io.jenkins.plugins.aigov.engine.provenance.FileProvenance;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * The in-toto Statement v1 for a provenance result: its subjects are the AI-touched files that exist at head,
 * with their SHA-256; its predicate (type {@link #PREDICATE_TYPE}, documented in
 * {@code docs/schemas/ai-generation-predicate.md}) carries the per-file generation facts. When no file is
 * AI-touched, the only subject is the head commit (digest {@code gitCommit}), so the statement still says
 * "this range was checked".
 */
public final class InTotoStatement {
    /** The in-toto statement type. */
    public static final String STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
    /** Our predicate type. */
    public static final String PREDICATE_TYPE =
            "https://github.com/jenkinsci/ai-code-governance-plugin/blob/main/docs/schemas/ai-generation-predicate.md#v1";

    private InTotoStatement() {
    }

    /** The statement as one JSON line (with a trailing newline), ready to append to a {@code .jsonl} file. */
    public static String forProvenance(final ProvenanceResult result) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("_type", STATEMENT_TYPE);
        statement.put("subject", subjects(result));
        statement.put("predicateType", PREDICATE_TYPE);
        statement.put("predicate", predicate(result));
        try {
            return Json.COMPACT.writeValueAsString(statement) + "\n";
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> subjects(final ProvenanceResult result) {
        List<Map<String, Object>> subjects = new ArrayList<>();
        for (FileProvenance file : result.files()) {
            if (file.isAiTouched() && file.sha256() != null) {
                subjects.add(Map.of("name", file.path(), "digest", Map.of("sha256", file.sha256())));
            }
        }
        if (subjects.isEmpty()) {
            subjects.add(Map.of("name", "git+commit:" + result.range().headId(),
                    "digest", Map.of("gitCommit", result.range().headId())));
        }
        return subjects;
    }

    private static Map<String, Object> predicate(final ProvenanceResult result) {
        Map<String, Object> predicate = new LinkedHashMap<>();
        predicate.put("schemaVersion", result.schemaVersion());
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("base", result.range().baseId());
        range.put("head", result.range().headId());
        range.put("partial", result.partial());
        predicate.put("range", range);
        predicate.put("aiShareOfAddedLines", Math.round(result.totals().aiShare() * 10_000) / 10_000.0);
        List<Map<String, Object>> files = new ArrayList<>();
        for (FileProvenance file : result.files()) {
            if (!file.isAiTouched()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", file.path());
            entry.put("sha256", file.sha256());
            entry.put("addedLines", file.addedLines());
            entry.put("agents", file.agents());
            entry.put("models", file.models());
            entry.put("commits", file.commits());
            files.add(entry);
        }
        predicate.put("files", files);
        List<Map<String, Object>> commits = new ArrayList<>();
        for (CommitProvenance commit : result.commits()) {
            if (!commit.origin().isAi()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", commit.id());
            entry.put("origin", commit.origin());
            entry.put("confidence", commit.confidence());
            entry.put("agent", commit.agent());
            entry.put("model", commit.model());
            entry.put("references", commit.references());
            entry.put("humanOwner", commit.humanOwner());
            entry.put("reviewers", commit.reviewers());
            entry.put("signed", commit.signed());
            commits.add(entry);
        }
        predicate.put("commits", commits);
        return predicate;
    }
}
