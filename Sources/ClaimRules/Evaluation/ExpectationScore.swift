import ClaimModel

/// How the findings of a check measure up to a corpus's expectations.
///
/// A finding answers an expectation when it is about the same subject, attribute and event
/// (units are not compared: the corpus writer names what the finding is about, not how the
/// figure was counted) and, when the expectation names articles, involves every one of them.
/// Extracted claims carry ids of their own for new events and entities; `mapID` turns them
/// into the gold ids they were aligned with before anything is compared.
public struct ExpectationScore: Sendable {
    public struct Outcome: Sendable {
        public var expectation: ExpectedFinding
        public var met: Bool
        /// The findings on the expectation's key that decided it.
        public var findings: [Finding]
    }

    public private(set) var outcomes: [Outcome] = []
    /// Errors and warnings that answer no expectation at all.
    public private(set) var unexpected: [Finding] = []

    public init(expectations: [ExpectedFinding], findings: [Finding], mapID: (String) -> String = { $0 }) {
        let mapped = findings.map { MappedFinding(finding: $0, mapID: mapID) }
        // A planted contradiction can share its key and articles with a trap, an update or a
        // dispute (the police contradicting themselves in the article where organisers dispute
        // them): its finding is explained by the contradiction and does not count against them.
        let planted = Set(expectations.filter { $0.kind == .contradiction }.flatMap { expectation in
            mapped.indices.filter { mapped[$0].answers(expectation) && mapped[$0].finding.severity != .info }
        })
        var answered = Set<Int>()
        for expectation in expectations {
            let matching = mapped.indices.filter { mapped[$0].answers(expectation) }
            answered.formUnion(matching)
            let judged = expectation.kind == .contradiction ? matching : matching.filter { !planted.contains($0) }
            let found = judged.map { mapped[$0].finding }
            outcomes.append(Outcome(expectation: expectation, met: Self.isMet(expectation, by: found), findings: found))
        }
        unexpected = mapped.indices.filter { !answered.contains($0) && mapped[$0].finding.severity != .info }
            .map { mapped[$0].finding }
    }

    static func isMet(_ expectation: ExpectedFinding, by findings: [Finding]) -> Bool {
        let failing = findings.filter { $0.severity != .info }
        switch expectation.kind {
        case .contradiction: return !failing.isEmpty
        case .trap: return failing.isEmpty
        case .update, .disputed:
            return failing.isEmpty && findings.contains { $0.ruleID == expectation.noteRule }
        }
    }

    public func outcomes(_ kind: ExpectedFinding.Kind) -> [Outcome] { outcomes.filter { $0.expectation.kind == kind } }

    /// Met expectations of a kind over all of that kind; 1 when there are none.
    public func rate(_ kind: ExpectedFinding.Kind) -> Double {
        let all = outcomes(kind)
        return all.isEmpty ? 1 : Double(all.filter(\.met).count) / Double(all.count)
    }

    /// Contradictions flagged by the very rule the corpus writer named.
    public var contradictionsByNamedRule: Int {
        outcomes(.contradiction).filter { outcome in
            outcome.expectation.rule.map { rule in
                outcome.findings.contains { $0.ruleID == rule && $0.severity != .info }
            }
                ?? outcome.met
        }.count
    }
}

/// A finding with its key and articles in gold ids, computed once.
private struct MappedFinding {
    let finding: Finding
    let subject: String
    let event: String?
    let articles: Set<String>

    init(finding: Finding, mapID: (String) -> String) {
        self.finding = finding
        subject = mapID(finding.key.subject)
        event = finding.key.event.map(mapID)
        var articles = Set<String>()
        for claim in finding.claims {
            articles.insert(claim.sourceID)
            articles.insert(Self.stem(of: claim.evidence.file))
        }
        self.articles = articles
    }

    func answers(_ expectation: ExpectedFinding) -> Bool {
        subject == expectation.subject && finding.key.attribute == expectation.attribute
            && (event == expectation.event || finding.key.event == nil)
            && expectation.articles.allSatisfy(articles.contains)
    }

    /// "ferry-day-two.txt" → "ferry-day-two": an expectation may name articles by file.
    static func stem(of file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}
