/// "The average machinist's pay of $75,608 a year", "a pay rise of 38 per cent": "pay" as a noun
/// is a wage, not a sum pledged; the pledge cue is the verb ("Norway will pay $5 million").
enum WagePay {
    static let pay = WordHash.of("pay")
    static let before: WordSet = WordSet([
        "the", "a", "an", "'s", "their", "his", "her", "its", "our", "average", "annual", "basic", "base",
        "starting", "hourly", "weekly", "monthly", "yearly", "median", "take-home", "higher", "better", "equal",
    ].map(WordHash.of))
    static let after: WordSet = WordSet([
        "of", "rise", "rises", "raise", "raises", "deal", "deals", "increase", "increases", "packet", "cut", "cuts",
        "freeze", "gap", "scale", "talks", "offer", "offers", "claim", "dispute", "award",
    ].map(WordHash.of))

    /// Whether the cue is the noun "pay": a word of a wage before it or after it.
    static func isWage(_ cue: ClosedRange<Int>, tokens: [Token], clause: Range<Int>) -> Bool {
        guard cue.count == 1, tokens[cue.lowerBound].hash == pay else { return false }
        let index = cue.lowerBound
        if index > clause.lowerBound, before.contains(tokens[index - 1].hash) { return true }
        return index + 1 < clause.upperBound && after.contains(tokens[index + 1].hash)
    }
}
