import ClaimModel

/// A name, alias, role or country adjective found in a sentence, resolved to an entity.
public struct EntityMention: Sendable, Equatable {
    public enum Form: Sendable, Equatable {
        /// A name or alias: "Keir Starmer", "Stranders", "NATO".
        case name
        /// An office held on the article's date: "the British premier".
        case role
        /// A country adjective: "British troops".
        case demonym
        /// A name the registry lacks; the entity is created when a claim needs it.
        case new(Entity)
    }

    public var entityID: String
    public var kind: Entity.Kind
    public var tokens: ClosedRange<Int>
    public var form: Form

    /// Asked in hot loops; a pattern match, not the synthesized `==` that would compare
    /// the payload of `.new`.
    public var isDemonym: Bool { if case .demonym = form { return true } else { return false } }
}

/// Finds who a sentence talks about: names, surnames, aliases and spelling variants through
/// the registry, roles valid on the article's date, country adjectives, and capitalised names
/// the registry does not know (new people and organisations).
public struct EntityResolver: Sendable {
    let roles: PhraseTable<String>

    public init(registry: ExtractionRegistry, day: Day?) {
        roles = registry.roleTable(on: day)
    }

    public func mentions(in tokens: [Token], range: Range<Int>, text: [UInt8],
                         registry: inout ExtractionRegistry) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var index = range.lowerBound
        let names = registry.names, demonyms = registry.demonyms, capitals = registry.capitals
        while index < range.upperBound {
            let token = tokens[index]
            guard token.kind == .word || token.kind == .number else { index += 1; continue }
            var name = names.match(tokens, at: index, limit: range.upperBound)
            if let found = name, Self.isOtherBearer(found.value, at: found.tokens, tokens: tokens, range: range,
                                                    text: text, names: names, registry: registry) { name = nil }
            let role = roles.match(tokens, at: index, limit: range.upperBound)
            var best: (String, ClosedRange<Int>, EntityMention.Form)?
            if let name { best = (name.value, name.tokens, .name) }
            // "Premier Li Qiang": a title right before the name of somebody else the registry
            // knows is that person's title, not a mention of another holder; nor is a role after
            // someone else's possessive.
            if let role, role.tokens.count > (best?.1.count ?? 0),
               !isSomeoneElsesRole(at: index, tokens: tokens, mentions: mentions) {
                let next = role.tokens.upperBound + 1
                let named = next < range.upperBound
                    ? names.match(tokens, at: next, limit: range.upperBound)?.value : nil
                if named == nil || named == role.value { best = (role.value, role.tokens, .role) }
            }
            if best == nil, let demonym = demonyms.match(tokens, at: index, limit: range.upperBound) {
                best = (demonym.value, demonym.tokens, .demonym)
            }
            if best == nil, token.isCapitalized,
               let capital = capitals.match(tokens, at: index, limit: range.upperBound),
               Self.standsForState(capital.tokens, tokens: tokens, range: range, capitals: capitals) {
                best = (capital.value, capital.tokens, .name)
            }
            if let (id, covered, form) = best, let kind = registry.kind(of: id) {
                // "the Ukrainian President Volodymyr Zelensky": a role then the name of the same
                // person is one mention.
                if let last = mentions.last, last.entityID == id, last.tokens.upperBound + 1 == covered.lowerBound {
                    mentions[mentions.count - 1].tokens = last.tokens.lowerBound...covered.upperBound
                } else {
                    mentions.append(EntityMention(entityID: id, kind: kind, tokens: covered, form: form))
                }
                index = covered.upperBound + 1
                continue
            }
            if token.isCapitalized, let found = NewName.find(tokens, at: index, limit: range.upperBound, text: text,
                                                              sentenceStart: index == range.lowerBound),
               // "State Tove Brandt" in "Secretary of State Tove Brandt": a known full name inside
               // wins; a known surname alone does not ("Karin Lind" is not Tomas Lind).
               !((index + 1)...found.tokens.upperBound).contains(where: {
                   (names.match(tokens, at: $0, limit: range.upperBound)?.tokens.count ?? 0) > 1 }) {
                mentions.append(EntityMention(entityID: found.entity.id, kind: found.entity.kind, tokens: found.tokens,
                                              form: .new(found.entity)))
                index = found.tokens.upperBound + 1
                continue
            }
            index += 1
        }
        return mentions
    }
}

