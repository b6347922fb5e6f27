/// How firmly a claim is made. Negation is not a modality: "did not sign" is `signed: false`.
public enum Modality: String, Sendable, CaseIterable, Comparable {
    /// Stated as fact.
    case asserted
    /// A plan, forecast or preview: "is expected to join online".
    case expected
    /// Qualified: "probably", "may", "reportedly".
    case hedged

    public static func < (lhs: Modality, rhs: Modality) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whose voice a claim is reported in.
public enum Attribution: String, Sendable, CaseIterable {
    /// The outlet's own voice.
    case narrator
    case directQuote = "direct-quote"
    case reportedSpeech = "reported-speech"
    case anonymousSource = "anonymous-source"

    /// Words for people: "direct quote" rather than "direct-quote".
    public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}
