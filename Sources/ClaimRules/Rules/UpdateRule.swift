import ClaimModel

/// A figure that evolved within one event: a rising toll, an explicit correction.
public struct UpdateRule: Rule {
    public static let description = RuleDescription(
        id: "update",
        name: "Update",
        summary: "Within one event, a later report moves a figure the way its attribute moves (a toll that rises), "
            + "or a claim corrects an earlier figure: the sequence, with the earlier figures superseded.",
        rationale: "A toll of 12, then 20, then 27 is the normal life of a breaking story, not a contradiction; what "
            + "the desk needs is the sequence, and to know which figure is current before repeating one.",
        defaultSeverity: .info,
        triggeringExamples: [
            RuleExample("A toll rises over two days",
                        [.toll(.exactly(12), by: "city-police", in: "outlet-b"),
                            .toll(.exactly(27), by: "city-police", in: "outlet-c")]),
            RuleExample("\"Revised down to 31\": an explicit correction supersedes 33",
                        [.toll(.exactly(33), in: "outlet-b"), .toll(.exactly(31), in: "outlet-c").corrected()]),
            RuleExample("A correction the same day",
                        [.aboard(.exactly(40), in: "outlet-b"), .aboard(.exactly(38), in: "outlet-e").corrected()]),
            RuleExample("A new briefing by another official moves a figure that changes",
                        [.crowd(.exactly(9000), by: "city-police", in: "outlet-b"),
                            .crowd(.exactly(6000), by: "city-hospital", in: "outlet-c")]),
            RuleExample("The same economists' running estimate of a strike's cost moves a day later",
                        [.strikeCost(.exactly(40_000_000), by: "port-economists", in: "outlet-b"),
                            .strikeCost(.exactly(90_000_000), by: "port-economists", in: "outlet-c")]),
        ],
        nonTriggeringExamples: [
            RuleExample("Two tolls published the same day are a contradiction, not an update",
                        [.toll(.exactly(12), in: "outlet-b"), .toll(.exactly(27), in: "outlet-e")]),
            RuleExample("A lower bound and a later figure agree: nothing to update",
                        [.toll(.range(min: 20, max: nil), in: "outlet-b"), .toll(.exactly(27), in: "outlet-c")]),
            RuleExample("A fixed figure that differs later is still a contradiction",
                        [.aboard(.exactly(40), in: "outlet-b"), .aboard(.exactly(44), in: "outlet-c")]),
            RuleExample("A toll that falls later without a correction is a warning, not an update",
                        [.toll(.exactly(27), in: "outlet-b"), .toll(.exactly(12), in: "outlet-c")]),
            RuleExample("One official's two figures on one day are a speaker inconsistency, not an update",
                        [.crowd(.exactly(9000), by: "city-police", in: "outlet-b"),
                            .crowd(.exactly(6000), by: "city-police", in: "outlet-e")]),
            RuleExample("One official's fixed figure that differs later is a speaker inconsistency",
                        [.aboard(.exactly(40), by: "city-police", in: "outlet-b"),
                            .aboard(.exactly(44), by: "city-police", in: "outlet-c")]),
            RuleExample("One official's count of a one-day march given differently a day later is no update",
                        [.crowd(.exactly(9000), by: "city-police", in: "outlet-b"),
                            .crowd(.exactly(6000), by: "city-police", in: "outlet-c")]),
            RuleExample("One speaker's two costs of a running strike on one day are no update",
                        [.strikeCost(.exactly(40_000_000), by: "port-economists", in: "outlet-b"),
                            .strikeCost(.exactly(90_000_000), by: "port-economists", in: "outlet-e")]),
        ])

    public init() {}

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        guard let (claims, history) = group.assertedHistory(context) else { return [] }
        // A figure that fell without a correction is a warning of its own, not a step of the
        // story: it supersedes nothing and is not shown as the current figure.
        let fallen = Set(history.facetPairs(explainedAs: .decrease).map(\.later))
        let pairs = history.facetPairs(explainedAs: .update).filter { !fallen.contains($0.later) }
        guard !pairs.isEmpty else { return [] }
        let members = history.membersOfFacets
        var involved = Set<Int>(), superseded = Set<Int>()
        for pair in pairs {
            involved.insert(pair.earlier)
            involved.insert(pair.later)
            superseded.insert(pair.earlier)
        }
        let ordered = involved.sorted { a, b in
            let (x, y) = (history.date(ofFacet: a), history.date(ofFacet: b))
            if x != y { return x.map { date in y.map { date < $0 } ?? false } ?? true }
            return history.isEarlier(a, than: b) || (!history.isEarlier(b, than: a) && a < b)
        }
        let sequence = ordered.map { members[$0].map { claims[$0] } }
        let replaced = superseded.flatMap { members[$0].map { claims[$0].stableID } }
        let steps = sequence.map { step in "\(context.list(step)) (\(context.dateText(step[0])))" }
        let message = "\(context.topic(group.key)): \(steps.joined(separator: ", then ")); "
            + "the earlier \(replaced.count == 1 ? "figure is" : "figures are") superseded."
        return [context.finding(Self.description, message, key: group.key, claims: Array(sequence.joined()),
            superseded: replaced)]
    }
}
