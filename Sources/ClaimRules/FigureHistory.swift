import ClaimModel

/// Why two incompatible asserted figures for one key are not a contradiction, or nil.
public enum FigureExplanation: Sendable, Equatable {
    /// A later report moved the figure the way the attribute moves, or a correction replaced
    /// it: the earlier figure is superseded (`update`).
    case update
    /// Speakers on different sides give their own estimates (`disputed-estimate`).
    case disputed
    /// A figure that only grows is lower in a later report, with no correction to say why
    /// (`decrease-without-correction`).
    case decrease
}

/// How the asserted figures of one comparison group relate over time and across speakers:
/// which incompatible pairs are updates, disputes or unexplained decreases, so that the
/// contradiction rules leave those pairs alone and the note rules report them.
///
/// Whether a pair is explained depends only on each claim's value, date, correction mark
/// and named speaker, so claims are bucketed into facets of those four and pairs of facets
/// are judged, never pairs of claims: a group of 100,000 claims from a handful of dates and
/// speakers is a handful of facets. The judgement, for an earlier claim `a` and a later `b`
/// whose values cannot both hold:
/// 1. a correction is an update of everything before it (or on its day that is no correction);
/// 2. two named speakers whose figures stand against each other in one article are sides of
///    a dispute, wherever else those figures appear; an outlet's own figure that agrees with
///    one side joins that side;
/// 3. a `grows` figure that rises later is an update; one that falls later is a decrease,
///    unless it agrees with a correction published by then;
/// 4. a `changes` figure re-issued later by another named speaker (a new official briefing)
///    is an update; outlets' own figures and one speaker's two figures are compared as they
///    stand;
/// 5. anything else, and any pair without dates to order it, is left to the contradiction
///    rules.
public struct FigureHistory: Sendable {
    /// One bucket of claims that every judgement treats alike.
    struct Facet: Hashable, Sendable {
        var valueClass: Int
        var date: Day?
        var correction: Bool
        /// The named speaker; nil for the outlet's own voice and anonymous sources.
        var speaker: String?
    }

    let attribute: Attribute
    let classes: ValueClasses
    /// The claims judged (asserted ones), in the order given.
    let claims: GroupMembers
    let facets: [Facet]
    /// The facet of each claim.
    let facetOf: [Int]
    /// Pairs of named speakers whose incompatible figures stand in one article.
    let disputing: Set<[String]>
    /// Value classes each named speaker asserted.
    let classesBySpeaker: [String: Set<Int>]
    /// Days on which a correction was published, with the value classes it gave.
    let corrections: [(date: Day?, valueClass: Int)]

    public init(_ claims: [Claim], attribute: Attribute, context: RuleContext) {
        self.init(GroupMembers(claims), attribute: attribute, context: context)
    }

    init(_ claims: GroupMembers, attribute: Attribute, context: RuleContext) {
        self.attribute = attribute
        self.claims = claims
        let classes = ValueClasses(claims, comparison: ValueComparison(attribute: attribute))
        self.classes = classes
        var index: [Facet: Int] = [:], facets: [Facet] = [], facetOf: [Int] = []
        var bySpeaker: [String: Set<Int>] = [:]
        var corrections: [(date: Day?, valueClass: Int)] = []
        var perSource: [String: Set<NamedFigure>] = [:]
        // Each claim's fields are read where it stands, its date from the engine's columns:
        // handing `claims[position]` to a function copied every asserted claim of the group.
        func bucket(at position: Int) {
            let speaker: String? = if case .entity(let id) = claims.speaker(at: position) { id } else { nil }
            let facet = Facet(valueClass: classes.classOf[position], date: claims.date(at: position, context),
                              correction: claims.correction(at: position), speaker: speaker)
            if let known = index[facet] { facetOf.append(known) } else {
                index[facet] = facets.count
                facetOf.append(facets.count)
                facets.append(facet)
                if facet.correction { corrections.append((facet.date, facet.valueClass)) }
            }
            if let speaker {
                bySpeaker[speaker, default: []].insert(facet.valueClass)
                let figure = NamedFigure(speaker: speaker, valueClass: facet.valueClass)
                perSource[claims.sourceID(at: position), default: []].insert(figure)
            }
        }
        for position in claims.indices { bucket(at: position) }
        self.facets = facets
        self.facetOf = facetOf
        self.classesBySpeaker = bySpeaker
        self.corrections = corrections
        self.disputing = Self.disputingPairs(perSource, classes: classes)
    }

    /// Pairs of named speakers that one article shows giving figures that cannot both hold.
    /// A named speaker's figure in one article.
    struct NamedFigure: Hashable {
        var speaker: String
        var valueClass: Int
    }

