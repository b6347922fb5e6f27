import ClaimModel

/// Registered events that share days and a name or a place: a final and the championship it
/// closes, the races of one marathon, a leaders' session inside a conference, a rally and the
/// counter-protest beside it. Date windows and the article's main event cannot tell them
/// apart; the words of each one's name, place and aliases that the others lack can ("women's",
/// "final", "wheelchair", a venue, "counter-protest"). Everything is read from the registry:
/// no event is named in code (issue 13).
struct EventFamily: Sendable {
    /// A word of an event's record: how much it says, and whether it is a proper name's
    /// ("March" of "'March Against Fascism' counter-protest", "Laver" of a venue), which counts
    /// only where the text capitalises it too: "the march led by X" names no march of record.
    struct Word: Sendable, Equatable {
        var weight: Int
        var isProper: Bool
    }

    struct Member: Sendable {
        var id: String
        /// Words of the member's name (weight 2) and of its place and aliases (weight 1) that
        /// some other member lacks: "final" names the final against the championship.
        var distinctive: [UInt64: Word]
        /// Those no other member has: "women's" against "men's", where "race" is both races'.
        var own: Set<UInt64>
        /// Every word of its record, shared or not.
        var words: Set<UInt64>
    }

    var members: [Member]

    /// Families beyond this size are a busy week in a big registry, not one event's parts.
    static let limit = 8
    static let stopWords: Set<UInt64> = Set(["the", "a", "an", "of", "in", "at", "on", "and", "to", "for", "'s",
                                             "from", "with", "by", "vs", "v"].map(WordHash.of))

    func index(of id: String) -> Int? { members.firstIndex { $0.id == id } }

    /// The one member without words of its own, whose name the others extend: the championship
    /// of "the championship final", the marathon of its races. Nil for peers (a rally and a
    /// counter-protest).
    var whole: Int? {
        let bare = members.indices.filter { members[$0].distinctive.isEmpty }
        return bare.count == 1 ? bare[0] : nil
    }

    /// The family of the registered event `id`: every registered event reached from it through
    /// events whose days overlap, whose kinds agree (or are unknown) and which share a word of
    /// name or place; nil when it stands alone or the family grows past `limit`.
    static func of(_ id: String, registry: ExtractionRegistry) -> EventFamily? {
        guard registry.isRegistered(id) else { return nil }
        var ids = [id]
        var next = 0
        while next < ids.count {
            guard let profile = registry.eventProfile(ids[next]) else { break }
            next += 1
            for index in registry.eventIndex.candidates(from: profile.first, to: profile.last) {
                let other = registry.events[index].id
                guard !ids.contains(other), registry.isRegistered(other),
                      related(profile, registry.eventProfiles[index]) else { continue }
                ids.append(other)
                if ids.count > limit { return nil }
            }
        }
        guard ids.count > 1 else { return nil }
        return EventFamily(words: ids.sorted().map { ($0, words(of: $0, registry: registry)) })
    }

    /// Days that overlap, kinds that may be one another's, and a capitalised word in common.
    static func related(_ a: EventResolver.Profile, _ b: EventResolver.Profile) -> Bool {
        guard a.last >= b.first, b.last >= a.first else { return false }
        if let kindA = a.kind, let kindB = b.kind, !kindA.reportsAlike(kindB) { return false }
        return a.words.keys.contains { b.words.contains($0) }
    }

    /// The words of an event's name (weight 2), place and its entity's aliases (1). In a name
    /// written in sentence case (some word in lower case), its capitalised words are proper
    /// names (the first only before another capitalised one); so is every capitalised word of
    /// a place.
    static func words(of id: String, registry: ExtractionRegistry) -> [UInt64: Word] {
        guard let event = registry.event(id) else { return [:] }
        var found: [UInt64: Word] = [:]
        func add(_ text: String, weight: Int, place: Bool) {
            let tokens = Tokenizer.tokens(in: Array(text.utf8)).filter {
                $0.kind == .word && !stopWords.contains($0.hash)
            }
            let sentenceCase = place || tokens.contains { !$0.isCapitalized }
            for (position, token) in tokens.enumerated() {
                // The first word is a name's when the next is capitalised too ("'March Against
                // Fascism' counter-protest"), not in "Anti-racism counter-protest".
                let named = place || position > 0 || (tokens.count > 1 && tokens[1].isCapitalized)
                let proper = sentenceCase && token.isCapitalized && named
                let known = found[token.hash]
                found[token.hash] = Word(weight: max(known?.weight ?? 0, weight),
                                         isProper: (known?.isProper ?? true) && proper)
            }
        }
        add(event.name, weight: 2, place: false)
        if let place = event.place { add(place, weight: 1, place: true) }
        for alias in registry.entities[id]?.aliases ?? [] { add(alias, weight: 1, place: false) }
        return found
    }

    /// Keeps, for each member, the words some other member lacks, and marks those it alone has.
    init(words: [(id: String, words: [UInt64: Word])]) {
        members = words.map { entry in
            let others = words.filter { $0.id != entry.id }
            let distinctive = entry.words.filter { word, _ in others.contains { $0.words[word] == nil } }
            let own = Set(distinctive.keys.filter { word in others.allSatisfy { $0.words[word] == nil } })
            return Member(id: entry.id, distinctive: distinctive, own: own, words: Set(entry.words.keys))
        }
    }

    /// Each member's score over the tokens at `positions`: the weights of its distinctive words there.
    func scores(_ tokens: [Token], at positions: [Int]) -> [Int] {
        members.map { member in
            positions.reduce(0) { sum, index in
                guard let word = member.distinctive[tokens[index].hash],
                      !word.isProper || tokens[index].isCapitalized else { return sum }
                return sum + word.weight
            }
        }
    }
}
