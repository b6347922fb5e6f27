import ClaimModel

/// A plan or forecast that a later report contradicts.
public struct ExpectationNotMetRule: Rule {
    public static let description = RuleDescription(
        id: "expectation-not-met",
        name: "Expectation not met",
        summary: "An expected or planned claim differs from a later asserted one for the same event.",
        rationale: "Previews are overtaken by events; that is a change, not an error, but an editor republishing the preview should know the plan did not hold.",
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("Expected to attend in person, reported on a video link",
                        [.attendance("in-person", in: "outlet-a", .expected), .attendance("video-link", in: "outlet-c")]),
            RuleExample("A call expected by phone took place by video link",
                        [.attendance("phone", in: "outlet-a", .expected, event: "call-sep"),
                         .attendance("video-link", in: "outlet-c", event: "call-sep")]),
        ],
        nonTriggeringExamples: [
            RuleExample("Expected to join online, then reported on a video link: the plan held",
                        [.attendance("remote", in: "outlet-a", .expected), .attendance("video-link", in: "outlet-c")]),
            RuleExample("A report published before the forecast does not overtake it",
                        [.attendance("in-person", in: "outlet-c", .expected), .attendance("video-link", in: "outlet-a")]),
            RuleExample("A forecast about another event",
                        [.attendance("in-person", in: "outlet-a", .expected, event: "summit-jan"), .attendance("video-link", in: "outlet-c")]),
        ])

    public init() {}

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        PairwiseConflicts.oneSided(
            in: group, context: context,
            isLead: { $0.modality == .expected },
            isOther: { $0.modality == .asserted },
            // A report overtakes a forecast unless it is known to be older.
            leadMustNotBeLater: true,
            message: { expectations, reports in
                "\(context.topic(group.key)): \(context.names(expectations)) expected \(context.valueText(expectations[0])), but later reports give \(context.list(reports))."
            },
            rule: Self.description)
    }
}
