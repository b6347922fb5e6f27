import ClaimModel
import ClaimRules

/// The outcome of a check, as every reporter sees it.
public struct Report: Sendable {
    public var findings: [Finding]
    /// For names, outlets and dates in the human formats.
    public var claimSet: ClaimSet
    /// Under `--strict`, warnings fail too.
    public var strict: Bool
    /// Fingerprints of findings accepted by the baseline; they are reported but do not fail.
    public var acceptedFingerprints: Set<String>

    public init(findings: [Finding], claimSet: ClaimSet, strict: Bool = false, acceptedFingerprints: Set<String> = []) {
        self.findings = findings
        self.claimSet = claimSet
        self.strict = strict
        self.acceptedFingerprints = acceptedFingerprints
    }

    /// Whether a finding makes the check fail: errors always, warnings under `--strict`,
    /// never info, and never a finding the baseline accepted.
    public func isFailing(_ finding: Finding) -> Bool {
        guard !acceptedFingerprints.contains(finding.fingerprint) else { return false }
        switch finding.severity {
        case .error: return true
        case .warning: return strict
        case .info: return false
        }
    }

    public var summary: ReportSummary {
        ReportSummary(
            claims: claimSet.claims.count,
            sources: claimSet.sources.count,
            errors: findings.filter { $0.severity == .error }.count,
            warnings: findings.filter { $0.severity == .warning }.count,
            notes: findings.filter { $0.severity == .info }.count,
            failing: findings.filter(isFailing).count)
    }
}

public struct ReportSummary: Sendable, Equatable {
    public var claims: Int
    public var sources: Int
    public var errors: Int
    public var warnings: Int
    public var notes: Int
    public var failing: Int

    public var findings: Int { errors + warnings + notes }
}

/// One output format. The clock and version are never read inside a reporter, so the same
/// report renders to the same bytes on every machine.
public protocol Reporter: Sendable {
    static var identifier: String { get }
    static var summary: String { get }
    func generateReport(_ report: Report) -> String
}
