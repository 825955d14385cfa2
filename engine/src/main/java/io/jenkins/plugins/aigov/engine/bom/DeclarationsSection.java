package io.jenkins.plugins.aigov.engine.bom;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code declarations}: this product as assessor of the gates and each approver as assessor of the decision;
 * one attestation mapping every gate requirement and the decision to claims; one attestation per approval; claims
 * about the change range (the target) backed by evidence holding the finding summaries; the approvers as
 * signatories of the affirmation.
 */
final class DeclarationsSection {
    private final BomInput input;
    private final GateResults gates;
    private final List<Approval> approvals;

    DeclarationsSection(final BomInput input) {
        this.input = input;
        this.gates = input.gates();
        this.approvals = input.approvals().stream()
                .sorted(Comparator.comparing(Approval::time).thenComparing(Approval::userId)).toList();
    }

    ObjectNode build() {
        ObjectNode declarations = BomJson.object();
        declarations.set("assessors", assessors());
        ArrayNode attestations = declarations.putArray("attestations");
        attestations.add(gateAttestation());
        approvals.forEach(approval -> attestations.add(approvalAttestation(approval)));
        declarations.set("claims", claims());
        declarations.set("evidence", evidence());
        ObjectNode target = declarations.putObject("targets").putArray("components").addObject()
                .put("type", "application").put("bom-ref", Refs.TARGET)
                .put("name", input.project().name() + " change range")
                .put("version", input.headCommit())
                .put("description", "The commits " + range() + " that the gates checked");
        new Props().add("aigov:range.base", input.provenance().range().baseId())
                .add("aigov:range.head", input.provenance().range().headId()).putInto(target);
        if (!approvals.isEmpty()) {
            declarations.set("affirmation", affirmation());
        }
        return declarations;
    }

    private String range() {
        String base = input.provenance().range().baseId();
        return (base == null ? "(root)" : base) + ".." + input.provenance().range().headId();
    }

    private ArrayNode assessors() {
        ArrayNode assessors = BomJson.array();
        assessors.addObject().put("bom-ref", Refs.ASSESSOR).put("thirdParty", false).putObject("organization")
                .put("name", input.tool().name());
        approvals.stream().map(Approval::userId).distinct().forEach(user -> assessors.addObject()
                .put("bom-ref", Refs.approver(user)).put("thirdParty", false).putObject("organization")
                .put("name", "approvers").putArray("contact").addObject().put("name", user));
        return assessors;
    }

    private ObjectNode gateAttestation() {
        ObjectNode attestation = BomJson.object().put("summary", decisionText()).put("assessor", Refs.ASSESSOR);
        ArrayNode map = attestation.putArray("map");
        for (String gate : GateIds.of(gates)) {
            FindingSummary summary = new FindingSummary(gate, gates.findings());
            ObjectNode entry = map.addObject().put("requirement", Refs.requirement(gate));
            entry.putArray("claims").add(Refs.claim(gate));
            entry.putObject("conformance").put("score", summary.active() == 0 ? 1.0 : 0.0)
                    .put("rationale", summary.counts());
        }
        ObjectNode decision = map.addObject().put("requirement", Refs.DECISION_REQUIREMENT);
        decision.putArray("claims").add(Refs.DECISION_CLAIM);
        decision.putObject("conformance").put("score", DecisionScores.score(gates.outcome(), approvals))
                .put("rationale", DecisionScores.rationale(gates.outcome(), approvals));
        return attestation;
    }

    private String decisionText() {
        StringBuilder text = new StringBuilder("Gate decision ").append(gates.outcome());
        if (gates.tier() != null || gates.score() != null) {
            text.append(" (");
            if (gates.tier() != null) {
                text.append("tier ").append(gates.tier());
            }
            if (gates.score() != null) {
                text.append(gates.tier() != null ? ", " : "").append("score ").append(Scores.format(gates.score()));
            }
            text.append(')');
        }
        return text.toString();
    }

