import ClaimModel

/// "Final" names a match only as a noun: "the final on Sunday", "in the 2024 final, Wilson beat
/// Jones", "the final of the Harbour Cup", "a final 18-14". As an adjective it is everywhere
/// else ("the final result", "final agreements", "the final toll"). Unread, a registered final
/// whose name has no other kind word ("Harbour Cup final") could not be matched by a mention,
/// and "the 2024 final" in a report on this year's was filed under this year's (issue 13).
enum FinalNoun {
    static let words: WordSet = WordSet([
        "final", "finals", "semi-final", "semi-finals", "semifinal", "semifinals", "quarter-final", "quarter-finals",
    ].map(WordHash.of))
    /// Lower-case words a noun "final" may be followed by: prepositions, conjunctions and verbs.
    static let after: WordSet = WordSet([
        "on", "in", "at", "of", "against", "between", "with", "and", "or", "but", "was", "is", "will", "would",
        "ended", "ends", "began", "begins", "starts", "started", "took", "takes", "went", "drew", "attracted",
        "had", "has", "which", "that", "where", "when", "after", "before", "by", "to", "for", "from", "last",
        "this", "since", "he", "she", "they", "it", "itself",
    ].map(WordHash.of))

    /// Whether the match phrase at `span` may name a match in `range`.
    static func admits(_ span: ClosedRange<Int>, in tokens: [Token], range: Range<Int>) -> Bool {
        guard span.count == 1, words.contains(tokens[span.lowerBound].hash) else { return true }
        let next = span.upperBound + 1
        guard next < range.upperBound else { return true }
        let token = tokens[next]
        return token.kind != .word || token.isCapitalized || after.contains(token.hash)
    }
}
