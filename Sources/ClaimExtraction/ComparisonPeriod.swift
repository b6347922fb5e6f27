/// What a change in a company's figure is measured against. Results coverage gives the change
/// on the year ("up 78 per cent from a year earlier", "year-on-year") unless it says otherwise,
/// and a change on the quarter before ("rose 12 per cent from the third quarter",
/// "sequentially", "quarter-on-quarter") is another figure: a subject of its own
/// ("nordbank-revenue-sequential"), so the two are never one key.
enum ComparisonPeriod {
    static let sequentialWords: WordSet = WordSet([
        "sequentially", "quarter-on-quarter", "quarter-over-quarter", "q/q", "qoq", "sequential",
    ].map(WordHash.of))
    static let comparers: WordSet = WordSet(["from", "on", "over", "than", "with"].map(WordHash.of))
    static let previous: WordSet = WordSet([
        "previous", "prior", "preceding", "last", "first", "second", "third", "fourth",
    ].map(WordHash.of))
    static let quarterWords: WordSet = WordSet(["quarter", "three-month", "months"].map(WordHash.of))
    /// Words that turn "the third quarter" into a year-ago period: "of last year", "a year ago";
    /// a year's number does too ("the third quarter of 2019"), see `YearNumber`.
    static let yearMarks: WordSet = WordSet(["year", "year-ago", "year-earlier"].map(WordHash.of))
    static let the = WordHash.of("the"), three = WordHash.of("three")

    /// Whether the words after the change cue (to the clause's end) compare with the quarter before.
    static func isSequential(after change: ClosedRange<Int>, tokens: [Token], text: [UInt8],
                             clause: Range<Int>) -> Bool {
        var index = change.upperBound + 1
        while index < clause.upperBound {
            let hash = tokens[index].hash
            if sequentialWords.contains(hash) { return true }
            if comparers.contains(hash),
               namesPreviousQuarter(from: index + 1, tokens: tokens, text: text, clause: clause) {
                return true
            }
            index += 1
        }
        return false
    }

    /// "the previous quarter", "the third quarter", "the prior three months", but not "the third
    /// quarter of last year" nor "the same quarter a year earlier".
    static func namesPreviousQuarter(from start: Int, tokens: [Token], text: [UInt8], clause: Range<Int>) -> Bool {
        var index = start
        if index < clause.upperBound, tokens[index].hash == the { index += 1 }
        guard index + 1 < clause.upperBound, previous.contains(tokens[index].hash) else { return false }
        index += 1
        if tokens[index].hash == three, index + 1 < clause.upperBound { index += 1 }
        guard quarterWords.contains(tokens[index].hash) else { return false }
        let end = min(clause.upperBound, index + 5)
        return !((index + 1)..<max(index + 1, end)).contains {
            yearMarks.contains(tokens[$0].hash) || YearNumber.isYear(tokens[$0], text)
        }
    }
}
