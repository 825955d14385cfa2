package io.jenkins.plugins.aigov.engine.bom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code definitions}: the gates as the requirements of a standard, so that the attestations can map each
 * requirement to its claims.
 */
final class DefinitionsSection {
    private DefinitionsSection() {
    }

    static ObjectNode build(final BomInput input) {
        ObjectNode standard = BomJson.object().put("bom-ref", Refs.STANDARD).put("name", "AI Code Governance gates")
                .put("version", "1").put("owner", input.tool().name())
                .put("description", "The gates that check a change range; each gate is one requirement.");
        ArrayNode requirements = standard.putArray("requirements");
        for (String gate : GateIds.of(input.gates())) {
            requirements.addObject().put("bom-ref", Refs.requirement(gate)).put("identifier", gate)
                    .put("text", "Gate " + gate + " reports no unsuppressed finding that the policy counts.");
        }
        requirements.addObject().put("bom-ref", Refs.DECISION_REQUIREMENT).put("identifier", "decision")
                .put("text", "The risk policy lets the change range through (PASS, UNSTABLE, or APPROVAL with an "
                        + "approval).");
        ObjectNode definitions = BomJson.object();
        definitions.putArray("standards").add(standard);
        return definitions;
    }
}
