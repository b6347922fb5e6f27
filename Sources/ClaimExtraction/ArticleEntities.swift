import ClaimModel

/// Who an article's names are, decided with the whole article in view, after each sentence's
/// names were read on their own: a variant spelling is the person on record; "Lee said" is
/// the John Lee named earlier; "the minister's brother-in-law" is somebody else than the
/// minister; "police" in a London story is the London force, not another city's.
extension ClaimExtractor {
    mutating func resolveInContext(_ facts: inout [SentenceFacts], tokens: [Token], text: [UInt8]) {
        for index in facts.indices {
            for position in facts[index].mentions.indices { joinVariant(&facts[index].mentions[position]) }
            readRelations(&facts[index].mentions, tokens: tokens, text: text, sentence: facts[index].sentence.tokens)
        }
        for index in facts.indices { readInstitutions(&facts[index], tokens: tokens, text: text) }
        addSurnames(&facts, tokens: tokens, text: text)
        joinAcronyms(&facts, tokens: tokens, text: text)
        joinSurnameVariants(&facts, tokens: tokens, text: text)
        preferLocalBodies(&facts, tokens: tokens, text: text)
        preferStoryCountryBodies(&facts, tokens: tokens, text: text)
        readGroupReferences(&facts, tokens: tokens, text: text)
        readBodyReferences(&facts, tokens: tokens, text: text)
    }

    /// "Sergey Lavrow" is Sergei Lavrov: a new name whose spelling-insensitive key is a
    /// person's on record joins them (and the spelling is proposed as an alias).
    mutating func joinVariant(_ mention: inout EntityMention) {
        guard case .new(let entity) = mention.form,
              let id = registry.variantOf(person: entity) ?? registry.acronymOf(organisation: entity) else { return }
        mention.entityID = id
        mention.form = .name
    }

    static let relationWords: WordSet = WordSet([
        "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "son-in-law", "daughter-in-law",
        "brother-in-law", "sister-in-law", "father-in-law", "mother-in-law", "nephew", "niece", "cousin", "widow",
        "widower", "partner", "fiancee", "fiance", "envoy", "spokesman", "spokeswoman", "spokesperson", "aide",
        "adviser", "advisor", "lawyer", "attorney", "bodyguard", "deputy", "secretary", "assistant", "friend",
        "grandson", "granddaughter", "stepson", "stepdaughter", "representative", "emissary", "chief of staff",
        // Allies, staff and rivals speak for themselves, not for the person they are tied to.
        "ally", "allies", "associate", "confidant", "confidante", "protege", "protégé", "rival", "opponent", "critic",
        "manager", "staffer", "aides", "supporter", "supporters", "agent", "publicist", "doctor", "physician",
        "biographer", "successor", "predecessor", "challenger", "advisers", "advisors", "lawyers", "relative",
        "relatives", "family", "mistress", "girlfriend", "boyfriend", "grandfather", "grandmother", "uncle", "aunt",
    ].map(WordHash.of))
    static let relationLinks: WordSet = WordSet(["for", "of", "to"].map(WordHash.of))

    /// "Reed's son-in-law" and "a spokesman for Reed" are other people than Reed. Followed
    /// by their own name ("Reed's wife, Ana Reed,"), that name is who is meant and Reed drops
    /// out; otherwise the relation itself becomes the person ("Tom Reed's son-in-law").
    mutating func readRelations(_ mentions: inout [EntityMention], tokens: [Token], text: [UInt8],
                                sentence: Range<Int>) {
        guard mentions.contains(where: {
            $0.kind == .person && relationWord(around: $0.tokens, tokens: tokens, sentence: sentence) != nil
        }) else { return }
        var result: [EntityMention] = []
        for (position, mention) in mentions.enumerated() {
            guard mention.kind == .person,
                  let relation = relationWord(around: mention.tokens, tokens: tokens, sentence: sentence) else {
                result.append(mention)
                continue
            }
            let span = min(relation, mention.tokens.lowerBound)...max(relation, mention.tokens.upperBound)
            var next = span.upperBound + 1
            while next < sentence.upperBound, tokens[next].kind == .punctuation { next += 1 }
            if position + 1 < mentions.count, mentions[position + 1].tokens.lowerBound == next,
               mentions[position + 1].kind == .person {
                continue  // the relative's own name follows and is their mention
            }
            // "Jared Vance, son-in-law of X,": the relative was just named.
            var back = span.lowerBound - 1
            while back >= sentence.lowerBound, tokens[back].kind == .punctuation { back -= 1 }
            if back < span.lowerBound - 1, position > 0, mentions[position - 1].tokens.upperBound == back,
               mentions[position - 1].kind == .person { continue }
            let holder = registry.name(of: mention.entityID) ?? newName(mention) ?? mention.entityID
            let word = String(decoding: text[tokens[relation].start..<tokens[relation].end], as: UTF8.self).lowercased()
            let name = holder + "'s " + word
            let entity = Entity(id: Slug.make(name), name: name, kind: .person)
            guard Identifier.isValid(entity.id) else { result.append(mention); continue }
            result.append(EntityMention(entityID: entity.id, kind: .person, tokens: span, form: .new(entity)))
        }
        mentions = result
    }

