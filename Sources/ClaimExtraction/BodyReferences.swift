import ClaimModel

/// "The authority said", "the airline said", "the ministry added": outlets name a body in
/// full once and then by its head noun. Read with the article in view, such a definite noun
/// is the nearest body named before it that the noun fits: one whose name holds the noun
/// ("the council" -> "Nordic Fisheries Council"), or for a company's words ("the company",
/// "the firm", "the airline") the nearest company. Without such a body it names nobody.
extension ClaimExtractor {
    enum BodyWord {
        /// The noun must be a word of the body's name.
        case named(String)
        /// Any body named before that is not a public one ("the company", "the firm").
        case company
        /// A body whose name reads as an airline's ("Tarnby Air", "Nordic Airways").
        case airline
    }

    static let bodyWords: WordMap<BodyWord> = {
        let named = ["authority", "council", "ministry", "agency", "commission", "committee", "board", "department",
                     "service", "institute", "university", "hospital", "foundation", "fund", "bureau", "union",
                     "federation", "association", "league", "court", "bank", "party", "organisation",
                     "organization", "society", "alliance"]
        var words: [(String, BodyWord)] = named.map { ($0, .named($0)) }
        words += [("company", .company), ("firm", .company), ("group", .company), ("operator", .company),
                  ("airline", .airline), ("carrier", .airline)]
        return WordMap(words.map { (WordHash.of($0.0), $0.1) })
    }()

    /// Words of a public body's name: never "the company".
    static let publicBodyWords: Set<String> = [
        "ministry", "police", "court", "council", "agency", "authority", "department", "government", "commission",
        "parliament", "service", "services", "office", "army", "navy", "bureau",
    ]
    static let airlineWords: Set<String> = ["air", "airways", "airlines", "aviation", "airline", "jet"]

    mutating func readBodyReferences(_ facts: inout [SentenceFacts], tokens: [Token], text: [UInt8]) {
        let the = Self.the, bodyWords = Self.bodyWords
        var bodies: [(position: Int, id: String, entity: Entity?)] = []  // organisations named so far, in order
        for index in facts.indices {
            let sentence = facts[index].sentence.tokens
            var added: [EntityMention] = []
            for position in sentence where position > sentence.lowerBound && tokens[position - 1].hash == the {
                guard !tokens[position].isCapitalized, let word = bodyWords[tokens[position].hash],
                      !facts[index].mentions.contains(where: { $0.tokens.contains(position) }),
                      refersOnItsOwn(position, tokens: tokens, sentence: sentence) else { continue }
                let earlier = bodies.filter { $0.position < position }
                    + organisations(in: facts[index].mentions, before: position)
                guard let body = earlier.last(where: { fits(word, $0.id, $0.entity) }) else { continue }
                let kind = body.entity?.kind ?? registry.kindOf(body.id) ?? .organisation
                added.append(EntityMention(entityID: body.id, kind: kind, tokens: (position - 1)...position,
                                           form: body.entity.map { .new($0) } ?? .name))
            }
            bodies += organisations(in: facts[index].mentions, before: Int.max)
            guard !added.isEmpty else { continue }
            facts[index].mentions = (facts[index].mentions + added)
                .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }

    /// "The authority said", "the council's chair": a reference; "the authority figures", "the
    /// board members": the noun only describes the next one.
    func refersOnItsOwn(_ position: Int, tokens: [Token], sentence: Range<Int>) -> Bool {
        guard position + 1 < sentence.upperBound else { return true }
        let next = tokens[position + 1]
        return next.kind != .word || next.isCapitalized || next.hash == WordHash.possessive
            || DateCues.statementVerbs.contains(next.hash) || EntityResolver.stateVerbs.contains(next.hash)
            || EntityResolver.auxiliaries.contains(next.hash)
    }

    func organisations(in mentions: [EntityMention], before position: Int) -> [(position: Int, id: String,
                                                                               entity: Entity?)] {
        mentions.filter { $0.kind == .organisation && $0.tokens.upperBound < position }
            .map { ($0.tokens.lowerBound, $0.entityID, newEntity($0)) }
    }

    func fits(_ word: BodyWord, _ id: String, _ entity: Entity?) -> Bool {
        guard let name = registry.name(of: id) ?? entity?.name else { return false }
        let words = Set(name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init))
        switch word {
        case .named(let noun): return words.contains(noun)
        case .company: return words.isDisjoint(with: Self.publicBodyWords)
        case .airline: return !words.isDisjoint(with: Self.airlineWords)
        }
    }
}
