import ClaimModel

/// True against false for the same key.
public struct FlagConflictRule: Rule {
    public static let description = RuleDescription(
        id: "flag-conflict",
        name: "Flag conflict",
        summary: "Different speakers assert true and false for the same subject, attribute and event: signed "
            + "against did not sign.",
        rationale: "A yes/no fact has no middle ground; two outlets that disagree cannot both be right.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("Signed against did not sign",
                        [.signed(true, in: "outlet-b"), .signed(false, in: "outlet-c")]),
        ],
        nonTriggeringExamples: [
            RuleExample("Both say it signed",
                        [.signed(true, in: "outlet-b"), .signed(true, in: "outlet-c")]),
            RuleExample("A hedged \"may not sign\" is judged by the hedged-conflict rule",
                        [.signed(true, in: "outlet-b"), .signed(false, in: "outlet-c", .hedged)]),
            RuleExample("Different events",
                        [.signed(true, in: "outlet-b"), .signed(false, in: "outlet-d", event: "summit-jan")]),
        ])

    public init() {}

    public static func applies(to attribute: Attribute) -> Bool { attribute.kind == .flag }

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        guard Self.applies(to: group.attribute) else { return [] }
        return PairwiseConflicts.disagreements(in: group, context: context, rule: Self.description)
    }
}
