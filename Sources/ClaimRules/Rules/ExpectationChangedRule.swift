import ClaimModel

/// A plan overtaken by what happened, in another form of the same thing.
public struct ExpectationChangedRule: Rule {
    public static let description = RuleDescription(
        id: "expectation-changed",
        name: "Expectation changed",
        summary: "A plan or forecast for an event differs from a later report: expected in person, then joined by "
            + "video link; forecast at 31 to 39 per cent, then 30.6.",
        rationale: "Nothing contradicts anything: plans change. Worth a note on the timeline, so a republished "
            + "preview is not taken for what happened; a configuration can raise it.",
        defaultSeverity: .info,
        triggeringExamples: [
            RuleExample("Expected to attend in person, reported on a video link",
                        [.attendance("in-person", in: "outlet-a", .expected),
                            .attendance("video-link", in: "outlet-c")]),
            RuleExample("A call expected by phone took place by video link",
                        [.attendance("phone", in: "outlet-a", .expected, event: "call-sep"),
                         .attendance("video-link", in: "outlet-c", event: "call-sep")]),
            RuleExample("Expected in person, reported absent: the plan fell through",
                        [.attendance("in-person", in: "outlet-a", .expected), .attendance("absent", in: "outlet-c")]),
            RuleExample("A forecast of 30 countries, 26 reported",
                        [.pledge(.exactly(30), in: "outlet-a", .expected), .pledge(.exactly(26), in: "outlet-c")]),
        ],
        nonTriggeringExamples: [
            RuleExample("Expected to join online, then reported on a video link: the plan held",
                        [.attendance("remote", in: "outlet-a", .expected), .attendance("video-link", in: "outlet-c")]),
            RuleExample("A report published before the plan does not overtake it",
                        [.attendance("in-person", in: "outlet-c", .expected),
                            .attendance("video-link", in: "outlet-a")]),
        ])

    public init() {}

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        PairwiseConflicts.oneSided(
            in: group, context: context,
            lead: .expected,
            other: .asserted,
            leadMustNotBeLater: true,
            message: { plans, reports in
                "\(context.topic(group.key)): \(context.names(plans)) expected \(context.valueText(plans[0])); later "
                    + "reports give \(context.list(reports))."
            },
            rule: Self.description)
    }
}
