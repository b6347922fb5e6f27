import ClaimModel

/// Who won, said with the noun rather than the verb, the way election and results copy does:
/// "X was declared the winner of the presidential election", "the commission declared X the
/// winner", "X emerged as the winner", "X was the winner of the Lisvik marathon", "the winner was
/// X". A self-declaration ("X declared himself the winner") names no mention and so no winner;
/// "a former winner", "the defending winner" describe a past contest and are left alone. The
/// contest is the one "of"/"in"/"at" names after the noun, else the clause's event where the
/// sentence names it (as for "took the title").
extension ClaimExtractor {
    static let winnerNouns: WordSet = WordSet(["winner", "victor"].map(WordHash.of))
    /// Verbs that declare a result: "declared the winner", "named winner", "confirmed as the winner".
    static let declaringVerbs: WordSet = WordSet([
        "declared", "named", "proclaimed", "confirmed", "announced", "emerged", "declares", "names", "proclaims",
    ].map(WordHash.of))
    static let beVerbs: WordSet = WordSet([
        "was", "is", "were", "are", "been", "be", "has", "have", "had",
    ].map(WordHash.of))
    /// Adverbs that may stand before the declaring verb: "officially declared", "formally named".
    static let declaringAdverbs: WordSet = WordSet([
        "officially", "formally", "provisionally", "finally", "later", "eventually", "also",
    ].map(WordHash.of))
    /// Words between "the" and "winner" that keep it a result: "the overall winner".
    static let resultQualifiers: WordSet = WordSet(["overall", "outright", "eventual", "clear"].map(WordHash.of))
    static let contestLinks: WordSet = WordSet(["of", "in", "at"].map(WordHash.of))
    static let asWord = WordHash.of("as"), theWord = WordHash.of("the")

    /// The win the noun at `noun` states, if the clause has one of the shapes above.
    func declaredWin(_ noun: Int, _ context: ClauseContext) -> Win? {
        let tokens = context.tokens, range = context.clause.range
        // "the women's winner": possessive part words and result qualifiers back to "the".
        var first = noun
        while first - 1 > range.lowerBound, isResultWord(first - 1, context) { first -= 1 }
        var objectEnd = noun + 1
        if objectEnd < range.upperBound, Self.contestLinks.contains(tokens[objectEnd].hash) {
            objectEnd = min(range.upperBound, objectEnd + 1 + Self.eventObjectReach)
        }
        let object = first..<objectEnd
        // "the women's winner" with no women's race in the record: whose race is unknown.
        if first < noun, !(first..<noun).allSatisfy({ Self.resultQualifiers.contains(tokens[$0].hash) }),
           !context.fact.mentions.contains(where: { $0.kind == .group && object.contains($0.tokens.lowerBound) }) {
            return nil
        }
        // "X was the winner of the 2019 race": an earlier contest, whose record we may not have.
        if object.contains(where: { Self.isYear(tokens[$0], context.text) }) { return nil }
        // "the winner was X".
        if noun + 2 < range.upperBound, Self.passiveWords.contains(tokens[noun + 1].hash),
           first - 1 >= range.lowerBound, tokens[first - 1].hash == Self.theWord,
           let winner = mention(startingAt: noun + 2, context) {
            return Win(winner: winner, object: object, verb: noun, wording: .declared)
        }
        var index = first - 1
        if index >= range.lowerBound, tokens[index].hash == Self.theWord { index -= 1 }
        // "declared X the winner": the winner right before, a declaring verb before it.
        if index >= range.lowerBound, let winner = mention(endingAt: index, context),
           winner.tokens.lowerBound - 1 >= range.lowerBound,
           Self.declaringVerbs.contains(tokens[winner.tokens.lowerBound - 1].hash) {
            return Win(winner: winner, object: object, verb: noun, wording: .declared)
        }
        // "X was (officially) declared (the) winner", "X emerged as the winner", "X was the winner".
        if index >= range.lowerBound, tokens[index].hash == Self.asWord { index -= 1 }
        // "declared the ruling party's candidate, X, as the winner".
        if index > range.lowerBound, tokens[index].hash == Punctuation.comma,
           let winner = mention(endingAt: index - 1, context),
           (max(range.lowerBound, winner.tokens.lowerBound - 8)..<winner.tokens.lowerBound).contains(where: {
               Self.declaringVerbs.contains(tokens[$0].hash) && tokens[$0].hash != Self.emerged
           }) {
            return Win(winner: winner, object: object, verb: noun, wording: .declared)
        }
        var sawVerb = false
        while index >= range.lowerBound, Self.declaringVerbs.contains(tokens[index].hash)
                || Self.declaringAdverbs.contains(tokens[index].hash) || Self.beVerbs.contains(tokens[index].hash) {
            sawVerb = sawVerb || Self.beVerbs.contains(tokens[index].hash) || tokens[index].hash == Self.emerged
            index -= 1
        }
        guard sawVerb, index >= range.lowerBound, let winner = mention(endingAt: index, context) else { return nil }
        return Win(winner: winner, object: object, verb: noun, wording: .declared)
    }

