import ClaimModel

/// A reference to an event in a sentence: its kind word, the proper names around it (places,
/// participants) and when the sentence says it happened.
public struct EventMention: Sendable {
    public var kind: EventKind
    public var tokens: ClosedRange<Int>
    /// Capitalised words near the kind word ("Paris", "Harbour", "Street"), lower-cased.
    public var properWords: [String]
    /// The same words as token hashes, for comparing without building strings.
    public var properHashes: [UInt64]
    /// How many of `properWords` stand right before the kind word ("Paris summit"): those
    /// name the event; words after it may only be near it.
    public var namingWords = 0
    /// Lower-case nouns right before the kind word ("warehouse" in "warehouse fire").
    public var modifiers: [String]
    /// "counter-protest", "counter-demonstration": the protest answering another one.
    public var isCounter = false
    /// A name after the kind word stands where a place does: "meeting in Rome", "fire at Dunmore".
    public var namesPlace = false
    /// The names were borrowed from whom the article is about (`IncidentName`), not written by the kind word.
    var namedByActor = false
    /// Whether the sentence looks ahead to the event or back at it ("ahead of the summit", "a
    /// month after the fire"), or names another occurrence ("next year's summit", "the previous crash").
    var look: EventLook = .none
    /// The structure a collapse verb's subject names ("Varnes bridge" in "the Varnes bridge fell"),
    /// as written: the name of an event made from a mention with no names of its own.
    var subjectName: [String] = []
    /// The capitalised word a possessive before the mention names ("Sweden's general election"):
    /// whose event it is, which is not one of its own words (see `ElectionPolity`).
    var owner: UInt64?

    static let determiners: WordSet = WordSet([
        "the", "a", "an", "this", "that", "today", "its", "their", "his", "her", "'s", "of", "in", "at", "on", "for",
        "with", "after", "before", "and", ",", "to",
    ].map(WordHash.of))
    /// Adjectives that describe rather than name an event.
    static let descriptive: WordSet = WordSet([
        "deadly", "massive", "huge", "major", "big", "large", "small", "latest", "recent", "first", "second", "last",
        "next", "previous", "so-called", "informal", "formal", "emergency", "extraordinary", "tragic", "devastating",
        "fatal", "serious", "deadliest", "worst", "biggest", "largest", "worst-ever", "deadly", "historic", "annual",
    ].map(WordHash.of))

    static func find(in tokens: [Token], range: Range<Int>, text: [UInt8]) -> [EventMention] {
        var mentions: [EventMention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard let match = EventKind.table.match(tokens, at: index, limit: range.upperBound)
                    ?? lowerCaseMarch(tokens, at: index) ?? ShowNoun.match(tokens, at: index, range: range)
            else { index += 1; continue }
            // "the fire service said", "fire crews": a body named after the kind, not an event.
            if match.tokens.upperBound + 1 < range.upperBound,
               bodyNouns.contains(tokens[match.tokens.upperBound + 1].hash) {
                index = match.tokens.upperBound + 1
                continue
            }
            var proper: [String] = []
            var hashes: [UInt64] = []
            var modifiers: [String] = []
            // Before: "the Harbour Street warehouse fire", "Thursday's talks"
            var probe = match.tokens.lowerBound - 1
            // "Shares sank 8 per cent", "an outbreak of optimism": no harm told, no incident.
            if !IncidentHarm.admits(match.tokens, kind: match.value, in: tokens, range: range) {
                index = match.tokens.upperBound + 1
                continue
            }
            // "The talks gave way to a summit": an idiom, not a collapse.
            if giveWay.contains(tokens[match.tokens.lowerBound].hash), match.tokens.upperBound + 1 < range.upperBound,
               tokens[match.tokens.upperBound + 1].hash == to {
                index = match.tokens.upperBound + 1
                continue
            }
            // "The final on Sunday" is a match; "the final result" is not.
            if match.value == .match, !FinalNoun.admits(match.tokens, in: tokens, range: range) {
                index = match.tokens.upperBound + 1
                continue
            }
            // "Shares fell", "prices came down": only a structure falls in a collapse.
            if match.value == .collapse, !StructureFall.admits(match.tokens, in: tokens, range: range) {
                index = match.tokens.upperBound + 1
                continue
            }
            // A verb ("two trains collided", "a ferry sank") has its subject before it, not its name.
            let isVerb = Self.isVerb(match.tokens, tokens: tokens, text: text)
            while !isVerb, probe >= range.lowerBound, match.tokens.lowerBound - probe <= 3 {
                let token = tokens[probe]
                if token.kind != .word || determiners.contains(token.hash) || descriptive.contains(token.hash)
                    || NewName.stopWords.contains(token.hash) || Words.numbers[token.hash] != nil { break }
                let word = String(decoding: text[token.start..<token.end], as: UTF8.self)
                if token.isCapitalized {
                    proper.insert(word.lowercased(), at: 0)
                    hashes.insert(token.hash, at: 0)
                } else {
                    modifiers.insert(word.lowercased(), at: 0)
                }
                probe -= 1
            }
            // "The Varnes bridge collapsed": a structure's fall is named by the structure, so that a
            // curator reads a name. Only the name: the subject's words do not make the mention a
            // named one (the verb still refers back to the article's collapse).
            var subjectName: [String] = []
            if isVerb, match.value == .collapse,
               let noun = StructureFall.subject(before: match.tokens.lowerBound, in: tokens, range: range) {
                var word = noun
                while word >= range.lowerBound, noun - word <= 3, tokens[word].kind == .word,
                      word == noun || (tokens[word].isCapitalized && !NewName.stopWords.contains(tokens[word].hash)
                        && !determiners.contains(tokens[word].hash)) {
                    let name = String(decoding: text[tokens[word].start..<tokens[word].end], as: UTF8.self)
                    subjectName.insert(word == noun ? name.lowercased() : name, at: 0)
                    word -= 1
                }
            }
            let naming = proper.count
            // "For fear of a further collapse", "to prevent new floods": feared, not reported.
            if FearedEvent.precedes(match.tokens.lowerBound, in: tokens, range: range) {
                index = match.tokens.upperBound + 1
                continue
            }
            var owner: UInt64?
            if probe > range.lowerBound, tokens[probe].hash == WordHash.possessive,
               tokens[probe - 1].kind == .word, tokens[probe - 1].isCapitalized { owner = tokens[probe - 1].hash }
            // After: "summit in Lisbon", "fire at the Harbour Street warehouse", "meeting between
            // Putin and Trump in Alaska": capitalised words up to the next comma.
            var after = match.tokens.upperBound + 1
            let stop = min(range.upperBound, after + 9)
            var namesPlace = false
            while after < stop, tokens[after].kind != .punctuation,
                  EventKind.table.match(tokens, at: after, limit: stop) == nil {
                if tokens[after].kind == .word, tokens[after].isCapitalized, proper.count < 6,
                   !NewName.stopWords.contains(tokens[after].hash) {
                    if placePrepositions.contains(tokens[after - 1].hash) { namesPlace = true }
                    let word = String(decoding: text[tokens[after].start..<tokens[after].end], as: UTF8.self)
                    proper.append(word.lowercased())
                    hashes.append(tokens[after].hash)
                }
                after += 1
            }
            var mention = EventMention(kind: match.value, tokens: match.tokens, properWords: proper,
                                       properHashes: hashes,
                                       namingWords: naming, modifiers: modifiers)
            mention.subjectName = subjectName
            mention.isCounter = isCounter(tokens[match.tokens.lowerBound], text: text)
            mention.namesPlace = namesPlace
            mention.owner = owner
            mention.look = EventLook.of(start: probe + 1, kind: match.tokens, in: tokens, range: range)
            mentions.append(mention)
            index = match.tokens.upperBound + 1
        }
        return mentions
    }

