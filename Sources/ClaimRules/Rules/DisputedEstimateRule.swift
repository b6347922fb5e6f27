import ClaimModel

/// Estimates of one figure from speakers on different sides.
public struct DisputedEstimateRule: Rule {
    public static let description = RuleDescription(
        id: "disputed-estimate",
        name: "Disputed estimate",
        summary: "Named speakers on different sides (police and organisers) give figures for the same subject, "
            + "attribute and event that cannot both hold, and an article sets them against each other: each side's "
                + "figure and speaker.",
        rationale: "Competing counts are a story in themselves, not an outlet's error: the report should show the "
            + "dispute and who stands behind each figure, so nobody repeats one side's number as fact.",
        defaultSeverity: .info,
        triggeringExamples: [
            RuleExample("Police and organisers give 40,000 and 150,000 in one article",
                        [.crowd(.exactly(40000), by: "city-police", in: "outlet-b"),
                         .crowd(.exactly(150000), by: "march-organisers", in: "outlet-b")]),
            RuleExample("Once set against each other, the sides' figures dispute wherever they appear",
                        [.crowd(.about(40000), by: "city-police", in: "outlet-b"),
                            .crowd(.about(150000), by: "march-organisers", in: "outlet-b"),
                         .crowd(.about(150000), by: "march-organisers", in: "outlet-c")]),
        ],
        nonTriggeringExamples: [
            RuleExample("One speaker giving two figures is a speaker inconsistency",
                        [.crowd(.exactly(40000), by: "city-police", in: "outlet-b"),
                            .crowd(.exactly(4000), by: "city-police", in: "outlet-e")]),
            RuleExample("Two speakers in different articles the same day are a count mismatch: nothing sets them "
                + "against each other",
                        [.crowd(.exactly(40000), by: "city-police", in: "outlet-b"),
                            .crowd(.exactly(150000), by: "march-organisers", in: "outlet-e")]),
            RuleExample("An outlet's own figure that no side gave stays a count mismatch",
                        [.crowd(.exactly(40000), by: "city-police", in: "outlet-b"),
                            .crowd(.exactly(90000), in: "outlet-e")]),
        ])

    public init() {}

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        guard let (claims, history) = group.assertedHistory(context) else { return [] }
        let pairs = history.facetPairs(explainedAs: .disputed)
        guard !pairs.isEmpty else { return [] }
        let members = history.membersOfFacets
        let involved = Set(pairs.flatMap { [$0.earlier, $0.later] }).sorted()
        let positions = involved.flatMap { members[$0] }.sorted()
        let sides = Self.sides(positions.map { claims[$0] }, history: history, positions: positions)
        let message = "\(context.topic(group.key)) is disputed: "
            + sides.map { context.list($0, joiner: "according to") }.joined(separator: ", against ") + "."
        return [context.finding(Self.description, message, key: group.key, claims: Array(sides.joined()))]
    }

    /// The claims by side: each named speaker's claims, in first-seen order, and the outlets'
    /// own figures with the first side they agree with.
    static func sides(_ claims: [Claim], history: FigureHistory, positions: [Int]) -> [[Claim]] {
        var sides: [[Claim]] = [], classesOfSide: [[Int]] = [], sideOfSpeaker: [String: Int] = [:]
        var unnamed: [(Claim, Int)] = []
        for (claim, position) in zip(claims, positions) {
            let valueClass = history.classes.classOf[position]
            guard case .entity(let speaker) = claim.speaker else { unnamed.append((claim, valueClass)); continue }
            if let side = sideOfSpeaker[speaker] {
                sides[side].append(claim)
                classesOfSide[side].append(valueClass)
            } else {
                sideOfSpeaker[speaker] = sides.count
                sides.append([claim])
                classesOfSide.append([valueClass])
            }
        }
        for (claim, valueClass) in unnamed {
            let side = classesOfSide.firstIndex { $0.contains { !history.incompatible($0, valueClass) } } ?? 0
            if sides.isEmpty { sides.append([]) }
            sides[side].append(claim)
        }
        return sides
    }
}
