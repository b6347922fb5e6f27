/// What a claim asserts about its subject: a count, a measure, a category or a yes/no flag.
/// The catalog lives in `claims/attributes.json`, so newsrooms extend the checker with data,
/// not code.
public struct Attribute: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Non-negative whole numbers: countries, leaders, deaths.
        case count
        /// Any real number: percentages, amounts.
        case number
        /// One value of a set: "in-person", "remote".
        case category
        /// True or false: signed or did not sign.
        case flag
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var description: String?
    public var units: [String]
    public var tolerance: Tolerance
    /// Whether two different category values can both hold (false for attendance: one cannot
    /// be both in the room and on a video link).
    public var exclusive: Bool
    /// Values of a category attribute; empty means an open set.
    public var values: [CategoryValue]
    /// Whether the value may legitimately differ from one event to the next (attendance does,
    /// a person's birth date does not). When false, claims are compared across events.
    public var changesAcrossEvents: Bool
    /// Phrases that signal this attribute in article text, for extraction.
    public var cues: [String]
    /// How the value may move within one event as reports come in (see `Evolution`).
    public var evolution: Evolution

    public init(id: String, name: String, kind: Kind, description: String? = nil, units: [String] = [],
                tolerance: Tolerance = Tolerance(), exclusive: Bool = true, values: [CategoryValue] = [],
                changesAcrossEvents: Bool = true, cues: [String] = [], evolution: Evolution = .changes) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
        self.units = units
        self.tolerance = tolerance
        self.exclusive = exclusive
        self.values = values
        self.changesAcrossEvents = changesAcrossEvents
        self.cues = cues
        self.evolution = evolution
    }

    /// How a value may move within one event as later reports come in. Part of an
    /// attribute's definition because it decides whether two figures for one event are a
    /// contradiction or the normal life of a breaking story.
    public enum Evolution: String, Sendable, CaseIterable {
        /// Settled once known: an age, a date, a vote tally, what was signed.
        case fixed
        /// Only rises as reports come in: tolls, arrests, missing people later found dead.
        /// A later, higher figure is an update; a later, lower one without a correction is
        /// worth a warning.
        case grows
        /// May move either way (attendance lists, stances, crowd counts, running estimates): no
        /// direction tells an update from a misreport, so a later figure is an update only when
        /// someone re-issued it (another named speaker, or the same one while the event still
        /// ran; `FigureHistory` rule 4); otherwise differing figures are compared as they stand.
        case changes
    }

    public var isQuantity: Bool { kind == .count || kind == .number }

    /// Offices and titles held at a date ("senator", "us-secretary-of-state"): compared by
    /// date rather than by event, and with the entity registry's dated roles. The built-in
    /// vocabulary's attribute `office`.
    public var isOffice: Bool { id == "office" && kind == .category }

    public func categoryValue(_ id: String) -> CategoryValue? { values.first { $0.id == id } }

    /// Category values are compatible when equal or when one is broader than the other:
    /// "remote" holds whenever "video-link" does.
    public func isCategory(_ value: String, broaderThanOrEqualTo other: String) -> Bool {
        var current: String? = other
        var steps = 0
        while let id = current, steps <= values.count {
            if id == value { return true }
            current = categoryValue(id)?.broader
            steps += 1
        }
        return false
    }
}

public struct CategoryValue: Sendable, Equatable {
    public var id: String
    /// The more general value this one refines ("video-link" refines "remote").
    public var broader: String?
    public var label: String?

    public init(id: String, broader: String? = nil, label: String? = nil) {
        self.id = id
        self.broader = broader
        self.label = label
    }
}

/// How far apart two quantities may be and still agree.
public struct Tolerance: Sendable, Equatable {
    /// Relative half-width of "about N": 0.1 makes "about 40" mean 36...44.
    public var about: Double
    /// Absolute gap allowed between two intervals before they conflict.
    public var slack: Double

    public init(about: Double = 0.1, slack: Double = 0) {
        self.about = about
        self.slack = slack
    }
}
