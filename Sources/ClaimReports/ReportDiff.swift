import ClaimRules

/// What changed between two JSON reports, matched by fingerprint as multisets (like the
/// baseline): findings only in the new report are new, only in the old one resolved; a
/// finding in both is unchanged, or severity-changed when a configuration or rule change
/// moved it between error, warning and info.
public struct ReportDiff: Sendable {
    public var new: [ReportedFinding] = []
    public var resolved: [ReportedFinding] = []
    public var unchanged: [ReportedFinding] = []
    public var severityChanged: [(old: ReportedFinding, new: ReportedFinding)] = []

    public init(old: [ReportedFinding], new newFindings: [ReportedFinding]) {
        var waiting: [String: [ReportedFinding]] = [:]
        for finding in old { waiting[finding.fingerprint, default: []].append(finding) }
        var matched: [String: Int] = [:]
        for finding in newFindings {
            let index = matched[finding.fingerprint, default: 0]
            if let candidates = waiting[finding.fingerprint], index < candidates.count {
                matched[finding.fingerprint] = index + 1
                let previous = candidates[index]
                if previous.severity == finding.severity {
                    unchanged.append(finding)
                } else {
                    severityChanged.append((previous, finding))
                }
            } else {
                new.append(finding)
            }
        }
        // The first occurrences of a fingerprint were matched; the rest are resolved, in the
        // old report's order.
        var seen: [String: Int] = [:]
        for finding in old {
            let index = seen[finding.fingerprint, default: 0]
            seen[finding.fingerprint] = index + 1
            if index >= matched[finding.fingerprint, default: 0] { resolved.append(finding) }
        }
    }

    static func fails(_ severity: Severity, strict: Bool) -> Bool {
        severity == .error || (strict && severity == .warning)
    }

    /// New findings that fail, and findings whose new severity fails where the old did not.
    public func failing(strict: Bool) -> [ReportedFinding] {
        new.filter { Self.fails($0.severity, strict: strict) }
            + severityChanged.filter {
                Self.fails($0.new.severity, strict: strict) && !Self.fails($0.old.severity, strict: strict)
            }.map(\.new)
    }
}
