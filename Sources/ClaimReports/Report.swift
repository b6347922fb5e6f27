import ClaimModel
import ClaimRules

/// The outcome of a check, as every reporter sees it.
public struct Report: Sendable {
    /// The findings to report and judge: not suppressed, not accepted by the baseline.
    public var findings: [Finding]
    /// For names, outlets and dates in the human formats.
    public var claimSet: ClaimSet
    /// Under `--strict`, warnings fail too, and so do stale baseline entries and suppressions.
    public var strict: Bool
    /// Findings a suppression took out, each with its reason; listed apart in every report.
    public var suppressed: [SuppressedFinding]
    /// Suppressions that matched nothing: reported so they do not silently outlive their cause.
    public var unusedSuppressions: [Suppression]
    /// What `--baseline` accepted and what it no longer finds; nil without a baseline.
    public var baseline: BaselineOutcome?
    /// Injected, never read from the build, so reports are byte-for-byte testable.
    public var toolVersion: String
    /// Where evidence files live in the repository, for the formats that link to them.
    public var articles: ArticleLocations

    public init(findings: [Finding], claimSet: ClaimSet, strict: Bool = false,
                suppressed: [SuppressedFinding] = [], unusedSuppressions: [Suppression] = [],
                baseline: BaselineOutcome? = nil, toolVersion: String = "0.0.0",
                articles: ArticleLocations = ArticleLocations()) {
        self.findings = findings
        self.claimSet = claimSet
        self.strict = strict
        self.suppressed = suppressed
        self.unusedSuppressions = unusedSuppressions
        self.baseline = baseline
        self.toolVersion = toolVersion
        self.articles = articles
    }

    /// Whether a finding makes the check fail: errors always, warnings under `--strict`,
    /// never info. Accepted and suppressed findings are not in `findings` at all.
    public func isFailing(_ finding: Finding) -> Bool {
        switch finding.severity {
        case .error: return true
        case .warning: return strict
        case .info: return false
        }
    }

    /// Baseline entries nothing matches any more, and suppressions that suppress nothing:
    /// bookkeeping that has gone stale. A notice normally, a failure under `--strict`.
    public var staleEntries: Int { (baseline?.resolved.reduce(0) { $0 + $1.count } ?? 0) + unusedSuppressions.count }

    /// Whether the check as a whole fails (exit 1).
    public var fails: Bool { summary.failing > 0 || (strict && staleEntries > 0) }

    public var summary: ReportSummary {
        ReportSummary(
            claims: claimSet.claimCount,
            sources: claimSet.sources.count,
            errors: findings.filter { $0.severity == .error }.count,
            warnings: findings.filter { $0.severity == .warning }.count,
            notes: findings.filter { $0.severity == .info }.count,
            failing: findings.filter(isFailing).count,
            suppressed: suppressed.count,
            accepted: baseline?.accepted.count ?? 0,
            resolved: baseline?.resolved.reduce(0) { $0 + $1.count } ?? 0)
    }
}

public struct ReportSummary: Sendable, Equatable {
    public var claims: Int
    public var sources: Int
    public var errors: Int
    public var warnings: Int
    public var notes: Int
    public var failing: Int
    public var suppressed: Int = 0
    /// Findings the baseline accepted.
    public var accepted: Int = 0
    /// Baseline entries no finding matches any more.
    public var resolved: Int = 0

    public var findings: Int { errors + warnings + notes }

    /// "2 errors, 3 warnings, 1 note; 2 failing", for progress lines on standard error.
    public var sentence: String {
        let count = TextReporter.count
        return [count(errors, "error", "errors"), count(warnings, "warning", "warnings"), count(notes, "note", "notes")]
            .joined(separator: ", ") + "; \(failing) failing"
    }
}

/// One output format. The clock and version are never read inside a reporter, so the same
/// report renders to the same bytes on every machine.
public protocol Reporter: Sendable {
    static var identifier: String { get }
    static var summary: String { get }
    func generateReport(_ report: Report) -> String
}
