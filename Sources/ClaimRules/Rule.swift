import ClaimModel

/// Which claims a rule sees at once.
public enum RuleScope: String, Sendable {
    /// One comparison group: same subject, attribute, event and unit.
    case comparisonGroup = "comparison group"
    /// One series: same subject, attribute and unit, across the events of one series (the
    /// events' `series`). Claims of events in no series, and of no event, are in no series
    /// group: one-off events are never compared with each other.
    case series
}

/// A consistency rule. Each rule is one value type with a static description whose examples
/// are also its tests; adding a rule touches one file and one line of the registry.
///
/// The contract every rule keeps: it reports only groups holding two values that cannot both
/// be true (`ValueComparison.areCompatible` is false for them). `ConflictScreen` relies on it
/// to hand the rules only such groups, and `ConflictScreenTests` runs every rule's examples
/// screened and unscreened; a rule that needs to see agreeing groups must change the screen.
/// What a rule declares is its `scope`: a comparison-group rule sees the groups of one
/// subject, attribute, event and unit that hold a conflict; a series rule sees the claims of
/// one subject, attribute and unit over one series of events, when two of them conflict.
/// Two rules do, and the screen keeps what they need: `first-contradicted` (a series holding
/// a claim with an ordinal) and `office-conflict` (office claims about an entity with dated
/// roles, even a lone one: `seesLoneClaims`).
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    /// Whether the rule can fire on claims of `attribute` at all: a count rule never judges
    /// attendance. Reports that list what each rule checked (JUnit's test cases) list only
    /// these groups. Default: every attribute.
    static func applies(to attribute: Attribute) -> Bool
    func findings(in group: ClaimGroup, context: RuleContext) -> [Finding]
}

extension Rule {
    public var description: RuleDescription { Self.description }
    public static func applies(to attribute: Attribute) -> Bool { true }
    /// `applies(to:)` of the rule's type, for a rule held as `any Rule`.
    public func applies(to attribute: Attribute) -> Bool { Self.applies(to: attribute) }
}

/// What every rule says about itself, shown by `claimcheck rules` and in the README.
public struct RuleDescription: Sendable {
    public var id: String
    public var name: String
    /// When it fires, in one line.
    public var summary: String
    /// Why it matters to a fact-checker.
    public var rationale: String
    public var defaultSeverity: Severity
    public var scope: RuleScope
    /// Whether the rule also judges a comparison key with a single claim (a claim checked
    /// against the registry rather than against other claims).
    public var seesLoneClaims: Bool
    public var triggeringExamples: [RuleExample]
    public var nonTriggeringExamples: [RuleExample]

