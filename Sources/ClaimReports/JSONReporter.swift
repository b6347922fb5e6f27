import ClaimModel
import ClaimRules

/// The machine contract that `diff`, `--baseline` and other tools read:
/// `{"format": "claimcheck-report", "version": 1, "summary": {...}, "findings": [...]}`.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "the machine-readable report that diff and --baseline read"
    public static let formatName = "claimcheck-report"
    public static let formatVersion = 1

    public init() {}

    public func generateReport(_ report: Report) -> String {
        JSONWriter.write(document(report))
    }

    public func document(_ report: Report) -> JSONValue {
        let summary = report.summary
        return .object([
            ("format", .string(Self.formatName)),
            ("version", .number(Self.formatVersion)),
            ("summary", .object([
                ("claims", .number(summary.claims)),
                ("sources", .number(summary.sources)),
                ("findings", .number(summary.findings)),
                ("errors", .number(summary.errors)),
                ("warnings", .number(summary.warnings)),
                ("info", .number(summary.notes)),
                ("failing", .number(summary.failing)),
            ])),
            ("findings", .array(report.findings.map { finding(for: $0, in: report) })),
        ])
    }

    func finding(for finding: Finding, in report: Report) -> JSONValue {
        .object([
            ("rule", .string(finding.ruleID)),
            ("severity", .string(finding.severity.rawValue)),
            ("fingerprint", .string(finding.fingerprint)),
            ("message", .string(finding.message)),
            ("subject", .string(finding.key.subject)),
            ("attribute", .string(finding.key.attribute)),
            ("event", .string(finding.key.event)),
            ("claims", .array(finding.claims.map { claim in
                .object([
                    ("id", .string(claim.id)),
                    ("source", .string(claim.sourceID)),
                    ("speaker", .string(claim.speaker.id)),
                    ("value", claim.value.json),
                    ("modality", .string(claim.modality.rawValue)),
                    ("evidence", .object([("file", .string(claim.evidence.file)), ("line", .number(claim.evidence.line))])),
                ])
            })),
        ])
    }
}
