import ClaimModel

/// Two asserted counts for the same key from different speakers that cannot both hold.
public struct CountMismatchRule: Rule {
    public static let description = RuleDescription(
        id: "count-mismatch",
        name: "Count mismatch",
        summary: "Two asserted counts for the same subject, attribute and event cannot both hold: their intervals "
            + "are disjoint beyond the attribute's tolerance.",
        rationale: "Readers cannot tell which number is right when outlets disagree on a count; one of them is a "
            + "misquote, a typo or a different event filed under the same one.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("Two outlets give 26 and 20 countries for the same pledge",
                        [.pledge(.exactly(26), in: "outlet-b"), .pledge(.exactly(20), in: "outlet-c")]),
            RuleExample("\"More than 30\" cannot hold with 26",
                        [.pledge(.range(min: 31, max: nil), in: "outlet-b"), .pledge(.exactly(26), in: "outlet-c")]),
            RuleExample("A speaker's quoted count against an outlet's own count",
                        [.pledge(.exactly(20), by: "macron", in: "outlet-b"), .pledge(.exactly(26), in: "outlet-c")]),
        ],
        nonTriggeringExamples: [
            RuleExample("\"More than two dozen\" agrees with 26",
                        [.pledge(.range(min: 25, max: nil), in: "outlet-b"), .pledge(.exactly(26), in: "outlet-c")]),
            RuleExample("\"About 25\" is within tolerance of 26",
                        [.pledge(.about(25), in: "outlet-b"), .pledge(.exactly(26), in: "outlet-c")]),
            RuleExample("Different events never contradict",
                        [.pledge(.exactly(26), in: "outlet-b"),
                         .pledge(.exactly(35), in: "outlet-d", event: "summit-jan")]),
            RuleExample("A forecast is not an assertion (the expectation rule judges it)",
                        [.pledge(.exactly(30), in: "outlet-a", .expected), .pledge(.exactly(26), in: "outlet-c")]),
            RuleExample("The same speaker's two counts are a speaker inconsistency, not a count mismatch",
                        [.pledge(.exactly(20), by: "macron", in: "outlet-b"),
                         .pledge(.exactly(26), by: "macron", in: "outlet-c")]),
        ])

    public init() {}

    public static func applies(to attribute: Attribute) -> Bool { attribute.isQuantity }

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        guard Self.applies(to: group.attribute) else { return [] }
        return PairwiseConflicts.findings(
            in: group, context: context,
            pairing: .differentSpeakers,
            message: { side, others in
                "\(context.topic(group.key)): \(context.valueText(side[0])) from \(context.names(side)) cannot hold "
                    + "with \(context.sides(others))."
            },
            rule: Self.description)
    }
}
