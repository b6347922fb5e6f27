import ClaimModel
import ClaimRules

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Every rule is listed in
/// `tool.driver.rules`; each finding is a result whose primary location is its first claim
/// and whose related locations are the claims it conflicts with, each linked from the message
/// (`[text](id)`: GitHub shows related locations only when the message links them).
/// `partialFingerprints.primaryLocationLineHash` (the only key GitHub reads) is derived from the
/// finding's fingerprint, so an alert follows its claims, not the article's lines; each rule's
/// `helpUri` is its section of the README, when the run knows where the README is published.
/// Suppressed findings are results with a `suppressions` entry; stale baseline entries and
/// suppressions are tool notifications, not results, so they never become alerts.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let summary = "SARIF 2.1.0 for GitHub code scanning"
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let fingerprintKey = "claimcheckFingerprint/v1"
    /// The published README the rules' `helpUri` point into, at the rule's heading
    /// (`#count-mismatch`). Nil leaves `helpUri` out: a link to a guessed address would be a
    /// link that may not exist, and the rule's help text is in the log anyway.
    public let readme: String?
    /// Related locations linked from a message at most; the rest are counted in it.
    public static let linkedLocations = 10

    public init(readme: String? = nil) { self.readme = readme }

    public func generateReport(_ report: Report) -> String {
        let rules = RuleRegistry.all.map(\.description)
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
        var occurrences: [String: Int] = [:]
        func occurrence(_ finding: Finding) -> Int {
            occurrences[finding.fingerprint, default: 0] += 1
            return occurrences[finding.fingerprint]!
        }
        var results = report.findings.map {
            result(for: $0, in: report, ruleIndex: ruleIndex, occurrence: occurrence($0))
        }
        for item in report.suppressed {
            let result = result(for: item.finding, in: report, ruleIndex: ruleIndex,
                                occurrence: occurrence(item.finding))
            var members = result.objectMembers!.map { ($0.key, $0.value) }
            members.append(("suppressions", .array([.object([
                ("kind", .string("external")),
                ("status", .string("accepted")),
                ("justification", .string(item.suppression.reason)),
            ])])))
            results.append(.object(members))
        }
        var run: [(String, JSONValue)] = [
            ("tool", .object([("driver", .object([
                ("name", .string("claimcheck")),
                ("semanticVersion", .string(report.toolVersion)),
                ("rules", .array(rules.map(rule))),
            ]))])),
        ]
        let notices = notifications(report)
        if !notices.isEmpty {
            run.append(("invocations", .array([.object([
                ("executionSuccessful", .bool(true)),
                ("toolExecutionNotifications", .array(notices)),
            ])])))
        }
        run.append(("columnKind", .string("unicodeCodePoints")))
        run.append(("results", .array(results)))
        return JSONWriter.write(.object([
            ("$schema", .string(Self.schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ]))
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    func rule(_ rule: RuleDescription) -> JSONValue {
        let examples = rule.triggeringExamples.map { "Fires on: \($0.summary)" }
            + rule.nonTriggeringExamples.map { "Stays quiet on: \($0.summary)" }
        let help = ([rule.rationale] + examples).joined(separator: "\n")
        let markdown = ([MarkdownText.escape(rule.rationale), ""]
            + rule.triggeringExamples.map { "- fires: " + MarkdownText.escape($0.summary) }
            + rule.nonTriggeringExamples.map { "- quiet: " + MarkdownText.escape($0.summary) }).joined(separator: "\n")
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("name", .string(rule.name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined())),
            ("shortDescription", .object([("text", .string(Self.messageText(rule.name)))])),
            ("fullDescription", .object([("text", .string(Self.messageText(rule.summary)))])),
            ("help", .object([("text", .string(Self.messageText(help))), ("markdown", .string(markdown))])),
            ("defaultConfiguration", .object([("level", .string(Self.level(rule.defaultSeverity)))])),
            ("properties", .object([("tags", .array([
                .string("claims"), .string(rule.scope == .series ? "series" : "contradiction"),
            ]))])),
        ]
        // After fullDescription, where SARIF viewers expect it.
        if let readme { members.insert(("helpUri", .string(readme + "#" + rule.id)), at: 4) }
        return .object(members)
    }

    /// `occurrence` counts findings with this fingerprint so far (a contradiction repeated in
    /// identical claims has one fingerprint): GitHub keeps one alert per line hash.
    func result(for finding: Finding, in report: Report, ruleIndex: [String: Int], occurrence: Int) -> JSONValue {
        let primary = finding.claims[0]
        let related = finding.claims.dropFirst().enumerated().map { offset, claim in
            JSONValue.object([
                ("id", .number(offset + 1)),
                ("physicalLocation", physicalLocation(claim.evidence, report: report)),
                ("message", .object([("text", .string(Self.messageText(describe(claim, of: finding, in: report))))])),
            ])
        }
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(finding.ruleID)),
            ("ruleIndex", .number(ruleIndex[finding.ruleID] ?? 0)),
            ("level", .string(Self.level(finding.severity))),
            ("message", .object([("text", .string(message(finding, in: report)))])),
            ("locations", .array([.object([
                ("physicalLocation", physicalLocation(primary.evidence, report: report)),
                ("message", .object([("text", .string(Self.messageText(describe(primary, of: finding, in: report))))])),
            ])])),
        ]
        if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
        members.append(("partialFingerprints", .object([
            ("primaryLocationLineHash", .string("\(finding.fingerprint):\(occurrence)")),
            (Self.fingerprintKey, .string(finding.fingerprint)),
        ])))
        if report.baseline != nil { members.append(("baselineState", .string("new"))) }
        members.append(("properties", .object([
            ("claims", .array(finding.claims.map { .string($0.stableID) })),
            ("subject", .string(finding.key.subject)),
            ("attribute", .string(finding.key.attribute)),
            ("event", .string(finding.key.event)),
        ])))
        return .object(members)
    }

    /// The finding's message, then a link to each related location (`[text](id)`), the first
    /// `linkedLocations` of them, so a code-scanning viewer shows where the other sides stand.
    func message(_ finding: Finding, in report: Report) -> String {
        var text = Self.messageText(finding.message)
        let others = finding.claims.dropFirst()
        guard !others.isEmpty else { return text }
        let links = others.prefix(Self.linkedLocations).enumerated().map { offset, claim in
            let facts = ClaimFacts(claim, of: finding, in: report)
            return "[" + Self.messageText("\(facts.value), \(facts.outlet), \(facts.evidence)") + "](\(offset + 1))"
        }
        text += " Other claims: " + links.joined(separator: "; ")
        if others.count > Self.linkedLocations { text += "; and \(others.count - Self.linkedLocations) more" }
        return text + "."
    }

    func physicalLocation(_ evidence: Evidence, report: Report) -> JSONValue {
        .object([
            ("artifactLocation", .object([("uri", .string(Self.uri(report.articles.path(of: evidence))))])),
            ("region", .object([("startLine", .number(max(1, evidence.line)))])),
        ])
    }

    /// "20 countries — Emmanuel Macron, reported speech, asserted — AFP, 4 Sep 2025: “the
    /// article's words” (paraphrase: the curator's words)"
    func describe(_ claim: Claim, of finding: Finding, in report: Report) -> String {
        let facts = ClaimFacts(claim, of: finding, in: report)
        var text = "\(facts.value) — \(facts.voice) — \(facts.outlet), \(facts.date)"
        if let quote = facts.quote { text += ": “\(quote.text)”" }
        if let statement = facts.labelledStatement { text += " (\(statement.label): \(statement.text))" }
        return text
    }

    func notifications(_ report: Report) -> [JSONValue] {
        let level = report.strict ? "error" : "note"
        var notices: [JSONValue] = []
        for notice in StaleNotice.notices(in: report) {
            notices.append(.object([
                ("level", .string(level)),
                ("message", .object([("text", .string(Self.messageText(
                    "\(notice.kind.heading): \(notice.location): \(notice.text)")))])),
            ]))
        }
        return notices
    }

    /// SARIF message text treats `[text](id)` as an embedded link; literal brackets and
    /// backslashes are escaped with a backslash (SARIF 2.1.0, 3.11.6).
    static func messageText(_ text: String) -> String {
        var output = ""
        for character in text {
            if character == "\\" || character == "[" || character == "]" { output.append("\\") }
            output.append(character)
        }
        return output
    }

    /// A relative URI reference: each path segment percent-encoded except unreserved bytes.
    static func uri(_ path: String) -> String {
        var output = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return output
    }
}
