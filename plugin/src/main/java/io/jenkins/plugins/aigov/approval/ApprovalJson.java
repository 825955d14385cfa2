package io.jenkins.plugins.aigov.approval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes {@code ai-approval.json} next to {@code ai-gates.json} in the run directory: every approval request of the
 * build and its decision. A sibling file, because the engine's {@code ai-gates.json} (its {@code GatesResult}) has no
 * field for approvals. Field names of a decision follow the engine's {@code bom.Approval} ({@code userId},
 * {@code isPerson}, {@code decision}, {@code time}, {@code comment}) so the AI-BOM can take them over.
 */
public final class ApprovalJson {
    /** The file name. */
    public static final String FILE = "ai-approval.json";
    /** The schema version. */
    public static final String SCHEMA_VERSION = "1.0";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ApprovalJson() {
    }

    /** Writes the file into {@code runDir}. */
    public static void write(final Path runDir, final List<ApprovalRequest> requests) throws IOException {
        Files.createDirectories(runDir);
        Files.writeString(runDir.resolve(FILE), render(requests), StandardCharsets.UTF_8);
    }

    /** The document. */
    public static String render(final List<ApprovalRequest> requests) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode list = root.putArray("approvals");
        for (ApprovalRequest request : requests) {
            ObjectNode node = list.addObject();
            node.put("id", request.getId());
            node.put("outcome", "APPROVAL");
            node.put("reason", request.getReason());
            node.put("tier", request.getTier());
            node.put("score", request.getScore());
            ArrayNode explanation = node.putArray("explanation");
            request.getExplanation().forEach(explanation::add);
            ArrayNode authors = node.putArray("aiAuthors");
            for (CommitIdentity identity : request.getAiAuthors()) {
                authors.addObject().put("name", identity.getName()).put("email", identity.getEmail())
                        .put("role", identity.getRole()).put("commit", identity.getCommit());
            }
            ArrayNode approvers = node.putArray("approvers");
            request.getApprovers().forEach(approvers::add);
            node.put("requestedAt", Instant.ofEpochMilli(request.getRequestedAt()).toString());
            node.put("deadline", request.getDeadlineText());
            ApprovalDecision decision = request.getDecision();
            if (decision == null) {
                node.putNull("decision");
                continue;
            }
            ObjectNode decided = node.putObject("decision");
            decided.put("decision", decision.getKind().name());
            decided.put("userId", decision.getUserId());
            if (decision.getViaApiToken() == null) {
                decided.putNull("viaApiToken");
                decided.putNull("isPerson");
            } else {
                decided.put("viaApiToken", decision.getViaApiToken());
                decided.put("isPerson", !decision.getViaApiToken());
            }
            decided.put("time", decision.getTimeText());
            decided.put("comment", decision.getComment());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
