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
        if isSuperlativeSince(tokens, at: index, range: range) { return true }
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

    /// Superlatives a record is measured by: "the highest since", "the worst turnout since". Not
    /// "first": "the first finalist since Ding in 2016" tells of that earlier final.
    static let superlatives: WordSet = WordSet([
        "highest", "lowest", "biggest", "largest", "smallest", "worst", "best", "deadliest", "strongest", "weakest",
        "heaviest", "hottest", "coldest", "wettest", "driest", "fastest", "slowest", "longest", "shortest",
        "greatest", "most", "least", "busiest", "costliest", "warmest", "closest", "widest", "sharpest",
        "steepest",
    ].map(WordHash.of))
    static let since = WordHash.of("since")
    static let relatives: WordSet = WordSet(["when", "where", "which"].map(WordHash.of))

    /// "Turnout was 82.5 per cent, the highest since reunification in 1990": the year is the
    /// record's, which the figure is measured against, not when the turnout was; read as the
    /// clause's date it left the main election's turnout with no event at all (issue 13). A date
    /// the sentence goes on to tell of ("the worst since 1948, when 176 died in a blaze") dates
    /// that earlier event, and stays a date.
    static func isSuperlativeSince(_ tokens: [Token], at index: Int, range: Range<Int>) -> Bool {
        var probe = index - 1
        var sinceAt: Int?
        while probe >= range.lowerBound, index - probe <= reach {
            if tokens[probe].hash == Punctuation.comma || tokens[probe].hash == Punctuation.semicolon { return false }
            if tokens[probe].hash == since { sinceAt = probe; break }
            probe -= 1
        }
        guard let sinceAt else { return false }
        var back = sinceAt - 1
        var isRecord = false
        while back >= range.lowerBound, sinceAt - back <= 3, tokens[back].kind == .word {
            if superlatives.contains(tokens[back].hash) { isRecord = true; break }
            back -= 1
        }
        guard isRecord else { return false }
        // Past the date's own words: "since November 1967, when floods killed 500".
        var next = index + 1
        while next < range.upperBound, tokens[next].kind == .number { next += 1 }
        if next < range.upperBound, tokens[next].hash == Punctuation.comma { next += 1 }
        return !(next < range.upperBound && relatives.contains(tokens[next].hash))
    }
}
