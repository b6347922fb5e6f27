import ClaimModel

/// One speaker gives incompatible values for the same key.
public struct SpeakerInconsistencyRule: Rule {
    public static let description = RuleDescription(
        id: "speaker-inconsistency",
        name: "Speaker inconsistency",
        summary: "The same speaker is reported giving incompatible values for the same subject, attribute and event.",
        rationale: "A person does not usually contradict themselves within a day: one of the quotations is likely "
            + "mistranslated or misattributed, and the outlet should check its transcript.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("Macron quoted with 26 and with 20 countries for one pledge",
                        [.pledge(.exactly(26), by: "macron", in: "outlet-b"),
                         .pledge(.exactly(20), by: "macron", in: "outlet-c")]),
            RuleExample("One outlet contradicts itself on attendance",
                        [.attendance("in-person", in: "outlet-b"), .attendance("video-link", in: "outlet-b")]),
            RuleExample("The police give two crowd sizes on one day",
                        [.crowd(.exactly(9000), by: "city-police", in: "outlet-b"),
                         .crowd(.exactly(6000), by: "city-police", in: "outlet-e")]),
            RuleExample("A fixed figure: the police's count of people aboard differs a day later",
                        [.aboard(.exactly(40), by: "city-police", in: "outlet-b"),
                         .aboard(.exactly(44), by: "city-police", in: "outlet-c")]),
            RuleExample("The police give a different crowd size a day after the march",
                        [.crowd(.exactly(9000), by: "city-police", in: "outlet-b"),
                         .crowd(.exactly(6000), by: "city-police", in: "outlet-c")]),
            RuleExample("Economists give two costs of a running strike on one day",
                        [.strikeCost(.exactly(40_000_000), by: "port-economists", in: "outlet-b"),
                         .strikeCost(.exactly(90_000_000), by: "port-economists", in: "outlet-e")]),
        ],
        nonTriggeringExamples: [
            RuleExample("The same speaker's value repeated is consistent",
                        [.pledge(.exactly(26), by: "macron", in: "outlet-b"),
                         .pledge(.exactly(26), by: "macron", in: "outlet-c")]),
            RuleExample("Different speakers disagreeing is a count mismatch, not this rule",
                        [.pledge(.exactly(26), by: "macron", in: "outlet-b"), .pledge(.exactly(20), in: "outlet-c")]),
            RuleExample("Different events: a speaker's count may change",
                        [.pledge(.exactly(26), by: "macron", in: "outlet-b"),
                         .pledge(.exactly(30), by: "macron", in: "outlet-d", event: "summit-jan")]),
            RuleExample("A vague and an exact count that agree",
                        [.pledge(.range(min: 25, max: nil), by: "macron", in: "outlet-b"),
                         .pledge(.exactly(26), by: "macron", in: "outlet-c")]),
            RuleExample("Economists' running estimate of a strike's cost moves a day later: an update",
                        [.strikeCost(.exactly(40_000_000), by: "port-economists", in: "outlet-b"),
                         .strikeCost(.exactly(90_000_000), by: "port-economists", in: "outlet-c")]),
            RuleExample("The police raise a toll a day later: an update",
                        [.toll(.exactly(12), by: "city-police", in: "outlet-b"),
                         .toll(.exactly(27), by: "city-police", in: "outlet-c")]),
            RuleExample("The police lower a toll a day later: a decrease without correction",
                        [.toll(.exactly(27), by: "city-police", in: "outlet-b"),
                         .toll(.exactly(12), by: "city-police", in: "outlet-c")]),
        ])

    public init() {}

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        PairwiseConflicts.findings(
            in: group, context: context,
            pairing: .sameSpeaker,
            message: { side, others in
                "\(context.topic(group.key)): \(context.speakerName(side[0])) is reported giving incompatible "
                    + "values: \(context.valuesByOutlet(side + others.joined()))."
            },
            rule: Self.description)
    }
}
