import ClaimModel

/// Wins whose winner is the clause's subject rather than the name next to the verb, the shapes
/// sports and results copy is full of: a participle after the main verb ("X became the first
/// Chinese champion on Monday night, beating Y in the final", "X set a world record by winning
/// the marathon", "X retained her crown, defeating Y 6-4 6-2") and a title given to the subject
/// ("X was crowned champion", "X became world champion"). A participle names the winner only
/// when the main clause does not place the subject elsewhere ("X finished second, beating Y"),
/// and a title only when nothing but adjectives stands between the verb and "champion"
/// ("became the first player to beat the champion" names no champion); a conditional ("would
/// become champion") names no winner (issue 12).
extension ClaimExtractor {
    /// Words that make a participle an attached clause: ", beating", "by winning", "after defeating".
    static let participleLinks: WordSet = WordSet(["by", "after"].map(WordHash.of))
    /// A place other than first in the main clause: the subject did not win.
    static let lowerPlaces: WordSet = WordSet([
        "second", "third", "fourth", "fifth", "sixth", "runner-up", "runners-up", "silver", "bronze", "lost", "loses",
        "losing", "beaten", "defeated", "semi-final", "semi-finals", "semifinal", "quarter-final", "qualifying",
    ].map(WordHash.of))
    /// Verbs that give the subject a title: "became champion", "was crowned champion".
    static let titleVerbs: WordSet = WordSet(["became", "becomes", "become", "crowned"].map(WordHash.of))
    static let championWords: WordSet = WordSet(["champion", "champions"].map(WordHash.of))
    /// Words that make "became ... champion" something else: "the first to beat the champion".
    static let titleBreakers: WordSet = WordSet([
        "to", "of", "beat", "beating", "against", "over", "than", "former", "defending", "reigning", "would", "could",
        "might",
    ].map(WordHash.of))
    static let toWord = WordHash.of("to")
    static let conditionals: WordSet = WordSet(["would", "could", "might", "may", "hopes", "hoping", "bidding"]
        .map(WordHash.of))

    /// "-ing" forms that name a win only as an attached participle (", winning the title", "by
    /// taking gold"): "the winning goal" and "a title-winning side" name none.
    static let wonParticiples: WordSet = WordSet(["winning", "clinching"].map(WordHash.of))
    static let prizeParticiples: WordSet = WordSet([
        "taking", "claiming", "capturing", "securing", "retaining", "defending", "collecting",
    ].map(WordHash.of))

    func participleWording(_ verb: Int, _ context: ClauseContext) -> WinWording? {
        let hash = context.tokens[verb].hash
        guard Self.wonParticiples.contains(hash) || Self.prizeParticiples.contains(hash),
              isAttachedParticiple(verb, context) else { return nil }
        return Self.wonParticiples.contains(hash) ? .won : .prize
    }

    /// Whether the token at `verb` is an "-ing" form standing after a comma, "by" or "after".
    func isAttachedParticiple(_ verb: Int, _ context: ClauseContext) -> Bool {
        let tokens = context.tokens, text = context.text, token = tokens[verb]
        guard verb > context.clause.range.lowerBound, token.length > 4,
              text[token.end - 3] == UInt8(ascii: "i"), text[token.end - 2] == UInt8(ascii: "n"),
              text[token.end - 1] == UInt8(ascii: "g") else { return false }
        let before = tokens[verb - 1].hash
        return before == Punctuation.comma || Self.participleLinks.contains(before)
    }

    /// The clause's subject, for a participle after its main verb: the first person, team, party
    /// or country the clause opens with (over a dateline, "The Kenyan", "Spain's"), when the
    /// main clause between it and the participle gives it no lower place.
    func participleWinner(_ verb: Int, _ context: ClauseContext) -> EntityMention? {
        guard isAttachedParticiple(verb, context), let subject = clauseSubject(before: verb, context) else {
            return nil
        }
        let main = (subject.tokens.upperBound + 1)..<verb
        if main.contains(where: { Self.lowerPlaces.contains(context.tokens[$0].hash)
            || Self.conditionals.contains(context.tokens[$0].hash) }) { return nil }
        return subject
    }

    /// "X was crowned champion", "X became the first Chinese world champion": the subject, with
    /// the verb right after it (over "was", "has", "on Sunday") and only adjectives up to
    /// "champion". Returns the index of "champion", where the contest's complement starts.
    func titledWinner(_ verb: Int, _ context: ClauseContext) -> (EntityMention, Int)? {
        let tokens = context.tokens, range = context.clause.range
        // "had hoped to become champion", "is bidding to become champion": a goal, not a title.
        guard Self.titleVerbs.contains(tokens[verb].hash), verb > range.lowerBound,
              tokens[verb - 1].hash != Self.toWord,
              let title = ((verb + 1)..<min(range.upperBound, verb + 8)).first(where: {
                  Self.championWords.contains(tokens[$0].hash)
              }),
              !((verb + 1)..<title).contains(where: {
                  Self.titleBreakers.contains(tokens[$0].hash) || tokens[$0].kind == .punctuation
              }),
              !(range.lowerBound..<verb).contains(where: { Self.conditionals.contains(tokens[$0].hash) }),
              let winner = nearWinner(verb, context) ?? clauseSubject(before: verb, context) else { return nil }
        return (winner, title)
    }

    /// The first winner-kind mention of the clause, when only a dateline, determiners, capitalised
    /// words and demonyms stand before it.
    func clauseSubject(before verb: Int, _ context: ClauseContext) -> EntityMention? {
        let tokens = context.tokens, range = context.clause.range, mentions = context.fact.mentions
        // "CHICAGO -- Kiptum ...": the dateline's place is not the subject.
        let dateline = Self.dateline(tokens, range, text: context.text).first ?? range.lowerBound..<range.lowerBound
        guard let subject = mentions.first(where: {
            range.contains($0.tokens.lowerBound) && !dateline.contains($0.tokens.lowerBound)
                && $0.tokens.upperBound < verb && Self.winnerKinds.contains($0.kind) && !$0.isDemonym
        }), subject.tokens.lowerBound - range.lowerBound <= 10,
              !isPrepositionObject(subject, tokens: tokens) else { return nil }
        let lead = range.lowerBound..<subject.tokens.lowerBound
        let plain = lead.allSatisfy { index in
            let token = tokens[index]
            return token.kind != .word || token.isCapitalized || Self.determiners.contains(token.hash)
                || NationalityReader.isPossessive(index, tokens: tokens, text: context.text)
                || mentions.contains { $0.isDemonym && $0.tokens.contains(index) }
        }
        return plain ? subject : nil
    }
}
