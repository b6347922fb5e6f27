import ClaimModel

/// Two asserted, exclusive categories that differ for the same key.
public struct CategoryConflictRule: Rule {
    public static let description = RuleDescription(
        id: "category-conflict",
        name: "Category conflict",
        summary: "Different speakers assert exclusive categories for the same subject, attribute and event, such as "
            + "in person against remote at one meeting.",
        rationale: "A leader was either in the room or on a video link; when outlets disagree, one placed them "
            + "wrongly.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("In person against video link at one summit",
                        [.attendance("in-person", in: "outlet-b"), .attendance("video-link", in: "outlet-c")]),
            RuleExample("Attended against absent",
                        [.attendance("present", in: "outlet-b"), .attendance("absent", in: "outlet-c")]),
        ],
        nonTriggeringExamples: [
            RuleExample("\"Online\" and \"video link\" agree: one refines the other",
                        [.attendance("remote", in: "outlet-b"), .attendance("video-link", in: "outlet-c")]),
            RuleExample("\"Took part\" agrees with either mode",
                        [.attendance("present", in: "outlet-b"), .attendance("in-person", in: "outlet-c")]),
            RuleExample("Different summits: attendance may change",
                        [.attendance("video-link", in: "outlet-b"),
                         .attendance("in-person", in: "outlet-d", event: "summit-jan")]),
            RuleExample("Non-exclusive categories can all hold",
                        [.topic("ceasefire", in: "outlet-b"), .topic("sanctions", in: "outlet-c")]),
            RuleExample("A preview against a report is judged by the expectation rule",
                        [.attendance("in-person", in: "outlet-a", .expected),
                         .attendance("video-link", in: "outlet-c")]),
        ])

    public init() {}

    // Offices are compared by date, by the office rule.
    public static func applies(to attribute: Attribute) -> Bool {
        attribute.kind == .category && attribute.exclusive && !attribute.isOffice
    }

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        guard Self.applies(to: group.attribute) else { return [] }
        return PairwiseConflicts.disagreements(in: group, context: context, rule: Self.description)
    }
}