    /// The relation word of "X's son" (after) or "a spokesman for X", "the wife of X" (before).
    func relationWord(around name: ClosedRange<Int>, tokens: [Token], sentence: Range<Int>) -> Int? {
        let after = name.upperBound + 1
        if after + 1 < sentence.upperBound, tokens[after].hash == WordHash.possessive {
            var probe = after + 1
            // "X's former envoy", "X's eldest son"
            if probe + 1 < sentence.upperBound, !Self.relationWords.contains(tokens[probe].hash),
               tokens[probe].kind == .word, !tokens[probe].isCapitalized { probe += 1 }
            if Self.relationWords.contains(tokens[probe].hash) { return probe }
        }
        var before = name.lowerBound - 1
        if before >= sentence.lowerBound, tokens[before].hash == Self.the { before -= 1 }
        guard before - 1 >= sentence.lowerBound, Self.relationLinks.contains(tokens[before].hash),
              Self.relationWords.contains(tokens[before - 1].hash) else { return nil }
        return before - 1
    }

    func newName(_ mention: EntityMention) -> String? {
        if case .new(let entity) = mention.form { return entity.name }
        return nil
    }

    static let namingWords: WordSet = WordSet(["named", "surnamed", "called", "identified"].map(WordHash.of))

    /// "Lee said", after "John Lee" was named: a single capitalised word that is the last word
    /// of a person named in the article (and of no other person it names) is that person.
    /// "a steward, surnamed Lee," names a person known by one name.
    mutating func addSurnames(_ facts: inout [SentenceFacts], tokens: [Token], text: [UInt8]) {
        var holders = WordMap<Set<String>>()
        func hold(_ word: UInt64, _ id: String) { holders[word] = (holders[word] ?? []).union([id]) }
        var entities: [String: Entity] = [:]
        for index in facts.indices {
            for mention in facts[index].mentions where mention.kind == .person {
                if case .new(let entity) = mention.form {
                    entities[entity.id] = entity
                    if mention.tokens.count > 1 { hold(tokens[mention.tokens.upperBound].hash, entity.id) }
                    if let family = FamilyNameFirst.familyName(of: entity.name) { hold(WordHash.of(family), entity.id) }
                } else {
                    for hash in registry.surnames(of: mention.entityID) { hold(hash, mention.entityID) }
                }
            }
        }
        for index in facts.indices {
            let sentence = facts[index].sentence.tokens
            var added: [EntityMention] = []
            for position in sentence where tokens[position].kind == .word && tokens[position].isCapitalized
                && (holders[tokens[position].hash] != nil
                    || mayBeSingleName(at: position, tokens: tokens, sentence: sentence)) {
                guard !facts[index].mentions.contains(where: { $0.tokens.contains(position) }),
                      !added.contains(where: { $0.tokens.contains(position) }) else { continue }
                if let ids = holders[tokens[position].hash], ids.count == 1, let id = ids.first {
                    let form: EntityMention.Form = entities[id].map { .new($0) } ?? .name
                    added.append(EntityMention(entityID: id, kind: .person, tokens: position...position, form: form))
                } else if isSingleName(at: position, tokens: tokens, text: text, sentence: sentence) {
                    let name = String(decoding: text[tokens[position].start..<tokens[position].end], as: UTF8.self)
                    let entity = Entity(id: Slug.make(name), name: name, kind: .person)
                    guard Identifier.isValid(entity.id) else { continue }
                    added.append(EntityMention(entityID: entity.id, kind: .person, tokens: position...position,
                                               form: .new(entity)))
                    hold(tokens[position].hash, entity.id)
                    entities[entity.id] = entity
                }
            }
            guard !added.isEmpty else { continue }
            facts[index].mentions = (facts[index].mentions + added)
                .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }

    static let colleagues: WordSet = WordSet(["colleague", "colleagues", "co-worker", "companion"].map(WordHash.of))

    /// The cheap half of `isSingleName`, asked of every capitalised word.
    func mayBeSingleName(at position: Int, tokens: [Token], sentence: Range<Int>) -> Bool {
        guard position > sentence.lowerBound else { return false }
        let previous = tokens[position - 1].hash
        return Self.namingWords.contains(previous) || previous == Punctuation.comma
            || Self.colleagues.contains(previous)
            || (position + 1 < sentence.upperBound && tokens[position + 1].hash == Punctuation.comma)
    }

    /// A person known by one word: "named Lee", "surnamed Lee", "his colleague, Ku,", "Koo, 25,".
    func isSingleName(at position: Int, tokens: [Token], text: [UInt8], sentence: Range<Int>) -> Bool {
        guard position > sentence.lowerBound, !NewName.stopWords.contains(tokens[position].hash),
              !NewName.titles.contains(tokens[position].hash), tokens[position].length >= 2 else { return false }
        var before = position - 1
        if tokens[before].hash == Punctuation.comma, before > sentence.lowerBound { before -= 1 }
        if Self.namingWords.contains(tokens[position - 1].hash) || Self.colleagues.contains(tokens[before].hash) {
            return true
        }
        // "Koo, 25, was trapped": a name with an age in commas.
        guard position + 3 < sentence.upperBound, tokens[position + 1].hash == Punctuation.comma,
              tokens[position + 2].kind == .number, tokens[position + 3].hash == Punctuation.comma,
              let age = DateCues.number(tokens[position + 2], text) else { return false }
        return (1...120).contains(age)
    }

    /// "police" means the force of the story's city: a registry body met only by a generic
    /// alias ("police", "the fire agency") in an article that never names its place, while
    /// another body of the same kind whose name holds that word ("Metropolitan Police", met
    /// as "the Met") is named, is that other body.
    mutating func preferLocalBodies(_ facts: inout [SentenceFacts], tokens: [Token], text: [UInt8]) {
        var generic: [String: UInt64] = [:]  // entity id -> the generic alias's last word
        var named: [String: Int] = [:]
        for index in facts.indices {
            for mention in facts[index].mentions where mention.kind == .organisation {
                if let head = genericHead(mention, tokens: tokens, text: text) { generic[mention.entityID] = head }
                else { named[mention.entityID, default: 0] += 1 }
            }
        }
        guard !generic.isEmpty, !named.isEmpty else { return }
        var words: Set<UInt64> = []
        for token in tokens where token.kind == .word && token.isCapitalized { words.insert(token.hash) }
        var replacement: [String: String] = [:]
        for (id, head) in generic.sorted(by: { $0.key < $1.key }) where named[id] == nil {
            guard let name = registry.name(of: id) else { continue }
            let anchors = Tokenizer.tokens(in: Array(name.utf8))
                .filter { $0.isCapitalized && $0.hash != head }.map(\.hash)
            if anchors.contains(where: words.contains) { continue }
            let rivals = named.filter { rival, _ in
                rival != id && registry.name(of: rival).map {
                    Tokenizer.tokens(in: Array($0.utf8)).contains { $0.hash == head }
                } == true
            }
            if let best = rivals.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) { replacement[id] = best.key }
        }
        guard !replacement.isEmpty else { return }
        for index in facts.indices {
            for position in facts[index].mentions.indices {
                guard let id = replacement[facts[index].mentions[position].entityID] else { continue }
                facts[index].mentions[position].entityID = id
                facts[index].mentions[position].form = .name
            }
        }
    }

