import ClaimModel
import ClaimRules

/// The machine contract that `diff` and other tools read:
/// `{"format": "claimcheck-report", "version": 2, "summary": {...}, "claims": {...}, "findings": [...]}`.
///
/// Version 2 lists each claim once, in a top-level `claims` object keyed by the claim's
/// stable id ("source#claim"), and a finding's `claims` is an array of those ids. In version 1
/// every finding carried a full copy of each of its claims, so a claim in seven findings was
/// written seven times, and a report grew with findings times claims per finding. The
/// fingerprint is the same in both versions (rule and claim ids), so baselines carry over.
/// Version 1 is still written on request (`JSONReporter(version: 1)`) and read by `diff`.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "the machine-readable report that diff and --baseline read"
    public static let formatName = "claimcheck-report"
    /// The version written by default.
    public static let formatVersion = 2
    /// The versions `diff` reads.
    public static let readableVersions = 1...2

    public let version: Int

    public init(version: Int = JSONReporter.formatVersion) {
        self.version = version
    }

    public func generateReport(_ report: Report) -> String {
        JSONWriter.write(document(report))
    }

    public func document(_ report: Report) -> JSONValue {
        let summary = report.summary
        var summaryMembers: [(String, JSONValue)] = [
            ("claims", .number(summary.claims)),
            ("sources", .number(summary.sources)),
            ("findings", .number(summary.findings)),
            ("errors", .number(summary.errors)),
            ("warnings", .number(summary.warnings)),
            ("info", .number(summary.notes)),
            ("failing", .number(summary.failing)),
        ]
        // Keys for suppressions and the baseline appear only when they are in play, so the
        // plain report stays exactly the core contract.
        let hasSuppressions = !report.suppressed.isEmpty || !report.unusedSuppressions.isEmpty
        if hasSuppressions { summaryMembers.append(("suppressed", .number(summary.suppressed))) }
        if report.baseline != nil {
            summaryMembers.append(("accepted", .number(summary.accepted)))
            summaryMembers.append(("resolved", .number(summary.resolved)))
        }
        var members: [(String, JSONValue)] = [
            ("format", .string(Self.formatName)),
            ("version", .number(version)),
            ("summary", .object(summaryMembers)),
        ]
        if version >= 2 { members.append(("claims", claimTable(report))) }
        members.append(("findings", .array(report.findings.map { finding(for: $0, in: report) })))
        if hasSuppressions {
            members.append(("suppressed", .array(report.suppressed.map { item in
                var object = finding(for: item.finding, in: report).objectMembers!.map { ($0.key, $0.value) }
                object.append(("suppression", suppression(item.suppression)))
                return .object(object)
            })))
            members.append(("unusedSuppressions", .array(report.unusedSuppressions.map(suppression))))
        }
        if let baseline = report.baseline {
            members.append(("baseline", .object([
                ("file", .string(baseline.file)),
                ("accepted", .number(baseline.accepted.count)),
                ("resolved", .array(baseline.resolved.map { entry in
                    .object([("fingerprint", .string(entry.fingerprint)), ("rule", .string(entry.rule)),
                             ("count", .number(entry.count)), ("message", .string(entry.message))])
                })),
            ])))
        }
        return .object(members)
    }

    func suppression(_ suppression: Suppression) -> JSONValue {
        let target: (String, JSONValue)
        switch suppression.target {
        case .finding(let fingerprint): target = ("fingerprint", .string(fingerprint))
        case .claim(let id): target = ("claim", .string(id))
        }
        return .object([target, ("reason", .string(suppression.reason)),
                        ("file", .string(suppression.file)), ("line", .number(suppression.line))])
    }

    func finding(for finding: Finding, in report: Report) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(finding.ruleID)),
            ("severity", .string(finding.severity.rawValue)),
            ("fingerprint", .string(finding.fingerprint)),
            ("message", .string(finding.message)),
            ("subject", .string(finding.key.subject)),
            ("attribute", .string(finding.key.attribute)),
            ("event", .string(finding.key.event)),
            ("claims", .array(finding.claims.map { claim in
                version >= 2 ? .string(claim.stableID) : .object(Self.claimMembers(claim))
            })),
        ]
        // Figures a later report replaced (an update's earlier tolls), by stable id; present
        // only on findings that supersede something, so other findings keep their shape.
        if !finding.superseded.isEmpty { members.append(("superseded", .array(finding.superseded.map { .string($0) }))) }
        return .object(members)
    }

    /// Version 2's table: every claim a finding (reported or suppressed) names, once, by
    /// stable id in id order.
    func claimTable(_ report: Report) -> JSONValue {
        var claims: [String: Claim] = [:]
        for finding in report.findings + report.suppressed.map(\.finding) {
            for claim in finding.claims where claims[claim.stableID] == nil { claims[claim.stableID] = claim }
        }
        return .object(claims.keys.sorted().map { id in
            let claim = claims[id]!
            // The article's own words (`quote`, null when the article is not at hand) and the
            // statement labelled for what it is: a curator's paraphrase or a generated line.
            return (id, .object(Self.claimMembers(claim) + EvidenceQuote.jsonMembers(for: claim, in: report)))
        })
    }

    /// A claim as both versions describe it: which, who, what and where.
    static func claimMembers(_ claim: Claim) -> [(String, JSONValue)] {
        [
            ("id", .string(claim.id)),
            ("source", .string(claim.sourceID)),
            ("speaker", .string(claim.speaker.id)),
            ("value", claim.value.json),
            ("modality", .string(claim.modality.rawValue)),
            ("evidence", .object([("file", .string(claim.evidence.file)), ("line", .number(claim.evidence.line))])),
        ]
    }
}
