/// "Revenue rose to $4.5bn from $4.1bn", "net profit of 900 million euros a year earlier",
/// "up from €2.0 billion", "a year ago it booked $22bn": the figure a result is compared with
/// belongs to an earlier period, another report than the article's, so it is no claim about
/// the event the article covers. The comparison itself ("rose 12 per cent to $4.5bn from a year
/// earlier") keeps the figure before it: "from" then attaches to the change, not to a figure.
enum EarlierPeriod {
    static let moneyUnits: Set<String> = ["dollars", "euros", "pounds", "swiss-francs", "yen", "yuan", "rupees"]
    static let comparers: WordSet = WordSet(["from", "against", "versus", "vs", "vs."].map(WordHash.of))
    static let compared: WordSet = WordSet(["compared", "compares", "comparing", "compare"].map(WordHash.of))
    static let withTo: WordSet = WordSet(["with", "to"].map(WordHash.of))
    static let yearMarks: WordSet = WordSet(["year-ago", "year-earlier", "prior-year", "previous-year"]
        .map(WordHash.of))
    static let year = WordHash.of("year"), last = WordHash.of("last"), previous = WordHash.of("previous")
    static let agoWords: WordSet = WordSet(["earlier", "ago", "before", "previously"].map(WordHash.of))
    /// Words after a figure that end the phrase about it: a comparison of the change starts.
    static let stops: WordSet = WordSet(["from", "on", "than", "compared", "versus", "against", "over", "and", "but",
                                         "while", "up", "down"].map(WordHash.of))

    /// Whether the figure from `first` to `last` (its unit included) is the earlier period's.
    static func isEarlier(first: Int, last: Int, tokens: [Token], clause: Range<Int>) -> Bool {
        isCompared(before: first, tokens: tokens, clause: clause)
            || namesEarlierYear(after: last, tokens: tokens, clause: clause)
            || opensWithEarlierYear(before: first, tokens: tokens, clause: clause)
    }

    /// "from $4.1bn", "compared with 900 million euros", "against €2bn"; a currency sign may stand between.
    static func isCompared(before first: Int, tokens: [Token], clause: Range<Int>) -> Bool {
        var index = first - 1
        if index >= clause.lowerBound, UnitNouns.currencySigns[tokens[index].hash] != nil { index -= 1 }
        guard index >= clause.lowerBound else { return false }
        if comparers.contains(tokens[index].hash) { return true }
        return index - 1 >= clause.lowerBound && withTo.contains(tokens[index].hash)
            && compared.contains(tokens[index - 1].hash)
    }

    /// "900 million euros a year earlier", "$22bn in the same quarter last year", "€2bn in the
    /// year-ago period": up to six words after the figure, before any comparison or other figure.
    static func namesEarlierYear(after last: Int, tokens: [Token], clause: Range<Int>) -> Bool {
        var index = last + 1
        let end = min(clause.upperBound, last + 7)
        while index < end {
            let token = tokens[index]
            if token.kind != .word || stops.contains(token.hash) { return false }
            if yearMarks.contains(token.hash) { return true }
            if token.hash == year, index + 1 < clause.upperBound, agoWords.contains(tokens[index + 1].hash) {
                return true
            }
            if token.hash == year, index > last + 1,
               tokens[index - 1].hash == Self.last || tokens[index - 1].hash == previous {
                return true
            }
            index += 1
        }
        return false
    }

    /// "A year earlier, the company booked $22bn", "Last year it earned €3bn": the clause opens
    /// with the earlier period.
    static func opensWithEarlierYear(before first: Int, tokens: [Token], clause: Range<Int>) -> Bool {
        let start = clause.lowerBound
        guard start + 2 < first else { return false }
        if tokens[start].hash == Self.last, tokens[start + 1].hash == year { return true }
        return tokens[start + 1].hash == year && agoWords.contains(tokens[start + 2].hash)
            && (tokens[start].kind == .word && (tokens[start].hash == WordHash.of("a")
                || tokens[start].hash == WordHash.of("one")))
    }
}