    /// The last word of the alias when `mention` is written as an all-lower-case alias of its
    /// entity ("police", "the fire agency"), else nil.
    func genericHead(_ mention: EntityMention, tokens: [Token], text: [UInt8]) -> UInt64? {
        let forms = registry.genericAliases(of: mention.entityID)
        guard !forms.isEmpty else { return nil }
        var first = mention.tokens.lowerBound
        if tokens[first].hash == Self.the, first < mention.tokens.upperBound { first += 1 }
        let written = (first...mention.tokens.upperBound).map { tokens[$0].hash }
        return forms.contains(written) ? written.last : nil
    }
}

// MARK: - Unnamed speakers

extension ClaimExtractor {
    static let the = WordHash.of("the")
    static let officialsIn = (WordHash.of("officials"), WordHash.of("in"))
    static let institutionNouns: WordMap<Entity.Kind> = {
        var nouns = WordMap<Entity.Kind>()
        for word in ["authorities", "prosecutors", "investigators", "hosts", "organisers", "organizers"] {
            nouns[WordHash.of(word)] = .organisation
        }
        for word in ["officials", "diplomats", "sources"] { nouns[WordHash.of(word)] = .group }
        for word in ["diplomat", "official", "source"] { nouns[WordHash.of(word)] = .person }
        return nouns
    }()
    static let collectives: WordMap<String> = WordMap([
        ("centre-left", "Centre-left"), ("center-left", "Centre-left"), ("centre-right", "Centre-right"),
        ("center-right", "Centre-right"), ("opposition", "Opposition"), ("pollsters", "Pollsters"),
    ].map { (WordHash.of($0.0), $0.1) })
    /// First words of the patterns that do not end in an institution noun.
    static let institutionTriggers: WordSet = WordSet([
        "centre-left", "center-left", "centre-right", "center-right", "opposition", "pollsters", "officials",
    ].map(WordHash.of) + [WordHash.possessive])
    static let bodyHeads: WordSet = WordSet([
        "ministry", "agency", "police", "service", "department", "office", "authority", "court", "prosecutor",
        "regulator", "inspectorate",
    ].map(WordHash.of))
    static let unnamedSourceWords: WordSet = WordSet(["government", "police", "ministry", "military", "diplomatic",
                                                      "security", "palace", "kremlin"].map(WordHash.of))

