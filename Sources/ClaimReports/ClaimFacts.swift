import ClaimModel
import ClaimRules

/// A claim in words, as every human-readable report shows it: the value, who said it in
/// which voice, the outlet and date, and where it stands. Built in one place so the text,
/// Markdown and HTML reports describe a claim the same way. Raw text: each format escapes.
public struct ClaimFacts: Sendable {
    /// "26 countries"
    public var value: String
    /// "Emmanuel Macron", or the outlet for its own voice.
    public var speaker: String
    /// "narrator, asserted" or "Emmanuel Macron, direct quote, asserted"
    public var voice: String
    public var outlet: String
    /// "4 Sep 2025" or "undated"
    public var date: String
    /// "002_795e1964be4e6087.txt:4"
    public var evidence: String
    /// The other places the claim stands: "line 22", "003_bc2e8d4b7debda9d.txt:10".
    public var alsoAt: [String]
    public var statement: String
    public var modality: Modality

    public init(_ claim: Claim, in claimSet: ClaimSet) {
        let context = RuleContext(claimSet: claimSet, severity: .info)
        value = context.valueText(claim)
        speaker = context.speakerName(claim)
        voice = claim.speaker == .narrator
            ? "narrator, \(claim.modality.rawValue)"
            : "\(speaker), \(claim.attribution.label), \(claim.modality.rawValue)"
        outlet = claimSet.sources[claim.sourceID]?.outlet ?? claim.sourceID
        date = claimSet.effectiveDate(of: claim)?.humanDescription ?? "undated"
        evidence = claim.evidence.location
        alsoAt = claim.alsoAt.map { $0.evidence.file == claim.evidence.file ? "line \($0.evidence.line)" : $0.evidence.location }
        statement = claim.statement
        modality = claim.modality
    }

    /// The evidence with its other places: "003_x.txt:5 (also line 22)".
    public var evidenceWithRepeats: String {
        alsoAt.isEmpty ? evidence : evidence + " (also " + alsoAt.joined(separator: ", ") + ")"
    }
}
