/// Two readings that would put words in a person's mouth: "X has not confirmed whether she will
/// attend" leaves the attendance open (the negation is the confirmation's, not the
/// attendance's), and in "X's delegation attended" or "X's envoy skipped the summit" the one who
/// did it is the delegation or the envoy, not X. "X's absence from the summit" still is X's: the
/// cue stands right after the possessive.
extension ClaimExtractor {
    static let questionWords: WordSet = WordSet(["whether", "if"].map(WordHash.of))

    /// Whether "whether" or "if" opens the cue's clause within four words before it.
    static func isOpenQuestion(_ cue: ClosedRange<Int>, tokens: [Token], clause: Range<Int>) -> Bool {
        let start = max(clause.lowerBound, cue.lowerBound - 4)
        return (start..<cue.lowerBound).contains { questionWords.contains(tokens[$0].hash) }
    }

    /// Whether the person at `subject` only owns the noun that does it ("X's delegation attended").
    static func isPossessor(_ subject: ClosedRange<Int>, cue: ClosedRange<Int>, tokens: [Token],
                            text: [UInt8]) -> Bool {
        guard cue.lowerBound > subject.upperBound else { return false }
        // "X's wife, Y Z, attended": the apposition names the one who did it.
        if (subject.upperBound..<cue.lowerBound).contains(where: { tokens[$0].hash == Punctuation.comma }) {
            return false
        }
        let next = subject.upperBound + 1
        if next < tokens.count, NationalityReader.isPossessive(next, tokens: tokens, text: text) {
            return cue.lowerBound != next + 1
        }
        if NationalityReader.endsInPossessive(subject.upperBound, tokens: tokens, text: text) {
            return cue.lowerBound != next
        }
        return false
    }
}