    static func disputingPairs(_ perSource: [String: Set<NamedFigure>], classes: ValueClasses) -> Set<[String]> {
        var pairs = Set<[String]>()
        for figures in perSource.values where figures.count > 1 {
            let list = Array(figures)
            for (i, a) in list.enumerated() {
                for b in list[(i + 1)...] where a.speaker != b.speaker
                    && classes.incompatible[a.valueClass].contains(b.valueClass) {
                    pairs.insert([a.speaker, b.speaker].sorted())
                }
            }
        }
        return pairs
    }

    /// The explanation for claims `i` and `j` (positions in `claims`), whose values cannot
    /// both hold.
    public func explanation(_ i: Int, _ j: Int) -> FigureExplanation? {
        explanation(facets[facetOf[i]], facets[facetOf[j]])
    }

    func explanation(_ x: Facet, _ y: Facet) -> FigureExplanation? {
        // Order the two: `earlier` is not after `later`; nil when neither date is known.
        let ordered: (earlier: Facet, later: Facet)?
        if let dx = x.date, let dy = y.date { ordered = dx <= dy ? (x, y) : (y, x) } else { ordered = nil }
        if let correction = correctionExplains(x, y, ordered) { return correction }
        if isDispute(x, y) { return .disputed }
        guard let (earlier, later) = ordered, earlier.date! < later.date! else { return nil }
        switch attribute.evolution {
        case .grows:
            if rises(from: earlier.valueClass, to: later.valueClass) { return .update }
            return followsCorrection(later) ? .update : .decrease
        case .changes:
            guard let first = earlier.speaker, let second = later.speaker, first != second else { return nil }
            return .update
        case .fixed:
            return nil
        }
    }

    private func correctionExplains(_ x: Facet, _ y: Facet,
        _ ordered: (earlier: Facet, later: Facet)?) -> FigureExplanation? {
        guard x.correction || y.correction else { return nil }
        if let (earlier, later) = ordered, earlier.date! < later.date! {
            return later.correction ? .update : nil
        }
        // The same day, or no date to order them: a correction against a figure it replaces.
        return x.correction != y.correction ? .update : nil
    }

    private func isDispute(_ x: Facet, _ y: Facet) -> Bool {
        switch (x.speaker, y.speaker) {
        case (let a?, let b?):
            return a != b && disputing.contains([a, b].sorted())
        case (let named?, nil):
            return joinsOtherSide(y.valueClass, against: named)
        case (nil, let named?):
            return joinsOtherSide(x.valueClass, against: named)
        case (nil, nil):
            return false
        }
    }

    /// Whether an outlet's own figure agrees with a side that disputes `speaker`'s figure.
    private func joinsOtherSide(_ valueClass: Int, against speaker: String) -> Bool {
        for pair in disputing where pair.contains(speaker) {
            let other = pair[0] == speaker ? pair[1] : pair[0]
            guard let theirs = classesBySpeaker[other] else { continue }
            if theirs.contains(where: { $0 == valueClass || !incompatible($0, valueClass) }) { return true }
        }
        return false
    }

    private func rises(from earlier: Int, to later: Int) -> Bool {
        guard case .quantity(let a) = classes.values[earlier],
              case .quantity(let b) = classes.values[later] else { return false }
        let comparison = ValueComparison(attribute: attribute)
        return comparison.interval(of: b).lower > comparison.interval(of: a).upper
    }

    /// Whether a figure agrees with a correction published by its date.
    private func followsCorrection(_ facet: Facet) -> Bool {
        corrections.contains { correction in
            guard let date = correction.date, let own = facet.date, date <= own else { return false }
            return correction.valueClass == facet.valueClass || !incompatible(correction.valueClass, facet.valueClass)
        }
    }

    /// Whether two value classes cannot both hold.
    public func incompatible(_ a: Int, _ b: Int) -> Bool {
        let list = classes.incompatible[a]
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < b { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low] == b
    }

    /// The claims (positions) of each facet, ascending.
    public var membersOfFacets: [[Int]] {
        var members = [[Int]](repeating: [], count: facets.count)
        for (position, facet) in facetOf.enumerated() { members[facet].append(position) }
        return members
    }

    /// Pairs of facets (earlier first where dates order them) whose values cannot both hold
    /// and that have the given explanation.
    public func facetPairs(explainedAs wanted: FigureExplanation) -> [(earlier: Int, later: Int)] {
        var found: [(earlier: Int, later: Int)] = []
        for a in facets.indices {
            for b in facets.indices where b > a && incompatible(facets[a].valueClass, facets[b].valueClass) {
                guard explanation(facets[a], facets[b]) == wanted else { continue }
                found.append(isEarlier(b, than: a) ? (b, a) : (a, b))
            }
        }
        return found
    }

    /// Whether facet `a` was published before `b`, or on the same day when `b` corrects it.
    func isEarlier(_ a: Int, than b: Int) -> Bool {
        let x = facets[a], y = facets[b]
        if let dx = x.date, let dy = y.date, dx != dy { return dx < dy }
        return y.correction && !x.correction
    }

    public func date(ofFacet facet: Int) -> Day? { facets[facet].date }
}
