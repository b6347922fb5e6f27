/// A period that a figure is only compared with: "up from 786 million in 2024", "from the
/// first quarter of 2024", "higher than in 2019", "compared with 2023". Such a year or quarter
/// is the comparison's; it is not when the clause's event happened, so it must not date the
/// clause (which would move the figure to another year's event, or to none).
enum ComparedPeriod {
    /// Words that always introduce what something is compared with.
    static let comparers: WordSet = WordSet(["than", "compared", "versus", "vs", "against"].map(WordHash.of))
    /// Words that introduce it only after a change or a figure: "up from", "4 per cent on".
    static let changeComparers: WordSet = WordSet(["from", "on", "over"].map(WordHash.of))
    /// Words of a change before "from", "on" or "over".
    static let changeWords: WordSet = WordSet([
        "up", "down", "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling",
        "increase", "increased", "increases", "decrease", "decreased", "higher", "lower", "more", "less", "fewer",
        "grew", "growth", "gain", "gained", "drop", "dropped", "jumped", "climbed", "slipped", "declined", "cent",
        "percent", "%", "improvement", "improved",
    ].map(WordHash.of))
    /// How far back from the period its comparing word may stand: "from the first quarter of 2024".
    static let reach = 7
    /// How far before "from" the change may stand: "up 4 per cent from".
    static let changeReach = 4

    /// Whether the date cue at `index` (a span: a year, a quarter, a month) is what a figure is
    /// compared with. A single day is the day a figure was given ("rose from 20 on Monday").
    static func isCompared(_ tokens: [Token], at index: Int, range: Range<Int>) -> Bool {
        var probe = index - 1
        while probe >= range.lowerBound, index - probe <= reach {
            let hash = tokens[probe].hash
            if hash == Punctuation.comma || hash == Punctuation.semicolon { return false }
            if comparers.contains(hash) { return true }
            if changeComparers.contains(hash) { return followsChange(tokens, before: probe, range: range) }
            probe -= 1
        }
        return false
    }

    /// A change word or a figure shortly before the comparing word.
    static func followsChange(_ tokens: [Token], before index: Int, range: Range<Int>) -> Bool {
        var probe = index - 1
        while probe >= range.lowerBound, index - probe <= changeReach {
            if tokens[probe].kind == .number || changeWords.contains(tokens[probe].hash) { return true }
            if tokens[probe].hash == Punctuation.comma { return false }
            probe -= 1
        }
        return false
    }
}
