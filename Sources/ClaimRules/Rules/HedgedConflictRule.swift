import ClaimModel

/// A qualified claim that an asserted one contradicts.
public struct HedgedConflictRule: Rule {
    public static let description = RuleDescription(
        id: "hedged-conflict",
        name: "Hedged conflict",
        summary: "A hedged claim (probably, may, reportedly) differs from an asserted one for the same subject, "
            + "attribute and event.",
        rationale: "The hedge signals doubt that the asserted claim seems to settle: worth a look, rarely worth "
            + "blocking.",
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("\"May not sign\" against signed",
                        [.signed(false, in: "outlet-b", .hedged), .signed(true, in: "outlet-c")]),
            RuleExample("\"Probably remote\" against in person",
                        [.attendance("remote", in: "outlet-b", .hedged),
                            .attendance("in-person", in: "outlet-c")]),
        ],
        nonTriggeringExamples: [
            RuleExample("\"May also take part\" conflicts with nothing when nobody says otherwise",
                        [.attendance("present", of: "rutte", in: "outlet-a", .hedged)]),
            RuleExample("\"May take part\" agrees with a report that they took part remotely",
                        [.attendance("present", of: "rutte", in: "outlet-a", .hedged),
                            .attendance("remote", of: "rutte", in: "outlet-c")]),
            RuleExample("Two hedged claims do not settle anything",
                        [.attendance("remote", in: "outlet-b", .hedged),
                            .attendance("in-person", in: "outlet-c", .hedged)]),
        ])

    public init() {}

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        PairwiseConflicts.oneSided(
            in: group, context: context,
            lead: .hedged,
            other: .asserted,
            leadMustNotBeLater: false,
            message: { hedged, asserted in
                "\(context.topic(group.key)): \(context.names(hedged)) reported with reservation "
                    + "\(context.valueText(hedged[0])), but \(context.list(asserted, joiner: "according to"))."
            },
            rule: Self.description)
    }
}
