import ClaimRules

/// A decision, with its reason, that a finding is not to be reported: either one finding
/// (by fingerprint) or everything a claim takes part in ("source#claim"), for instance a
/// known translation error that the outlet corrected. The reason is mandatory because the
/// next editor must be able to judge whether it still holds.
public struct Suppression: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        case finding(fingerprint: String)
        /// The claim's stable id, `source#claim`.
        case claim(String)
    }

    public var target: Target
    public var reason: String
    /// Where the suppression is written, so a stale one can be found and removed.
    public var file: String
    public var line: Int

    public init(target: Target, reason: String, file: String = "", line: Int = 0) {
        self.target = target
        self.reason = reason
        self.file = file
        self.line = line
    }

    /// `finding 1157ff929281af5c` or `claim slovene-outlet-2025-09-04#macron-20-ready`
    public var targetDescription: String {
        switch target {
        case .finding(let fingerprint): return "finding \(fingerprint)"
        case .claim(let id): return "claim \(id)"
        }
    }

    public var location: String { file.isEmpty ? "" : "\(file):\(line)" }
}

/// A finding a suppression took out of the report's failures.
public struct SuppressedFinding: Sendable, Equatable {
    public var finding: Finding
    public var suppression: Suppression

    public init(finding: Finding, suppression: Suppression) {
        self.finding = finding
        self.suppression = suppression
    }
}
