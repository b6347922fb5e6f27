import ClaimModel

/// What a fact-checker expects the rules to say about one comparison key of an evaluation
/// corpus (`expected.json`, see Tests/NewsCorpus/SPEC.md). Expectations are written by the
/// people who wrote the articles, so they measure the rules, not describe them.
public struct ExpectedFinding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A real contradiction: must come out as an error or a warning.
        case contradiction
        /// An explained difference: must not be an error or a warning.
        case trap
        /// A figure that evolved: must be an `update` note, never an error.
        case update
        /// Estimates from speakers on different sides: a `disputed-estimate` note, never an error.
        case disputed
    }

    public var kind: Kind
    /// The rule expected to flag a contradiction; other kinds name their rule by kind.
    public var rule: String?
    public var subject: String
    public var attribute: String
    public var event: String?
    /// Source ids (or article file names without extension) that the finding must involve.
    /// Empty: any finding on the key counts.
    public var articles: [String]
    public var why: String
    /// Where the expectation stands in expected.json, for messages.
    public var line: Int

    public init(kind: Kind, rule: String? = nil, subject: String, attribute: String, event: String?,
                articles: [String] = [], why: String = "", line: Int = 0) {
        self.kind = kind
        self.rule = rule
        self.subject = subject
        self.attribute = attribute
        self.event = event
        self.articles = articles
        self.why = why
        self.line = line
    }

    /// "subject · attribute · event", the way evaluation output names a key.
    public var keyDescription: String { "\(subject) · \(attribute) · \(event ?? "-")" }

    /// The rule whose note an `update` or `disputed` expectation wants.
    public var noteRule: String? {
        switch kind {
        case .update: return "update"
        case .disputed: return "disputed-estimate"
        case .contradiction, .trap: return nil
        }
    }
}
