import ClaimModel

/// A surname alone, spelt another way: "President Zelenskiy said" where the article (or the
/// registry's one-word alias) has "Zelenskyy". The spelling-insensitive key of `NameKey` joins
/// it to the one person with that surname — named in full earlier in the article, else the
/// registry's — and the spelling becomes an alias proposal. Only a word that acts as a
/// person's name is tried: after a title, before a speech verb or a possessive; a surname
/// two people share names neither.
extension ClaimExtractor {
    mutating func joinSurnameVariants(_ facts: inout [SentenceFacts], tokens: [Token], text: [UInt8]) {
        var candidates: [(fact: Int, position: Int)] = []
        for index in facts.indices {
            let sentence = facts[index].sentence.tokens
            for position in sentence where tokens[position].isCapitalized && actsAsName(position, tokens: tokens,
                sentence: sentence)
                && !facts[index].mentions.contains(where: { $0.tokens.contains(position) }) {
                candidates.append((index, position))
            }
        }
        // Keys are spelt out only for articles with a candidate: folding is string work.
        guard !candidates.isEmpty else { return }
        var article: [String: String] = [:]  // folded surname -> person named in full here ("" when two are)
        for fact in facts {
            for mention in fact.mentions where mention.kind == .person && mention.tokens.count > 1 {
                let last = tokens[mention.tokens.upperBound]
                let word = String(decoding: text[last.start..<last.end], as: UTF8.self)
                guard let key = NameKey.surname(word) else { continue }
                article[key] = article[key].map { $0 == mention.entityID ? $0 : "" } ?? mention.entityID
            }
        }
        for (index, position) in candidates {
            let word = String(decoding: text[tokens[position].start..<tokens[position].end], as: UTF8.self)
            guard let key = NameKey.surname(word) else { continue }
            let id = article[key] ?? registry.surnameKeys[key] ?? registry.lastNameKeys[key]
            guard let id, !id.isEmpty, let kind = registry.kindOf(id), kind == .person else { continue }
            registry.proposeAlias(word, of: id)
            let mention = EntityMention(entityID: id, kind: .person, tokens: position...position, form: .name)
            facts[index].mentions = (facts[index].mentions + [mention])
                .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }

    /// A capitalised word standing where a person's name does: after a capitalised title
    /// ("President Zelenskiy"), or before a speech verb ("Zelenskiy said") or a possessive.
    func actsAsName(_ position: Int, tokens: [Token], sentence: Range<Int>) -> Bool {
        let token = tokens[position]
        guard token.kind == .word, token.isCapitalized, token.length >= 4, !NewName.stopWords.contains(token.hash),
              !NewName.titles.contains(token.hash) else { return false }
        if position > sentence.lowerBound, tokens[position - 1].isCapitalized,
            NewName.titles.contains(tokens[position - 1].hash) {
            return true
        }
        guard position + 1 < sentence.upperBound else { return false }
        let next = tokens[position + 1].hash
        return next == WordHash.possessive || DateCues.statementVerbs.contains(next)
    }
}
