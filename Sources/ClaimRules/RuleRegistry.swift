/// Every built-in rule, in catalog order.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        CountMismatchRule(),
        SpeakerInconsistencyRule(),
        CategoryConflictRule(),
        FlagConflictRule(),
        ExpectationNotMetRule(),
        HedgedConflictRule(),
        ShiftAcrossEventsRule(),
        UpdateRule(),
        DisputedEstimateRule(),
        DecreaseWithoutCorrectionRule(),
        ExpectationChangedRule(),
        FirstContradictedRule(),
        OfficeConflictRule(),
    ]

    public static func rule(id: String) -> (any Rule)? { all.first { $0.description.id == id } }

    public static var ids: [String] { all.map { $0.description.id } }
}
