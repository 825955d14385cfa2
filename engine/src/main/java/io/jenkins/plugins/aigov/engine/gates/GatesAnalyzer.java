package io.jenkins.plugins.aigov.engine.gates;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.revwalk.RevCommit;

import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageLookup;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageQuery;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryClient;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryStats;
import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceCommand;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.provenance.RangeInfo;
import io.jenkins.plugins.aigov.engine.risk.RiskAssessment;
import io.jenkins.plugins.aigov.engine.risk.RiskInput;
import io.jenkins.plugins.aigov.engine.risk.RiskModel;
import io.jenkins.plugins.aigov.engine.scan.SuppressionFile;

/**
 * Runs one gates analysis: provenance of the range (given or computed), the dependencies to check read from git,
 * one registry look-up for all of them and for the undeclared imports of changed source files, the four dependency
 * gates, line facts, and the decision.
 */
final class GatesAnalyzer {
    private final GatesCommand.Options options;
    private final Clock clock;

    GatesAnalyzer(final GatesCommand.Options options) {
        this(options, Clock.systemUTC());
    }

    /** An analyzer whose age thresholds count from {@code clock} (tests). */
    GatesAnalyzer(final GatesCommand.Options options, final Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    GatesReport analyze() throws GovernanceException {
        ProvenanceResult provenance = options.provenance() != null ? options.provenance() : provenance();
        try (GitTrees git = GitTrees.open(options.repository())) {
            return analyze(git, provenance);
        }
        catch (IOException e) {
            throw new GovernanceException("cannot read the git repository in " + options.repository() + ": "
                    + e.getMessage(), e);
        }
    }

    private ProvenanceResult provenance() throws GovernanceException {
        return new ProvenanceCommand().repository(options.repository()).base(options.base()).head(options.head())
                .maxCommits(options.maxCommits()).markerRules(options.markerRules())
                .toleratesMissingBase(options.toleratesMissingBase()).call().result();
    }

    private GatesReport analyze(final GitTrees git, final ProvenanceResult provenance) throws IOException {
        GatePolicy policy = options.policy();
        RangeInfo range = provenance.range();
        List<Problem> problems = new ArrayList<>();
        RevCommit head = git.commit(range.headId());
        RevCommit base = range.baseId() == null ? null : git.commit(range.baseId());
        if (base == null && options.base() != null) {
            problems.add(new Problem("base " + options.base(), "not found; every manifest at head was checked"));
        }
        boolean whole = policy.scope() == Scope.ALL || base == null;
        ManifestSnapshots.Collected collected = whole ? ManifestSnapshots.all(git, base, head, problems)
                : ManifestSnapshots.changed(git, base, head, problems);
        SourceFiles sources = SourceFiles.read(git, base, head, whole, collected, problems);

        FindingFactory factory = new FindingFactory(policy);
        ImportGate imports = new ImportGate(factory, sources.texts(), sources.declared(), sources.localModules());
        List<DependencyCheck> checks = new ArrayList<>();
        RegistryStats[] stats = new RegistryStats[1];
        Map<PackageQuery, PackageLookup> answers = lookUp(collected, imports, checks, stats);

        List<PackageName> project = collected.atHead().stream()
                .map(d -> PackageName.of(d.ecosystem(), d.name())).toList();
        List<Finding> findings = new ArrayList<>(new DependencyGates(factory, project, policy, clock).check(checks));
        findings.addAll(imports.findings(answers));
        SuppressionFile suppressions = SecurityScan.suppressions(git, head, problems);
        findings.addAll(SecurityScan.run(git, base, head, whole, policy, suppressions, problems));
        if (options.externalSarif() != null) {
            findings.addAll(ExternalSarif.read(options.repository(), options.externalSarif(), git, head,
                    suppressions, problems));
        }
        boolean partial = !problems.isEmpty() || provenance.range().capped();
        LineFacts facts = new LineFacts(git, base, head, provenance, problems);
        List<Finding> ordered = Findings.sorted(Findings.deduplicated(findings).stream().map(facts::apply).toList());

        List<String> unverified = Unverified.lines(checks, answers, imports.queries());
        long added = checks.stream().filter(check -> "added".equals(check.change())).count();
        RiskAssessment risk = RiskModel.assess(RiskInput.of(provenance, ordered, (int) added, unverified,
                options.riskPolicy()));
        Decision decision = DecisionMaker.combine(DecisionMaker.decide(policy, ordered, unverified), risk);
        GatesResult result = new GatesResult(GatesResult.SCHEMA_VERSION, range, policy, checks, ordered, decision,
                problems, partial);
        return new GatesReport(result, GatesLog.lines(result, options.policyLog(), unverified, stats[0]));
    }

    /** Builds the checks and asks the registries once, for the dependencies and the imports together. */
    private Map<PackageQuery, PackageLookup> lookUp(final ManifestSnapshots.Collected collected,
            final ImportGate imports, final List<DependencyCheck> checks, final RegistryStats[] stats) {
        List<PackageQuery> perCheck = new ArrayList<>();
        LinkedHashSet<PackageQuery> queries = new LinkedHashSet<>();
        for (ManifestSnapshots.Candidate candidate : collected.checks()) {
            PackageQuery query = candidate.dependency().registry()
                    ? PackageQuery.of(candidate.dependency().ecosystem(), candidate.dependency().name(),
                            VersionPin.exact(candidate.dependency().ecosystem(), candidate.dependency().version()))
                    : null;
            perCheck.add(query);
            if (query != null) {
                queries.add(query);
            }
        }
        queries.addAll(imports.queries());
        Map<PackageQuery, PackageLookup> answers = new LinkedHashMap<>();
        if (!queries.isEmpty()) {
            try (RegistryClient client = RegistryClient.create(options.registries())) {
                List<PackageQuery> asked = List.copyOf(queries);
                List<PackageLookup> lookups = client.lookup(asked);
                for (int i = 0; i < asked.size(); i++) {
                    answers.put(asked.get(i), lookups.get(i));
                }
                stats[0] = client.stats();
            }
        }
        for (int i = 0; i < collected.checks().size(); i++) {
            ManifestSnapshots.Candidate candidate = collected.checks().get(i);
            PackageQuery query = perCheck.get(i);
            checks.add(new DependencyCheck(candidate.dependency(), candidate.change(),
                    query == null ? null : answers.get(query)));
        }
        return answers;
    }
}
