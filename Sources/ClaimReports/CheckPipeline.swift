import ClaimModel
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
    }

    public func run(_ loaded: ClaimSet) throws(InputError) -> Outcome {
        let claimSet = try configuration.applyTolerances(to: loaded)
        let filtered = SuppressionFilter(configuration.suppressions).check(claimSet, with: configuration.engine)
        var findings = filtered.findings
        var outcome: BaselineOutcome?
        if let baseline {
            let comparison = baseline.baseline.compare(findings, file: baseline.file)
            findings = comparison.new
            outcome = comparison.outcome
        }
        let report = Report(findings: findings, claimSet: claimSet, strict: strict, suppressed: filtered.suppressed,
                            unusedSuppressions: filtered.unused, baseline: outcome, toolVersion: toolVersion,
                            articles: configuration.articles)
        return Outcome(report: report, currentFindings: filtered.findings)
    }
}