    /// Speakers the registry cannot list: "the Korean authorities", "an Iranian diplomat",
    /// "a government source", "officials in Brasília", and a country's body named by its
    /// function ("Brazil's foreign ministry", the registry's entry when its id is that name's).
    mutating func readInstitutions(_ fact: inout SentenceFacts, tokens: [Token], text: [UInt8]) {
        let sentence = fact.sentence.tokens
        var found: [EntityMention] = []
        var position = sentence.lowerBound
        let nouns = Self.institutionNouns, triggers = Self.institutionTriggers
        while position + 1 < sentence.upperBound {
            // Most words start nothing: two table probes decide before anything is read.
            guard nouns[tokens[position + 1].hash] != nil || triggers.contains(tokens[position].hash) else {
                position += 1
                continue
            }
            if let mention = institution(at: position, tokens: tokens, text: text, sentence: sentence,
                                         mentions: fact.mentions) {
                found.append(mention)
                position = mention.tokens.upperBound + 1
            } else {
                position += 1
            }
        }
        guard !found.isEmpty else { return }
        let kept = fact.mentions.filter { mention in !found.contains { $0.tokens.overlaps(mention.tokens) } }
        fact.mentions = (kept + found).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    func institution(at position: Int, tokens: [Token], text: [UInt8], sentence: Range<Int>,
                     mentions: [EntityMention]) -> EntityMention? {
        func word(_ index: Int) -> String {
            String(decoding: text[tokens[index].start..<tokens[index].end], as: UTF8.self)
        }
        let first = tokens[position], next = tokens[position + 1]
        // "the Korean authorities", "an Iranian diplomat", "a government source"
        if let kind = Self.institutionNouns[next.hash], !next.isCapitalized, first.kind == .word,
           (first.isCapitalized && position > sentence.lowerBound && !NewName.stopWords.contains(first.hash))
            || (!first.isCapitalized && Self.unnamedSourceWords.contains(first.hash) && kind == .person) {
            let name = word(position).prefix(1).uppercased() + word(position).dropFirst() + " " + word(position + 1)
            return unnamed(name, kind: kind, tokens: position...(position + 1))
        }
        // "the centre-left", "pollsters": political camps and trades speaking as one
        if let name = Self.collectives[first.hash], !first.isCapitalized || position == sentence.lowerBound {
            return unnamed(name, kind: .group, tokens: position...position)
        }
        // "officials in Brasília"
        if first.hash == Self.officialsIn.0, next.hash == Self.officialsIn.1, position + 2 < sentence.upperBound,
           tokens[position + 2].isCapitalized {
            return unnamed("Officials in " + word(position + 2), kind: .group, tokens: position...(position + 2))
        }
        // "Brazil's foreign ministry": the registry's entry when one has exactly that id
        guard first.hash == WordHash.possessive, position > sentence.lowerBound,
              let owner = mentions.last(where: { $0.tokens.upperBound == position - 1 }), owner.kind == .country
        else { return nil }
        var end = position + 1
        while end < sentence.upperBound, end - position <= 3, tokens[end].kind == .word, !tokens[end].isCapitalized,
              !Self.bodyHeads.contains(tokens[end].hash) { end += 1 }
        guard end < sentence.upperBound, Self.bodyHeads.contains(tokens[end].hash),
              let country = registry.name(of: owner.entityID) else { return nil }
        let name = country + " " + ((position + 1)...end).map(word).joined(separator: " ")
        guard registry.entities[Slug.make(name)] != nil else { return nil }
        return EntityMention(entityID: Slug.make(name), kind: .organisation, tokens: owner.tokens.lowerBound...end,
                             form: .name)
    }

    func unnamed(_ name: String, kind: Entity.Kind, tokens: ClosedRange<Int>) -> EntityMention? {
        let id = Slug.make(name)
        guard Identifier.isValid(id) else { return nil }
        if let known = registry.entities[id] {
            return EntityMention(entityID: id, kind: known.kind, tokens: tokens, form: .name)
        }
        let entity = Entity(id: id, name: name, kind: kind)
        return EntityMention(entityID: id, kind: kind, tokens: tokens, form: .new(entity))
    }
}