    static let bodyNouns: WordSet = WordSet([
        "service", "services", "brigade", "brigades", "department", "agency", "officials", "chief", "chiefs", "crews",
        "crew", "fighters", "station", "engines", "engine", "safety", "alarm", "alarms", "exit", "exits", "escape",
        "authority", "marshal", "inspector", "investigators", "investigator", "insurance", "officers", "police",
        "defence", "defense", "warning", "warnings", "risk", "season",
    ].map(WordHash.of))
    static let placePrepositions: WordSet = WordSet(["in", "at", "near", "outside", "off"].map(WordHash.of))
    static let marches: WordSet = WordSet(["march", "marches", "marched"].map(WordHash.of))

    /// "the march", "thousands marched": a protest; "March" with a capital is the month.
    static func lowerCaseMarch(_ tokens: [Token], at index: Int) -> PhraseTable<EventKind>.Match? {
        let length = tokens[index].length
        guard length == 5 || length == 7, tokens[index].kind == .word, !tokens[index].isCapitalized,
              marches.contains(tokens[index].hash) else { return nil }
        return PhraseTable<EventKind>.Match(value: .protest, tokens: index...index)
    }

    static let giveWay: WordSet = WordSet(["gave", "gives", "giving", "give"].map(WordHash.of))
    static let to = WordHash.of("to")

    /// Whether the kind word is a verb of the lede: "collided" (by its ending), "sank", "opened fire".
    static func isVerb(_ span: ClosedRange<Int>, tokens: [Token], text: [UInt8]) -> Bool {
        let last = tokens[span.upperBound]
        return (text[last.end - 1] == UInt8(ascii: "d") && text[last.end - 2] == UInt8(ascii: "e"))
            || EventKind.verbStarts.contains(tokens[span.lowerBound].hash)
    }

    static func isCounter(_ token: Token, text: [UInt8]) -> Bool {
        let prefix = Array("counter".utf8)
        guard token.end - token.start >= prefix.count else { return false }
        return zip(text[token.start..<(token.start + prefix.count)], prefix).allSatisfy { $0 | 0x20 == $1 }
    }

    /// Takes the names of the incident's actor for a mention that names nobody: "the strike" of
    /// "Boeing machinists" is the "Boeing machinists strike".
    mutating func adopt(_ actor: IncidentName.Actor) {
        properWords = actor.words
        properHashes = actor.hashes
        namingWords = actor.words.count
        if let modifier = actor.modifier { modifiers.insert(modifier, at: 0) }
        namedByActor = true
    }

    /// A name for a new event made from the text: "Harbour Street warehouse fire".
    func name(text: [UInt8], tokens: [Token]) -> String {
        let span = tokens[self.tokens.lowerBound].start..<tokens[self.tokens.upperBound].end
        var keyword = String(decoding: text[span], as: UTF8.self).lowercased()
        // "two trains collided", "a ferry sank": the event is a crash.
        if Self.isVerb(self.tokens, tokens: tokens, text: text) { keyword = kind.rawValue }
        let proper = properWords.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        if proper.isEmpty, modifiers.isEmpty, !subjectName.isEmpty {
            return (subjectName + [keyword]).joined(separator: " ")
        }
        return (proper + modifiers + [keyword]).joined(separator: " ")
    }
}
