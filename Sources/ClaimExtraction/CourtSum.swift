import ClaimModel

/// "Her party has to pay two million euros", "was ordered to pay 50,000 euros": a sum a court
/// case makes someone pay is its fine (or penalty), not a pledge, whichever verb of paying the
/// article uses; the pledge cues ("pay", "provide") are about donors at meetings. Likewise
/// "insurers expect to pay out about 3.5 billion euros in claims" is what the damage costs
/// insurers (the insured losses), not a pledge.
enum CourtSum {
    static let fineID = "fine-amount", damageID = "damage-cost"
    static let inWord = WordHash.of("in")
    static let claimWords: WordSet = WordSet(["claims", "payouts", "insured"].map(WordHash.of))

    /// The attribute a sum placed as a pledge stands for: a fine at a court case, the cost of the
    /// damage when it is paid "in claims", else the pledge.
    static func attribute(_ pledge: String, event: Event?, after last: Int, tokens: [Token],
                          clause: Range<Int>) -> String {
        if isSentence(in: event) { return fineID }
        var index = last + 1
        guard index + 1 < clause.upperBound, tokens[index].hash == inWord else { return pledge }
        index += 1
        if tokens[index].hash == WordHash.of("insurance"), index + 1 < clause.upperBound { index += 1 }
        return claimWords.contains(tokens[index].hash) ? damageID : pledge
    }

    /// Whether the figure's event is a court case: its name is a trial's, a verdict's or a ruling's.
    static func isSentence(in event: Event?) -> Bool {
        guard let event else { return false }
        return EventKind.of(name: event.name) == .trial
    }
}
