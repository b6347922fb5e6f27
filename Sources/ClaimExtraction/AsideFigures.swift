import ClaimModel

/// Figures in a relative clause about an event: "the Agadir earthquake of February 1960, which
/// killed about 12,000", "the Tarn Road fire in November 1996, which killed 41 people". The
/// aside is set aside so its figures are never the main clause's; but they are the event's,
/// stated as plainly as a clause of its own would. Read as a clause from the event's mention to
/// the aside's end, with only the aside's figures and names. An aside about a body is not read:
/// "the bloc, which now counts eleven members" and "the fund, which Brazil hopes will hold
/// $125 billion" describe the body, not a figure of this story's event (issue 12).
extension ClaimExtractor {
    static let whichWord = WordHash.of("which")
    /// How far before the aside's comma the event's mention may end: "the Tarn Road fire on
    /// Mill Street in November 1996, which".
    static let antecedentReach = 7

    /// The clause each ", which ..." aside with figures reads as (the event's mention to the
    /// aside's end, no asides), where the aside opens, and the event its figures are about.
    func asideFigureClauses(_ clause: Clause, fact: SentenceFacts, numbers: [NumberPhrase],
                            tokens: [Token]) -> [(clause: Clause, comma: Int, event: String)] {
        var found: [(clause: Clause, comma: Int, event: String)] = []
        for aside in clause.asides where aside.count > 3 && tokens[aside.lowerBound + 1].hash == Self.whichWord {
            guard numbers.contains(where: { aside.contains($0.tokens.lowerBound) }),
                  let event = antecedent(before: aside.lowerBound, fact: fact, tokens: tokens,
                                         floor: clause.range.lowerBound),
                  let id = event.id else { continue }
            found.append((Clause(range: event.mention.tokens.lowerBound..<aside.upperBound, asides: []),
                          aside.lowerBound, id))
        }
        return found
    }

    /// The first token of the event named last before `comma`, over at most a few words of no
    /// punctuation ("of February 1960", "on Mill Street in November 1996").
    func antecedent(before comma: Int, fact: SentenceFacts, tokens: [Token], floor: Int) -> ResolvedEvent? {
        let lower = max(floor, comma - Self.antecedentReach - 1)
        guard let last = fact.events.filter({
                  $0.mention.tokens.upperBound < comma && $0.mention.tokens.upperBound >= lower
              }).max(by: { $0.mention.tokens.upperBound < $1.mention.tokens.upperBound }),
              !((last.mention.tokens.upperBound + 1)..<comma).contains(where: { tokens[$0].kind == .punctuation })
        else { return nil }
        return last
    }
}
