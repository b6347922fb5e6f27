import ClaimModel
import ClaimRules

/// A finding as a JSON report recorded it: what `diff` compares. It keeps the finding's
/// JSON as read, so a diff can pass it on without losing fields it does not know.
public struct ReportedFinding: Sendable, Equatable {
    public var rule: String
    public var severity: Severity
    public var fingerprint: String
    public var message: String
    public var claims: [ReportedClaim]
    public var json: JSONValue

    public init(rule: String, severity: Severity, fingerprint: String, message: String, claims: [ReportedClaim],
                json: JSONValue) {
        self.rule = rule
        self.severity = severity
        self.fingerprint = fingerprint
        self.message = message
        self.claims = claims
        self.json = json
    }
}

/// One claim of a reported finding: enough to say which and where.
public struct ReportedClaim: Sendable, Equatable {
    public var id: String
    public var source: String
    public var speaker: String
    /// The value as the report wrote it, in compact JSON: `26`, `{"min":25,"max":null}`.
    public var value: String
    public var modality: String
    public var file: String
    public var line: Int

    public var stableID: String { "\(source)#\(id)" }
}
