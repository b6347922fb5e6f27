import ClaimModel

/// "Revenue in the quarter to late January", "net income for the three months ended 26
/// January", "sales in the year through March": the date ends the period a company's figures
/// cover, not the day anything happened. Once that period is over when the article is
/// published, the figures are the report's (the article's event), and the date picks no event.
/// A period still running ("the quarter ending in April", in February) is the next report's.
enum ReportingPeriod {
    static let periodNouns: WordSet = WordSet([
        "quarter", "quarters", "months", "month", "year", "half", "period", "weeks", "semester", "fiscal",
    ].map(WordHash.of))
    static let periodEnds: WordSet = WordSet(["to", "ending", "ended", "through", "until", "till"].map(WordHash.of))

    /// Words that put a period ahead of the report: "the current quarter", "next year".
    static let comingPeriods: WordSet = WordSet(["current", "next", "coming", "following", "this"].map(WordHash.of))
    /// Words of a whole year's figures, which a quarter's report states beside the quarter's.
    static let yearWords: WordSet = WordSet(["full-year", "annual"].map(WordHash.of))
    static let wholeYear: WordSet = WordSet(["full", "whole"].map(WordHash.of))
    static let year = WordHash.of("year"), fiscal = WordHash.of("fiscal")
    static let quarter = WordHash.of("quarter"), quarterly = WordHash.of("quarterly")

    /// Days from a period's end to its report, at most (annual reports come within a quarter).
    static let maximumDelay = 120

    /// Whether the cue's date stands at the end of a reporting period that is over by `published`.
    static func endsPastPeriod(_ cue: DateCues.Cue, tokens: [Token], clause: Range<Int>, published: Day?) -> Bool {
        // A report follows the end of its period by weeks, not by most of a year: "the quarter to
        // late June" in May is a coming quarter, whatever year the bare month was read as.
        guard let published, cue.to <= published, published.dayNumber - cue.to.dayNumber <= maximumDelay,
              !namesComingPeriod(tokens, clause) else { return false }
        let start = max(clause.lowerBound, cue.position - 4)
        guard start < cue.position,
              let end = (start..<cue.position).last(where: { periodEnds.contains(tokens[$0].hash) }) else {
            return false
        }
        return (max(clause.lowerBound, end - 4)..<end).contains { periodNouns.contains(tokens[$0].hash) }
    }

    /// "For the current quarter", "next year": the clause's figures belong to a later report.
    static func namesComingPeriod(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.contains { index in
            index + 1 < range.upperBound && comingPeriods.contains(tokens[index].hash)
                && periodNouns.contains(tokens[index + 1].hash)
        }
    }

    /// Whether a company figure in `range` covers another period than the report `eventName`
    /// names: a coming one, or the whole year ("for the full fiscal year, revenue rose to
    /// $130bn") in coverage of a quarter's results.
    static func isOtherPeriod(_ tokens: [Token], _ range: Range<Int>, eventName: String) -> Bool {
        if namesComingPeriod(tokens, range) { return true }
        let eventWords = Tokenizer.tokens(in: Array(eventName.lowercased().utf8)).map(\.hash)
        guard eventWords.contains(quarter) || eventWords.contains(quarterly) else { return false }
        // "the full year", "the whole fiscal year", "annual sales"; not "its fiscal year".
        return range.contains { index in
            guard !yearWords.contains(tokens[index].hash) else { return true }
            guard tokens[index].hash == year, index > range.lowerBound else { return false }
            var before = index - 1
            if tokens[before].hash == fiscal, before > range.lowerBound { before -= 1 }
            return wholeYear.contains(tokens[before].hash)
        }
    }
}
