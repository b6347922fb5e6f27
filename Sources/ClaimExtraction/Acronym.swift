import ClaimModel

/// Acronyms of organisations: "the Tarnby Water Authority (TWA)" and then "TWA said" are
/// one body, and so are "the World Health Organization" and the "WHO" a registry lists.
enum Acronym {
    /// The capitals of a name's capitalised words ("Tarnby Water Authority" -> "TWA",
    /// "Médecins Sans Frontières" -> "MSF"), or nil for fewer than three: two letters spell
    /// too many bodies to join them by.
    static func initials(of name: String) -> String? {
        var letters = ""
        for word in name.split(whereSeparator: { $0 == " " || $0 == "-" }) {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { continue }
            if isAcronym(String(word)) { return nil }  // "WHO Europe": already an acronym
            // An ASCII letter is its own decomposition: Foundation only for the others.
            guard let base = first.isASCII ? first
                    : String(first).decomposedStringWithCanonicalMapping.unicodeScalars.first,
                  base.isASCII else { return nil }
            letters.unicodeScalars.append(base)
        }
        return letters.count >= 3 ? letters : nil
    }

    /// Two to eight capital letters: "WHO", "NFC", "UNHCR".
    static func isAcronym(_ word: String) -> Bool {
        let bytes = word.utf8
        return (2...8).contains(bytes.count) && bytes.allSatisfy { (0x41...0x5A).contains($0) }
    }

    static func isAcronym(_ token: Token, text: [UInt8]) -> Bool {
        token.kind == .word && (2...8).contains(token.length)
            && text[token.start..<token.end].allSatisfy { (0x41...0x5A).contains($0) }
    }
}

extension ClaimExtractor {
    static let openParenthesis = WordHash.of("("), closeParenthesis = WordHash.of(")")

    /// "TWA said", after "the Tarnby Water Authority (TWA)" or the full name alone: an acronym
    /// no name covers is the body the article names whose acronym it is (in brackets after
    /// the name, or spelt by its initials), else the one body on record it spells.
    mutating func joinAcronyms(_ facts: inout [SentenceFacts], tokens: [Token], text: [UInt8]) {
        var uses: [(fact: Int, position: Int)] = []
        for index in facts.indices {
            for position in facts[index].sentence.tokens where tokens[position].isCapitalized
                && Acronym.isAcronym(tokens[position], text: text)
                && !facts[index].mentions.contains(where: { $0.tokens.contains(position) }) {
                uses.append((index, position))
            }
        }
        guard !uses.isEmpty else { return }
        var local: [String: (id: String, entity: Entity?)] = [:]
        var definitions: Set<Int> = []  // the bracketed acronym itself, part of the name's mention
        for index in facts.indices {
            for mention in facts[index].mentions where mention.kind == .organisation || mention.kind == .group {
                let entity = newName(mention) == nil ? nil : newEntity(mention)
                let after = mention.tokens.upperBound + 1
                if after + 2 < tokens.count, tokens[after].hash == Self.openParenthesis,
                   tokens[after + 2].hash == Self.closeParenthesis, Acronym.isAcronym(tokens[after + 1], text: text) {
                    local[word(tokens[after + 1], text)] = (mention.entityID, entity)
                    definitions.insert(after + 1)
                }
                guard let name = registry.name(of: mention.entityID) ?? entity?.name,
                      let initials = Acronym.initials(of: name), local[initials] == nil else { continue }
                local[initials] = (mention.entityID, entity)
            }
        }
        for (index, position) in uses where !definitions.contains(position) {
            let acronym = word(tokens[position], text)
            let mention: EntityMention
            if let found = local[acronym] {
                let kind = found.entity?.kind ?? registry.kindOf(found.id) ?? .organisation
                mention = EntityMention(entityID: found.id, kind: kind, tokens: position...position,
                                        form: found.entity.map { .new($0) } ?? .name)
            } else if let id = registry.initialsOwners[acronym], !id.isEmpty, let kind = registry.kindOf(id) {
                mention = EntityMention(entityID: id, kind: kind, tokens: position...position, form: .name)
                registry.proposeAlias(acronym, of: id)
            } else {
                continue
            }
            facts[index].mentions = (facts[index].mentions + [mention])
                .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }

    func newEntity(_ mention: EntityMention) -> Entity? {
        if case .new(let entity) = mention.form { return entity }
        return nil
    }

    func word(_ token: Token, _ text: [UInt8]) -> String {
        String(decoding: text[token.start..<token.end], as: UTF8.self)
    }
}
