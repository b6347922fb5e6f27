import ClaimModel
import ClaimReports
import ClaimRules

/// From a loaded claim set to a report: configuration (rules, severities, tolerances), the
/// rules, suppressions, then the baseline. The command line stays a thin front end, and
/// tests drive the whole chain without a process.
public struct CheckPipeline: Sendable {
    public var configuration: Configuration
    /// The accepted findings and the file they came from, for `--baseline`.
    public var baseline: (file: String, baseline: Baseline)?
    public var strict: Bool
    public var toolVersion: String
    /// Set for a desk check: the draft's source ids. Only findings involving one of them are
    /// reported; the record's own findings were reported when it was checked.
    public var draftSources: Set<String>?

    public init(configuration: Configuration = Configuration(), baseline: (file: String, baseline: Baseline)? = nil,
                strict: Bool = false, toolVersion: String = "0.0.0") {
        self.configuration = configuration
        self.baseline = baseline
        self.strict = strict
        self.toolVersion = toolVersion
    }

    public struct Outcome: Sendable {
        public var report: Report
        /// Every finding left after suppressions, accepted or not: what `--write-baseline` records.
        public var currentFindings: [Finding]
        /// Desk check: findings on record (not involving the draft) left out of the report.
        public var notShown = 0
    }

    public func run(_ loaded: ClaimSet) throws(InputError) -> Outcome {
        let claimSet = try configuration.applyTolerances(to: loaded)
        let filtered = SuppressionFilter(configuration.suppressions).check(claimSet, with: configuration.engine)
        var findings = filtered.findings
        var suppressed = filtered.suppressed
        var unused = filtered.unused
        var notShown = 0
        if let draftSources {
            // A desk check sees only the draft's part of the record, so it cannot tell whether a
            // suppression or baseline entry elsewhere went stale: that is the full check's job.
            func involvesDraft(_ finding: Finding) -> Bool {
                finding.claims.contains { draftSources.contains($0.sourceID) }
            }
            notShown = findings.count
            findings = findings.filter(involvesDraft).map { Self.draftFirst($0, draftSources) }
            notShown -= findings.count
            suppressed = suppressed.filter { involvesDraft($0.finding) }.map {
                SuppressedFinding(finding: Self.draftFirst($0.finding, draftSources), suppression: $0.suppression)
            }
            unused = []
        }
        let current = findings
        var outcome: BaselineOutcome?
        if let baseline {
            let comparison = baseline.baseline.compare(findings, file: baseline.file)
            findings = comparison.new
            outcome = comparison.outcome
            if draftSources != nil { outcome?.resolved = [] }
        }
        var report = Report(findings: findings, claimSet: claimSet, strict: strict, suppressed: suppressed,
                            unusedSuppressions: unused, baseline: outcome, toolVersion: toolVersion,
                            articles: configuration.articles)
        report.draftSources = draftSources ?? []
        return Outcome(report: report, currentFindings: current, notShown: notShown)
    }

    /// A desk-check finding leads with the draft's claims: its primary location (the SARIF
    /// alert, the annotation, the `▸` row) is the draft's line, which is what the editor can
    /// change. The fingerprint is built from the sorted claim ids, so it does not move.
    static func draftFirst(_ finding: Finding, _ draftSources: Set<String>) -> Finding {
        var finding = finding
        let fromDraft = finding.claims.filter { draftSources.contains($0.sourceID) }
        finding.claims = fromDraft + finding.claims.filter { !draftSources.contains($0.sourceID) }
        return finding
    }
}
