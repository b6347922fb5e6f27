/// "Norway, Indonesia and France have pledged a combined $4.5bn": the figure is theirs
/// together, so none of them alone may be given it (the curator gets a note instead).
enum SharedFigure {
    static let markers: WordSet = WordSet(["combined", "joint", "jointly", "collectively", "together"].map(WordHash.of))

    /// Whether a marker stands in the three words before the number ("a combined $4.5bn",
    /// "together pledged 300") or right after it ("$2bn between them").
    static func isShared(_ number: NumberPhrase, tokens: [Token], clause: Range<Int>) -> Bool {
        let first = number.tokens.lowerBound, last = number.tokens.upperBound
        for index in max(clause.lowerBound, first - 3)..<first where markers.contains(tokens[index].hash) {
            return true
        }
        if last + 2 < clause.upperBound, tokens[last + 1].hash == between, tokens[last + 2].hash == them { return true }
        return false
    }

    static let between = WordHash.of("between"), them = WordHash.of("them")
}
