package io.jenkins.plugins.aigov.engine.bom;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.gates.DependencyInventory;
import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.provenance.CommitProvenance;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceCommand;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * The AI-BOM of a repository range: runs provenance when the caller has none, reads every dependency declared at
 * head, takes the gates' result and the approvals when there are some, and builds the BOM. Not thread-safe; use
 * once. For a BOM from inputs the caller assembled itself, use {@link AiBomBuilder}.
 */
public final class BomCommand {
    private Path repository;
    private String base;
    private String head = "HEAD";
    private int maxCommits = ProvenanceCommand.DEFAULT_MAX_COMMITS;
    private MarkerRules markerRules = MarkerRules.none();
    private boolean toleratesMissingBase;
    private ProvenanceResult provenance;
    private GatesResult gates;
    private final List<Approval> approvals = new ArrayList<>();
    private String projectName;
    private String projectVersion;
    private String vcsUrl;
    private String buildUrl;
    private BuildContext context;
    private Instant timestamp;
    private String toolVersion = "unknown";
    private final List<Problem> problems = new ArrayList<>();

    /** The git repository (work tree or bare). */
    public BomCommand repository(final Path dir) {
        this.repository = Objects.requireNonNull(dir, "repository");
        return this;
    }

    /** The base revision of the provenance range, or {@code null}. */
    public BomCommand base(final String rev) {
        this.base = rev == null || rev.isBlank() ? null : rev.strip();
        return this;
    }

    /** The head revision; default {@code HEAD}. */
    public BomCommand head(final String rev) {
        this.head = rev == null || rev.isBlank() ? "HEAD" : rev.strip();
        return this;
    }

    /** Cap of the provenance walk. */
    public BomCommand maxCommits(final int max) {
        this.maxCommits = max;
        return this;
    }

    /** Marker rules for a provenance run of our own. */
    public BomCommand markerRules(final MarkerRules rules) {
        this.markerRules = Objects.requireNonNull(rules, "markerRules");
        return this;
    }

    /** See {@link ProvenanceCommand#toleratesMissingBase(boolean)}. */
    public BomCommand toleratesMissingBase(final boolean tolerate) {
        this.toleratesMissingBase = tolerate;
        return this;
    }

    /** Provenance an earlier step computed; otherwise it is computed. */
    public BomCommand provenance(final ProvenanceResult result) {
        this.provenance = result;
        return this;
    }

    /** The gates' result of the same build, or {@code null}. */
    public BomCommand gates(final GatesResult result) {
        this.gates = result;
        return this;
    }

    /** An approval or rejection of the build. */
    public BomCommand approval(final Approval approval) {
        approvals.add(Objects.requireNonNull(approval, "approval"));
        return this;
    }

    /** The project's name, version and VCS URL ({@code null}s: the folder name, the head's short id, none). */
    public BomCommand project(final String name, final String version, final String vcs) {
        this.projectName = name;
        this.projectVersion = version;
        this.vcsUrl = vcs;
        return this;
    }

    /** The Jenkins build URL, when run in Jenkins. */
    public BomCommand buildUrl(final String url) {
        this.buildUrl = url;
        return this;
    }

    /** The CI context. */
    public BomCommand context(final BuildContext value) {
        this.context = value;
        return this;
    }

    /** The BOM's timestamp; default the head commit's time, so the same head gives the same BOM. */
    public BomCommand timestamp(final Instant value) {
        this.timestamp = value;
        return this;
    }

    /** The version of this product, for the BOM's tools. */
    public BomCommand toolVersion(final String version) {
        this.toolVersion = Objects.requireNonNull(version, "toolVersion");
        return this;
    }

    /** What could not be read while collecting (filled by {@link #call()}). */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Collects what is missing and builds the BOM. */
    public AiBom call() throws GovernanceException {
        if (repository == null) {
            throw new GovernanceException("no repository given", true);
        }
        ProvenanceResult range = provenance != null ? provenance
                : AiGovernance.provenance().repository(repository).base(base).head(head).maxCommits(maxCommits)
                        .markerRules(markerRules).toleratesMissingBase(toleratesMissingBase).call().result();
        String headId = range.range().headId();
        AiBomBuilder builder = new AiBomBuilder()
                .project(projectName != null ? projectName : folderName(), projectVersion != null ? projectVersion
                        : headId.substring(0, 12), vcsUrl, headId)
                .tool("AI Code Governance", toolVersion)
                .provenance(range)
                .dependencies(DependencyInventory.atCommit(repository, headId, problems))
                .timestamp(timestamp != null ? timestamp : headTime(range))
                .buildUrl(buildUrl)
                .context(context);
        if (gates != null) {
            builder.gates(gateResults(gates));
        }
        approvals.forEach(builder::approval);
        return builder.build();
    }

    private String folderName() {
        Path name = repository.toAbsolutePath().normalize().getFileName();
        String text = name == null ? "repository" : name.toString();
        return text.endsWith(".git") && text.length() > 4 ? text.substring(0, text.length() - 4) : text;
    }

    private static Instant headTime(final ProvenanceResult range) {
        String headId = range.range().headId();
        return range.commits().stream().filter(commit -> commit.id().equals(headId))
                .map(CommitProvenance::commitTime).findFirst().map(Instant::ofEpochSecond)
                .orElse(Instant.EPOCH);
    }

    /** The BOM's view of a gates run: which gates, the findings, the decision. */
    static GateResults gateResults(final GatesResult result) {
        TreeSet<String> gateIds = new TreeSet<>();
        for (Finding finding : result.findings()) {
            gateIds.add(finding.gateId());
        }
        return new GateResults(List.copyOf(gateIds), result.findings(), result.decision().outcome().name(),
                result.decision().tier(), result.decision().tier() == null ? null : result.decision().score(),
                result.decision().explanation());
    }
}
