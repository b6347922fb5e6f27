import ClaimModel

/// A place where claims cannot all be true, or (for info) a change worth seeing. The first
/// claim is the primary one; the others are the claims it conflicts with.
public struct Finding: Sendable, Equatable {
    public var ruleID: String
    public var severity: Severity
    /// One sentence in plain words.
    public var message: String
    public var key: ComparisonKey
    public var claims: [Claim]
    public var fingerprint: String
    /// Stable ids of claims a later report replaced (`update`), sorted: every reporter can
    /// mark them, and none of them is a figure to repeat.
    public var superseded: [String]

    public init(ruleID: String, severity: Severity, message: String, key: ComparisonKey, claims: [Claim],
                superseded: [String] = []) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.key = key
        self.claims = claims
        self.fingerprint = Fingerprint.make(ruleID: ruleID, claims: claims)
        self.superseded = superseded.sorted()
    }

    /// Report order: most severe first, then by what the finding is about, then by rule.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.key != rhs.key { return lhs.key < rhs.key }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.fingerprint < rhs.fingerprint
    }
}
