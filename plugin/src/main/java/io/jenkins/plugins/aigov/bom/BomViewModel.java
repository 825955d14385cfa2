package io.jenkins.plugins.aigov.bom;

import java.io.IOException;
import java.util.List;

import hudson.model.Api;
import hudson.model.Run;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.GET;

import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The BOM page of a {@link BomAction} ({@code index.jelly}), its downloads and its remote API. Every value the page
 * shows is computed here from {@code bom.cdx.json}; the tables sort with core's {@code sortable} tables, no script
 * of ours.
 */
public final class BomViewModel {
    /** Content type of {@code bom.cdx.json}. */
    static final String BOM_TYPE = "application/vnd.cyclonedx+json";
    /** Content type of {@code bom.intoto.jsonl}: one JSON document per line. */
    static final String ENVELOPE_TYPE = "application/x-ndjson";

    private final BomAction action;

    BomViewModel(final BomAction action) {
        this.action = action;
    }

    public Run<?, ?> getOwner() {
        return action.getOwner();
    }

    public String getDisplayName() {
        return action.getDisplayName();
    }

    public BomBuildSummary getSummary() {
        return action.getSummary();
    }

    /** The summary at {@code api/json} and {@code api/xml}. */
    public Api getApi() {
        return new Api(action);
    }

    /** Whether {@code bom.cdx.json} could be read. */
    public boolean isDetailAvailable() {
        return action.getContent().isPresent();
    }

    /** Whether the signed envelope is in the run directory. */
    public boolean isEnvelopeAvailable() {
        return action.getSummary().isSigned() && action.getReportFile(ReportFiles.BOM_STATEMENT).isFile();
    }

    /** The CycloneDX version of the document, e.g. {@code 1.6}. */
    public String getSpecVersion() {
        return action.getContent().map(BomContent::specVersion).orElse("");
    }

    /** The BOM's timestamp (the head commit's time). */
    public String getTimestamp() {
        return action.getContent().map(BomContent::timestamp).orElse("");
    }

    /** The analysed range, {@code base .. head} ({@code (whole history)} without base). */
    public String getRange() {
        return action.getContent().map(c -> {
            String base = c.metadata("aigov:range.base");
            return (base.isEmpty() ? "(whole history)" : abbreviate(base)) + " .. "
                    + abbreviate(c.metadata("aigov:range.head"));
        }).orElse("");
    }

    /** The AI share of the added lines, as a percentage text ({@code 42.5 %}), or {@code ""}. */
    public String getAiShare() {
        return action.getContent().map(c -> c.metadata("aigov:ai.share")).filter(s -> !s.isEmpty()).map(share -> {
            try {
                return String.format(java.util.Locale.ROOT, "%.1f %%", Double.parseDouble(share) * 100);
            } catch (NumberFormatException e) {
                return share;
            }
        }).orElse("");
    }

    public List<ModelRow> getModels() {
        return action.getContent().map(BomContent::models).orElse(List.of());
    }

    public List<AgentRow> getAgents() {
        return action.getContent().map(BomContent::agents).orElse(List.of());
    }

    public List<AiFileRow> getFiles() {
        return action.getContent().map(BomContent::files).orElse(List.of());
    }

    public List<DependencyRow> getDependencies() {
        return action.getContent().map(BomContent::dependencies).orElse(List.of());
    }

    /** Each gate's and the decision's conformance, then each approval's. */
    public List<DeclarationRow> getDeclarations() {
        return action.getContent().map(BomContent::declarations).orElse(List.of());
    }

    /** The summary lines of the attestations (decision first, then approvals). */
    public List<String> getAttestations() {
        return action.getContent().map(BomContent::attestations).orElse(List.of());
    }

    /** Serves {@code bom.cdx.json} (GET; read-only). */
    @GET
    public void doBom(final StaplerResponse2 response) throws IOException {
        serve(response, ReportFiles.BOM_JSON, BOM_TYPE);
    }

    /** Serves {@code bom.intoto.jsonl}, the signed DSSE envelope (GET; read-only). */
    @GET
    public void doEnvelope(final StaplerResponse2 response) throws IOException {
        serve(response, ReportFiles.BOM_STATEMENT, ENVELOPE_TYPE);
    }

    private void serve(final StaplerResponse2 response, final String name, final String type) throws IOException {
        action.serveReport(response, name, type);
    }

    private static String abbreviate(final String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
