/// "Analysts had expected revenue of $4.5bn", "beating estimates of $1.07bn", "the consensus
/// was $2bn": a figure after words of an estimate is what someone forecast, not what the
/// company reported; the reported figure stands before them ("revenue rose to $4.6bn, ahead of
/// analysts' estimates").
enum AnalystEstimate {
    static let words: WordSet = WordSet([
        "analyst", "analysts", "estimate", "estimates", "estimated", "consensus", "expectations", "expectation",
        "polled", "poll", "survey", "surveyed", "forecasts", "projections", "anticipated", "predicted",
    ].map(WordHash.of))
    static let had = WordHash.of("had"), expected = WordHash.of("expected")

    /// Whether an estimate's word stands in the clause before the figure at `start`.
    static func precedes(_ start: Int, tokens: [Token], clause: Range<Int>) -> Bool {
        (clause.lowerBound..<start).contains { index in
            let hash = tokens[index].hash
            return words.contains(hash) || (hash == expected && index > clause.lowerBound
                && tokens[index - 1].hash == had)
        }
    }
}
