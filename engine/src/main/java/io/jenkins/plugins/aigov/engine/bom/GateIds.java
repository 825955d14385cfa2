package io.jenkins.plugins.aigov.engine.bom;

import java.util.Set;
import java.util.TreeSet;

import io.jenkins.plugins.aigov.engine.model.Finding;

/** The gates to declare: those that ran plus those a finding names, sorted. */
final class GateIds {
    private GateIds() {
    }

    static Set<String> of(final GateResults gates) {
        Set<String> ids = new TreeSet<>();
        gates.gates().stream().filter(id -> id != null && !id.isBlank()).map(String::strip).forEach(ids::add);
        gates.findings().stream().map(Finding::gateId).forEach(ids::add);
        return ids;
    }
}