    private ObjectNode approvalAttestation(final Approval approval) {
        ObjectNode attestation = BomJson.object()
                .put("summary", approval.decision() + " by " + approval.userId() + " at "
                        + MetadataSection.timestamp(approval.time()))
                .put("assessor", Refs.approver(approval.userId()));
        ObjectNode entry = attestation.putArray("map").addObject().put("requirement", Refs.DECISION_REQUIREMENT);
        boolean approved = approval.decision() == Approval.Decision.APPROVED;
        entry.putArray(approved ? "claims" : "counterClaims").add(Refs.DECISION_CLAIM);
        ObjectNode conformance = entry.putObject("conformance").put("score", approved ? 1.0 : 0.0);
        conformance.put("rationale", approval.comment() == null || approval.comment().isBlank()
                ? approval.decision().name() : approval.comment().strip());
        return attestation;
    }

    private ArrayNode claims() {
        ArrayNode claims = BomJson.array();
        for (String gate : GateIds.of(gates)) {
            FindingSummary summary = new FindingSummary(gate, gates.findings());
            ObjectNode claim = claims.addObject().put("bom-ref", Refs.claim(gate)).put("target", Refs.TARGET)
                    .put("predicate", "Gate " + gate + " checked the change range: " + summary.counts() + ".");
            claim.putArray("evidence").add(Refs.evidence(gate));
        }
        ObjectNode decision = claims.addObject().put("bom-ref", Refs.DECISION_CLAIM).put("target", Refs.TARGET)
                .put("predicate", decisionText() + ".");
        if (!gates.explanation().isEmpty()) {
            decision.put("reasoning", String.join("\n", gates.explanation()));
        }
        decision.putArray("evidence").add(Refs.DECISION_EVIDENCE);
        return claims;
    }

    private ArrayNode evidence() {
        ArrayNode evidence = BomJson.array();
        String created = MetadataSection.timestamp(input.timestamp());
        for (String gate : GateIds.of(gates)) {
            ObjectNode entry = evidence.addObject().put("bom-ref", Refs.evidence(gate))
                    .put("propertyName", "aigov:findings");
            entry.putArray("data").addObject().put("name", "findings of gate " + gate).putObject("contents")
                    .putObject("attachment").put("contentType", "application/json")
                    .put("content", new FindingSummary(gate, gates.findings()).toJson());
            entry.put("created", created);
        }
        ObjectNode decision = evidence.addObject().put("bom-ref", Refs.DECISION_EVIDENCE)
                .put("propertyName", "aigov:decision");
        ObjectNode content = BomJson.object().put("outcome", gates.outcome());
        if (gates.tier() != null) {
            content.put("tier", gates.tier());
        }
        if (gates.score() != null) {
            content.put("score", Scores.format(gates.score()));
        }
        ArrayNode lines = content.putArray("explanation");
        gates.explanation().forEach(lines::add);
        decision.putArray("data").addObject().put("name", "decision").putObject("contents")
                .putObject("attachment").put("contentType", "application/json")
                .put("content", BomJson.compact(content));
        decision.put("created", created);
        return evidence;
    }

    private ObjectNode affirmation() {
        ObjectNode affirmation = BomJson.object().put("statement",
                "The people and automations below decided on the gate outcome of this change range.");
        ArrayNode signatories = affirmation.putArray("signatories");
        for (Approval approval : approvals) {
            ObjectNode signatory = signatories.addObject().put("name", approval.userId())
                    .put("role", (approval.decision() == Approval.Decision.APPROVED ? "approver" : "rejecter")
                            + (approval.isPerson() ? "" : " (automation)"));
            signatory.putObject("organization").put("name", "approvers");
            signatory.putObject("externalReference").put("type", "attestation")
                    .put("url", input.buildUrl() != null ? input.buildUrl()
                            : "urn:aigov:approval:" + Purls.encode(approval.userId(), false))
                    .put("comment", approval.decision() + " at " + MetadataSection.timestamp(approval.time()));
        }
        return affirmation;
    }
}
