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
        String(decoding: generateReportBytes(report), as: UTF8.self)
    }

    /// The report's text as UTF-8, without the copies a `String` of it costs (three of the
    /// report's size at once, at 1M claims the largest part of the peak memory of a check).
    public func generateReportBytes(_ report: Report) -> [UInt8] {
        JSONWriter.bytes(ofObject: documentParts(report))
    }

    public func document(_ report: Report) -> JSONValue {
        .object(documentParts(report).map { ($0.0, $0.1.value) })
    }

    /// The document's members; the claims and findings are made as they are written.
    func documentParts(_ report: Report) -> [(String, JSONDocumentPart)] {
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
        var members: [(String, JSONDocumentPart)] = [
            ("format", .value(.string(Self.formatName))),
            ("version", .value(.number(version))),
            ("summary", .value(.object(summaryMembers))),
        ]
        let listed = version >= 2 ? ListedClaims(report) : nil
        if let listed { members.append(("claims", claimTable(report, listed))) }
        let findings = report.findings
        members.append(("findings", .array(count: findings.count) { index in
            finding(for: findings[index], in: report, ids: listed?.ids(ofFinding: index, suppressed: false))
        }))
        if hasSuppressions {
            members.append(("suppressed", .value(.array(report.suppressed.indices.map { index in
                let item = report.suppressed[index]
                var object = finding(for: item.finding, in: report,
                                     ids: listed?.ids(ofFinding: index, suppressed: true))
                    .objectMembers!.map { ($0.key, $0.value) }
                object.append(("suppression", suppression(item.suppression)))
                return .object(object)
            }))))
            members.append(("unusedSuppressions", .value(.array(report.unusedSuppressions.map(suppression)))))
        }
        if let baseline = report.baseline {
            members.append(("baseline", .value(.object([
                ("file", .string(baseline.file)),
                ("accepted", .number(baseline.accepted.count)),
                ("resolved", .array(baseline.resolved.map { entry in
                    .object([("fingerprint", .string(entry.fingerprint)), ("rule", .string(entry.rule)),
                             ("count", .number(entry.count)), ("message", .string(entry.message))])
                })),
            ]))))
        }
        return members
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

    /// `ids`: the stable ids of the finding's claims (`ListedClaims`), for version 2.
    func finding(for finding: Finding, in report: Report, ids: [String]? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(finding.ruleID)),
            ("severity", .string(finding.severity.rawValue)),
            ("fingerprint", .string(finding.fingerprint)),
            ("message", .string(finding.message)),
            ("subject", .string(finding.key.subject)),
            ("attribute", .string(finding.key.attribute)),
            ("event", .string(finding.key.event)),
            // By index, the stable id from the two stored fields read in place: mapping over
            // the claims, or asking each for `stableID`, copied each (a dozen reference-counted
            // fields) to read its id.
            ("claims", .array(ids.map { $0.map(JSONValue.string) } ?? finding.claims.indices.map { index in
                version >= 2 ? .string(finding.claims[index].sourceID + "#" + finding.claims[index].id)
                    : .object(Self.claimMembers(finding.claims[index]))
            })),
        ]
        // Figures a later report replaced (an update's earlier tolls), by stable id; present
        // only on findings that supersede something, so other findings keep their shape.
        if !finding.superseded.isEmpty {
            members.append(("superseded", .array(finding.superseded.map { .string($0) })))
        }
        return .object(members)
    }

    /// Version 2's table: every claim a finding (reported or suppressed) names, once, by
    /// stable id in id order (`ListedClaims`).
    func claimTable(_ report: Report, _ listed: ListedClaims) -> JSONDocumentPart {
        // Each claim is found by (finding, position): a dictionary of claims copied a dozen
        // strings per claim, and grew one resize at a time.
        let suppressed = report.suppressed.map(\.finding)
        let findings = report.findings
        return .object(count: listed.order.count) { rank in
            let position = listed.order[rank], place = listed.places[position]
            // The article's own words (`quote`, null when the article is not at hand) and the
            // statement labelled for what it is: a curator's paraphrase or a generated line.
            let claim = (place.suppressed ? suppressed : findings)[place.finding].claims[place.claim]
            let members = Self.claimMembers(claim) + EvidenceQuote.jsonMembers(for: claim, in: report)
            return (listed.ids[position], .object(members))
        }
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