    static let emerged = WordHash.of("emerged")

    /// "overall", or the part a possessive names ("women's", "men's"), before "winner".
    func isResultWord(_ index: Int, _ context: ClauseContext) -> Bool {
        let tokens = context.tokens, text = context.text
        if Self.resultQualifiers.contains(tokens[index].hash) { return true }
        if NationalityReader.isPossessive(index, tokens: tokens, text: text) { return true }
        guard tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
        return NationalityReader.endsInPossessive(index, tokens: tokens, text: text)
            || NationalityReader.isPossessive(index + 1, tokens: tokens, text: text)
    }

    func mention(startingAt index: Int, _ context: ClauseContext) -> EntityMention? {
        context.fact.mentions.first {
            $0.tokens.lowerBound == index && Self.winnerKinds.contains($0.kind) && !$0.isDemonym
        }
    }

    func mention(endingAt index: Int, _ context: ClauseContext) -> EntityMention? {
        context.fact.mentions.first {
            $0.tokens.upperBound == index && Self.winnerKinds.contains($0.kind) && !$0.isDemonym
        }
    }

    /// "won with 70 per cent of the vote", "won by 27 seconds", "won in 2:20:45": a margin or a
    /// time right after "won" says the clause's own contest was won.
    static func isMargin(_ object: Range<Int>, _ tokens: [Token]) -> Bool {
        guard object.count >= 2 else { return false }
        let link = tokens[object.lowerBound].hash
        return (link == withWord || link == byWord || link == inWord) && tokens[object.lowerBound + 1].kind == .number
    }

    static let withWord = WordHash.of("with"), inWord = WordHash.of("in")

    static func isYear(_ token: Token, _ text: [UInt8]) -> Bool { YearNumber.isYear(token, text) }
}

/// "Santos' victory", "Muguruza's victory never looked in doubt", "a victory for the Green
/// Alliance in the council election": the win said as a noun whose owner is a possessive before
/// it or a name right after "for". An ordinal may stand between ("X's second victory"); a round
/// or another contest ("X's semi-final victory", "X's victory in 2019") is not this contest's win.
extension ClaimExtractor {
    static let victoryNouns: WordSet = WordSet(["victory", "triumph"].map(WordHash.of))
    static let forWord = WordHash.of("for")

    func ownedVictory(_ noun: Int, _ context: ClauseContext) -> Win? {
        let tokens = context.tokens, range = context.clause.range, text = context.text
        guard Self.victoryNouns.contains(tokens[noun].hash) else { return nil }
        let objectEnd = min(range.upperBound, noun + 1 + Self.eventObjectReach)
        if noun + 2 < range.upperBound, tokens[noun + 1].hash == Self.forWord {
            let start = Self.determiners.contains(tokens[noun + 2].hash) ? noun + 3 : noun + 2
            if let winner = mention(startingAt: start, context) {
                return Win(winner: winner, object: (winner.tokens.upperBound + 1)..<max(winner.tokens.upperBound + 1,
                                                                                         objectEnd),
                           verb: noun, wording: .declared)
            }
        }
        // "X's (second) victory": one word at most between the possessive and the noun.
        var mark = noun - 1
        if mark > range.lowerBound, tokens[mark].kind == .word, !tokens[mark].isCapitalized,
           !Self.lowerPlaces.contains(tokens[mark].hash),
           !NationalityReader.isPossessive(mark, tokens: tokens, text: text) {
            mark -= 1
        }
        guard mark > range.lowerBound, NationalityReader.isPossessive(mark, tokens: tokens, text: text),
              let winner = mention(endingAt: mark - 1, context) else { return nil }
        return Win(winner: winner, object: (noun + 1)..<max(noun + 1, objectEnd), verb: noun, wording: .declared)
    }
}