extension EntityResolver {
    /// "In 2016 Ding Junhui reached the final": a person's one-word alias (a family name) with a
    /// given name after it that is not the person's own is another bearer of that name, not the
    /// registered person (the family-name-first form of "Karin Lind is not Tomas Lind"). The
    /// next word must make a new name with it (`NewName`) and begin no registered name
    /// ("Putin Trump talks").
    static func isOtherBearer(_ id: String, at span: ClosedRange<Int>, tokens: [Token], range: Range<Int>,
                              text: [UInt8], names: PhraseTable<String>, registry: ExtractionRegistry) -> Bool {
        let next = span.upperBound + 1
        guard span.count == 1, next < range.upperBound, tokens[next].kind == .word, tokens[next].isCapitalized,
              let entity = registry.entities[id], entity.kind == .person,
              names.match(tokens, at: next, limit: range.upperBound) == nil else { return false }
        let own = Tokenizer.tokens(in: Array(entity.name.utf8)).map(\.hash)
        guard !own.contains(tokens[next].hash),
              let found = NewName.find(tokens, at: span.lowerBound, limit: range.upperBound, text: text,
                                       sentenceStart: span.lowerBound == range.lowerBound)
        else { return false }
        return found.entity.kind == .person && found.tokens.lowerBound == span.lowerBound
            && found.tokens.contains(next)
    }

    /// Verbs a government does and a city does not: "London said", "Paris insisted".
    static let stateVerbs: WordSet = WordSet([
        "said", "says", "insisted", "insists", "agreed", "agree", "agrees", "announced", "announces", "warned", "warns",
        "rejected", "rejects", "accused", "accuses", "denied", "denies", "urged", "urges", "responded", "signed",
        "signs", "confirmed", "confirms", "refused", "refuses", "argued", "argues", "demanded", "demands", "welcomed",
        "welcomes", "condemned", "condemns", "protested", "summoned", "summons", "recalled", "expelled", "expels",
        "pledged", "pledges", "promised", "promises", "wants", "wanted", "backed", "backs", "opposed", "opposes",
        "vetoed", "imposed", "imposes", "sanctioned", "retaliated", "declined", "declines", "objected", "objects",
        "recognised", "recognized", "ratified", "committed", "offered", "offers", "sent", "sends", "deployed", "blamed",
        "blames", "joined", "joins",
    ].map(WordHash.of))
    static let placeLinks: WordSet = WordSet([
        "in", "at", "to", "from", "near", "of", "across", "outside", "around", "via", "through", "into", "toward",
        "towards", "between",
    ].map(WordHash.of))
    static let and = WordHash.of("and")

    /// Whether a capital at `span` acts as its state: it (or a list of capitals it opens,
    /// "London and Paris agreed") is the subject of a government's verb, and no preposition
    /// makes it a place ("officials in London said" is the city).
    static func standsForState(_ span: ClosedRange<Int>, tokens: [Token], range: Range<Int>,
                               capitals: PhraseTable<String>) -> Bool {
        var back = span.lowerBound - 1
        // "London and Paris agreed": the second capital's verb is the first one's too.
        while back - 1 >= range.lowerBound, tokens[back].hash == and,
              let before = previousCapital(ending: back - 1, tokens, range, capitals) {
            back = before - 1
        }
        if back >= range.lowerBound, placeLinks.contains(tokens[back].hash) { return false }
        var next = span.upperBound + 1
        while next + 1 < range.upperBound, tokens[next].hash == and,
              let other = capitals.match(tokens, at: next + 1, limit: range.upperBound) {
            next = other.tokens.upperBound + 1
        }
        // "London has said", "Paris, too, insisted": an auxiliary or a short aside first.
        if next < range.upperBound, auxiliaries.contains(tokens[next].hash) { next += 1 }
        return next < range.upperBound && stateVerbs.contains(tokens[next].hash)
    }

    static let auxiliaries: WordSet = WordSet([
        "has", "have", "had", "also", "has also", "again", "then", "quickly", "will", "would", "did", "does", "is",
        "was", "swiftly", "publicly", "formally",
    ].map(WordHash.of))

    /// The first token of a capital that ends at `end`, if one does.
    static func previousCapital(ending end: Int, _ tokens: [Token], _ range: Range<Int>,
                                _ capitals: PhraseTable<String>) -> Int? {
        for start in stride(from: end, through: max(range.lowerBound, end - 2), by: -1) {
            if let match = capitals.match(tokens, at: start, limit: range.upperBound), match.tokens.upperBound == end {
                return start
            }
        }
        return nil
    }

    /// "Jeju Air's chief executive" is the airline's, not the holder of the office the
    /// registry calls "the chief executive": a role after the possessive of anything but a
    /// country ("Britain's prime minister") is not a registry role.
    func isSomeoneElsesRole(at index: Int, tokens: [Token], mentions: [EntityMention]) -> Bool {
        guard index > 0, tokens[index - 1].hash == WordHash.possessive else { return false }
        guard let owner = mentions.last, owner.tokens.upperBound == index - 2 else { return true }
        return owner.kind != .country
    }
}
