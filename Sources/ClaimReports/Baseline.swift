import ClaimModel
import ClaimRules

/// The findings a project has accepted, so CI fails only on new ones. Entries are keyed by
/// fingerprint (rule id plus stable claim ids) and counted: moving or rewording a claim keeps
/// an entry matched, and a second finding with an accepted fingerprint is still new.
public struct Baseline: Sendable, Equatable {
    public static let formatName = "claimcheck-baseline"
    public static let formatVersion = 1

    public struct Entry: Sendable, Equatable {
        public var fingerprint: String
        public var rule: String
        public var count: Int
        /// Stable ids of the claims, for the person reviewing the baseline; not used to match.
        public var claims: [String]
        /// The finding's message when it was accepted; for people, never for matching.
        public var message: String

        public init(fingerprint: String, rule: String, count: Int, claims: [String], message: String) {
            self.fingerprint = fingerprint
            self.rule = rule
            self.count = count
            self.claims = claims
            self.message = message
        }
    }

    /// Sorted by rule, then fingerprint, so rewriting the same findings gives the same bytes.
    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries.sorted { ($0.rule, $0.fingerprint) < ($1.rule, $1.fingerprint) }
    }

    public init(findings: [Finding]) {
        var byFingerprint: [String: Entry] = [:]
        for finding in findings {
            if byFingerprint[finding.fingerprint] != nil {
                byFingerprint[finding.fingerprint]!.count += 1
            } else {
                byFingerprint[finding.fingerprint] = Entry(
                    fingerprint: finding.fingerprint, rule: finding.ruleID, count: 1,
                    claims: finding.claims.map(\.stableID).sorted(), message: finding.message)
            }
        }
        self.init(entries: Array(byFingerprint.values))
    }

    /// Splits findings into those the baseline accepts and new ones, as multisets: an entry
    /// with count 2 accepts the first two findings with its fingerprint, in report order.
    /// Entries left over are resolved.
    public func compare(_ findings: [Finding], file: String) -> (new: [Finding], outcome: BaselineOutcome) {
        var remaining = Dictionary(entries.map { ($0.fingerprint, $0.count) }, uniquingKeysWith: +)
        var new: [Finding] = []
        var accepted: [Finding] = []
        for finding in findings {
            if let count = remaining[finding.fingerprint], count > 0 {
                remaining[finding.fingerprint] = count - 1
                accepted.append(finding)
            } else {
                new.append(finding)
            }
        }
        let resolved = entries.compactMap { entry -> Entry? in
            guard let left = remaining[entry.fingerprint], left > 0 else { return nil }
            remaining[entry.fingerprint] = 0
            var resolvedEntry = entry
            resolvedEntry.count = left
            return resolvedEntry
        }
        return (new, BaselineOutcome(file: file, accepted: accepted, resolved: resolved))
    }
}

/// What a check against a baseline found: the findings it accepted (not reported) and the
/// entries that no longer match anything (reported as resolved).
public struct BaselineOutcome: Sendable {
    public var file: String
    public var accepted: [Finding]
    /// Each with the number of its occurrences that went away.
    public var resolved: [Baseline.Entry]

    public init(file: String, accepted: [Finding], resolved: [Baseline.Entry]) {
        self.file = file
        self.accepted = accepted
        self.resolved = resolved
    }
}
