import ClaimModel

/// A plan or forecast that a later report contradicts.
public struct ExpectationNotMetRule: Rule {
    public static let description = RuleDescription(
        id: "expectation-not-met",
        name: "Expectation not met",
        summary: "A plan or forecast is published after a report of the same event that already contradicts it: a "
            + "stale preview.",
        rationale: "A plan overtaken by events is a change (expectation-changed); a preview written after the facts "
            + "were out repeats what was already known not to hold, and an editor should catch it before it runs.",
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("A preview of an in-person visit published after he was reported absent",
                        [.attendance("absent", in: "outlet-a"), .attendance("in-person", in: "outlet-c", .expected)]),
            RuleExample("A forecast of 30 countries published after 26 were reported",
                        [.pledge(.exactly(26), in: "outlet-b"), .pledge(.exactly(30), in: "outlet-c", .expected)]),
        ],
        nonTriggeringExamples: [
            RuleExample("A plan overtaken by a later report is expectation-changed",
                        [.attendance("in-person", in: "outlet-a", .expected), .attendance("absent", in: "outlet-c")]),
            RuleExample("A preview and a report that agree",
                        [.attendance("video-link", in: "outlet-a"), .attendance("remote", in: "outlet-c", .expected)]),
            RuleExample("A forecast about another event",
                        [.attendance("absent", in: "outlet-a"),
                            .attendance("in-person", in: "outlet-c", .expected, event: "summit-jan")]),
        ])

    public init() {}

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        PairwiseConflicts.oneSided(
            in: group, context: context,
            lead: .expected,
            other: .asserted,
            leadMustNotBeLater: false,
            leadMustBeLater: true,
            message: { expectations, reports in
                "\(context.topic(group.key)): \(context.names(expectations)) expected "
                    + "\(context.valueText(expectations[0])) after earlier reports had given \(context.list(reports))."
            },
            rule: Self.description)
    }
}