    public init(id: String, name: String, summary: String, rationale: String, defaultSeverity: Severity,
                scope: RuleScope = .comparisonGroup, seesLoneClaims: Bool = false,
                triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.scope = scope
        self.seesLoneClaims = seesLoneClaims
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

/// What a rule may consult while judging a group: the claim set, the severity it should
/// report at (the default, or the configuration's override), and the names its messages use.
/// The names are the claim set's `ClaimNames`, built once by the engine for every rule; the
/// methods here only read them by comparison key and join them into sentences.
public struct RuleContext: Sendable {
    public var claimSet: ClaimSet { storage.claimSet }
    public var severity: Severity { storage.severity }
    public var names: ClaimNames { storage.names }
    /// One reference: the context is handed to every rule for every group, and its fields
    /// (the claim set's registries and lists, the names' tables) were each retained and
    /// released at every hand-over and every helper it was passed to, 1% of a realistic check.
    private let storage: Storage

    private final class Storage: Sendable {
        let claimSet: ClaimSet
        let severity: Severity
        let names: ClaimNames

        init(claimSet: ClaimSet, severity: Severity, names: ClaimNames) {
            self.claimSet = claimSet
            self.severity = severity
            self.names = names
        }
    }

    public init(claimSet: ClaimSet, severity: Severity, names: ClaimNames) {
        storage = Storage(claimSet: claimSet, severity: severity, names: names)
    }

    /// "Friedrich Merz"
    public func subjectName(_ key: ComparisonKey) -> String { names.entity(key.subject) }

    /// "attendance"
    public func attributeName(_ key: ComparisonKey) -> String { names.attributeInMessage(key.attribute) }

    /// "the Paris summit of the coalition of the willing (4 Sep 2025)"
    public func eventName(_ id: String?) -> String { names.event(id: id) }

    /// "Emmanuel Macron", or the outlet's name for its own voice.
    public func speakerName(_ claim: Claim) -> String { names.speaker(claim) }

    /// "Emmanuel Macron (AFP)": who said it and where it was published.
    public func attributedName(_ claim: Claim) -> String { names.attributed(claim) }

    /// "26 countries"
    public func valueText(_ claim: Claim) -> String { names.value(claim) }

    /// "the subject's attribute at the event", the phrase most messages start from.
    public func topic(_ key: ComparisonKey) -> String { names.topic(key) }

    /// "26 countries from Keystone-SDA and AFP, and at least 25 countries from Le Monde":
    /// claims grouped by value, in first-seen order. `joiner` reads between value and names.
    public func list(_ claims: [Claim], joiner: String = "from") -> String {
        var values: [String] = []
        var names: [String: [String]] = [:]
        // Each name once per value, found by hashing: a side of 100,000 claims can name
        // 100,000 speakers, and a scan of the names so far made the message quadratic.
        var seen = Set<[String]>()
        for claim in claims {
            let value = valueText(claim)
            if names[value] == nil { values.append(value) }
            let name = attributedName(claim)
            if seen.insert([value, name]).inserted { names[value, default: []].append(name) }
        }
        let groups = values.map { "\($0) \(joiner) \(Self.joined(names[$0]!, last: " and "))" }
        return Self.joined(groups, last: groups.count == 2 ? " and " : ", and ")
    }

    /// The sides of a finding after its lead: one side reads as `list`, several as "12 from
    /// A, nor with at least 20 from B and 27 from C" (each side agrees within itself).
    public func sides(_ sides: [[Claim]], joiner: String = "from") -> String {
        sides.map { list($0, joiner: joiner) }.joined(separator: ", nor with ")
    }

    /// "20 countries (unnamed Slovene outlet) and 26 countries (AFP and Le Monde)": each value
    /// once with the outlets that carried it, for one speaker's incompatible values.
    public func valuesByOutlet(_ claims: [Claim]) -> String {
        var values: [String] = []
        var outlets: [String: [String]] = [:]
        var seen = Set<[String]>()
        for claim in claims {
            let value = valueText(claim)
            if outlets[value] == nil { values.append(value) }
            let outlet = names.outlet(ofSource: claim.sourceID)
            if seen.insert([value, outlet]).inserted { outlets[value, default: []].append(outlet) }
        }
        return Self.joined(values.map { "\($0) (\(Self.joined(outlets[$0]!, last: " and ")))" }, last: " and ")
    }

    /// "Espreso and dpa via Stern": who stands behind one side of a finding, each name once.
    public func names(_ claims: [Claim]) -> String {
        var names: [String] = []
        var seen = Set<String>()
        for claim in claims {
            let name = attributedName(claim)
            if seen.insert(name).inserted { names.append(name) }
        }
        return Self.joined(names, last: " and ")
    }

    static func joined(_ parts: [String], last: String) -> String {
        switch parts.count {
        case 0: return ""
        case 1: return parts[0]
        default: return parts.dropLast().joined(separator: ", ") + last + parts.last!
        }
    }

    public func comparison(for group: ClaimGroup) -> ValueComparison { ValueComparison(attribute: group.attribute) }

    public func finding(_ rule: RuleDescription, _ message: String, key: ComparisonKey, claims: [Claim],
                        superseded: [String] = []) -> Finding {
        Finding(ruleID: rule.id, severity: severity, message: message, key: key, claims: claims, superseded: superseded)
    }

    /// "4 Sep 2025", or "undated".
    public func dateText(_ claim: Claim) -> String { names.date(of: claim) }
}
