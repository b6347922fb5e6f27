import ClaimModel

/// Who a pronoun opening a clause stands for, when the clause names no subject itself: "he"
/// and "she" are the last person named before the clause in the same sentence ("a warrant for
/// Putin's arrest; he followed the summit by video"), else the last person of the sentences
/// before; "both" is the two people named last before it in the sentence ("neither X nor Y made
/// the trip, and both followed by video link"); "it" and "they" are the last subject claimed.
extension ClaimExtractor {
    static let both = WordHash.of("both")

    func pronounSubjects(_ pronoun: Int, tokens: [Token], clause: Clause, fact: SentenceFacts,
                         kinds: Set<Entity.Kind>, lastSubjects: [String]) -> [Subject] {
        let earlierPeople = fact.mentions.filter {
            $0.kind == .person && $0.tokens.upperBound < clause.range.lowerBound
        }
        var candidates: [String]
        if tokens[pronoun].hash == Self.both {
            let named = earlierPeople.map(\.entityID).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            candidates = named.count >= 2 ? Array(named.suffix(2)) : []
        } else if Self.personPronouns.contains(tokens[pronoun].hash) {
            let speaker = speakerBefore(pronoun, fact: fact, tokens: tokens)
            candidates = [speaker ?? earlierPeople.last?.entityID ?? fact.previousPerson].compactMap { $0 }
        } else {
            candidates = [lastSubjects.last].compactMap { $0 }
        }
        candidates = candidates.filter { id in
            registry.entities[id].map { kinds.isEmpty || kinds.contains($0.kind) } ?? false
        }
        return candidates.map { ($0, pronoun...pronoun, nil) }
    }

    /// "Rishi Sunak said he would not quit": "he" after the sentence's speaker, with no other
    /// person named between them, is the speaker, not whoever an earlier sentence named last.
    /// Only a speaker named by name (its last word capitalised): "a government source said he
    /// would resign" speaks of someone else.
    func speakerBefore(_ pronoun: Int, fact: SentenceFacts, tokens: [Token]) -> String? {
        guard let voice = fact.voice, let voiceTokens = voice.tokens, voiceTokens.upperBound < pronoun,
              tokens[voiceTokens.upperBound].isCapitalized,
              case .entity(let id) = voice.speaker, registry.kindOf(id) == .person else { return nil }
        let between = fact.mentions.contains {
            $0.kind == .person && $0.tokens.lowerBound > voiceTokens.upperBound && $0.tokens.upperBound < pronoun
        }
        return between ? nil : id
    }
}
