import ClaimModel

/// "The 29-year-old defeated X", "the 24-year-old won the race": a winner written as an age used
/// as a noun is the person named last before the clause, in the sentence or the ones before, as
/// an age of that form is (`anaphoricAgeDrafts`). Only the age and words that may stand between
/// a winner and the verb ("has", "on Sunday", a comma) precede the verb; "the 25-year-old
/// woman" describes someone else, and a person named in the clause itself is not the winner
/// the age stands for (issue 12).
extension ClaimExtractor {
    func anaphoricWinner(_ verb: Int, _ context: ClauseContext) -> EntityMention? {
        let tokens = context.tokens, clause = context.clause.range, fact = context.fact
        let reach = max(clause.lowerBound, verb - Self.winnerReach)..<verb
        guard let position = AgeReader.anaphoric(in: reach, tokens: tokens, text: context.text).last,
              ((position + 1)..<verb).allSatisfy({
                  tokens[$0].kind == .punctuation || Self.winnerGapWords.contains(tokens[$0].hash)
              }) else { return nil }
        // A person named in the clause before the age is someone the sentence tells apart.
        let clauseStart = Self.lastCoordination(tokens, before: position, after: clause.lowerBound) ?? clause.lowerBound
        guard !fact.mentions.contains(where: {
            $0.kind == .person && $0.tokens.lowerBound >= clauseStart && $0.tokens.upperBound < position
        }) else { return nil }
        if let earlier = fact.mentions.last(where: { $0.kind == .person && $0.tokens.upperBound < clauseStart }) {
            return earlier
        }
        guard let previous = fact.previousPerson, registry.entities[previous] != nil else { return nil }
        return EntityMention(entityID: previous, kind: .person, tokens: (position - 1)...position, form: .name)
    }
}
