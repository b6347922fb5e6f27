import ClaimModel

/// A figure that only grows, lower in a later report with nothing to say why.
public struct DecreaseWithoutCorrectionRule: Rule {
    public static let description = RuleDescription(
        id: "decrease-without-correction",
        name: "Decrease without correction",
        summary: "A figure whose attribute only grows (a toll, arrests) is lower in a later report for the same "
            + "event, and no correction explains the drop.",
        rationale: "Tolls are revised down only by an explicit correction; a later, lower figure without one is "
            + "usually an outdated number repeated, or a misread one.",
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("27 dead one day, 12 the next, with no correction",
                        [.toll(.exactly(27), in: "outlet-b"), .toll(.exactly(12), in: "outlet-c")]),
        ],
        nonTriggeringExamples: [
            RuleExample("A correction explains the drop",
                        [.toll(.exactly(33), in: "outlet-b"), .toll(.exactly(31), in: "outlet-c").corrected()]),
            RuleExample("A later figure that agrees with a correction published by then",
                        [.toll(.exactly(33), in: "outlet-b"), .toll(.exactly(31), in: "outlet-c").corrected(),
                            .toll(.exactly(31), in: "outlet-d")]),
            RuleExample("A figure that changes either way may fall",
                        [.crowd(.exactly(9000), by: "city-police", in: "outlet-b"),
                            .crowd(.exactly(6000), by: "city-hospital", in: "outlet-c")]),
        ])

    public init() {}

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        guard group.attribute.evolution == .grows else { return [] }
        guard let (claims, history) = group.assertedHistory(context) else { return [] }
        let pairs = history.facetPairs(explainedAs: .decrease)
        guard !pairs.isEmpty else { return [] }
        let members = history.membersOfFacets
        // One finding per lower figure, against the latest figure it fell from: the current
        // one, which it should have followed (not every figure of the story so far).
        var earlierOf: [Int: [Int]] = [:]
        for pair in pairs { earlierOf[pair.later, default: []].append(pair.earlier) }
        return earlierOf.keys.sorted().map { later in
            let candidates = earlierOf[later]!
            let latest = candidates.compactMap { history.date(ofFacet: $0) }.max()
            let current = candidates.filter { history.date(ofFacet: $0) == latest }.sorted()
            let lower = members[later].map { claims[$0] }
            let before = current.flatMap { members[$0] }.sorted().map { claims[$0] }
            let message = "\(context.topic(group.key)): \(context.list(lower)) (\(context.dateText(lower[0]))) is "
                + "lower than "
                + "\(context.list(before)) reported earlier (\(context.dateText(before[0]))), and no correction says "
                    + "why."
            return context.finding(Self.description, message, key: group.key, claims: lower + before)
        }
    }
}
