import ClaimModel

/// Words that name a kind of event, grouped so that "talks in Paris" can find the "Paris
/// summit": meetings, calls, and incidents of one kind each.
public enum EventKind: String, Sendable, Hashable {
    case meeting, call, fire, crash, explosion, flood, earthquake, storm, shooting, attack, election, match, protest
    case collapse, trial, strike
    /// Company results: a results release and what it reports.
    case results
    /// A word for any unplanned event ("the disaster", "the tragedy"): it only refers back to
    /// the article's incident, whatever its kind.
    case incident

    static let table: PhraseTable<EventKind> = {
        var table = PhraseTable<EventKind>()
        let words: [(EventKind, [String])] = [
            (.meeting, ["summit", "meeting", "meetings", "talks", "consultations", "conference", "gathering", "session",
                        "reception", "dinner", "visit", "meets", "met", "receives", "meet", "forum", "congress", "convention"]),
            (.call, ["call", "phone call", "video conference", "videoconference", "video call", "conference call", "telephone call"]),
            (.fire, ["fire", "blaze", "inferno", "wildfire"]),
            (.crash, ["crash", "collision", "derailment", "plane crash", "train crash", "bus crash", "accident", "pile-up",
                      "collided", "crashed", "derailed", "sinking", "capsized", "capsizing", "shipwreck"]),
            (.explosion, ["explosion", "blast", "exploded"]),
            (.flood, ["flood", "floods", "flooding"]),
            // Aftershocks are the earthquake's: coverage counts one disaster, and a fact-checker
            // compares its toll as one.
            (.earthquake, ["earthquake", "earthquakes", "quake", "quakes", "tremor", "aftershock", "aftershocks"]),
            (.storm, ["storm", "hurricane", "typhoon", "cyclone", "tornado"]),
            (.shooting, ["shooting", "gunfire"]),
            (.election, ["election", "elections", "referendum", "referendums", "referenda", "vote", "polls", "confidence vote", "censure motion", "no-confidence vote",
                         "no-confidence motion", "motion of censure", "motion of no confidence", "runoff", "ballot", "voted",
                         "motion of confidence", "confidence motion", "vote of confidence", "vote of no confidence", "by-election",
                         "polling day"]),
            // Not "final" or "game" alone: "final agreements", "a game changer".
            (.match, ["match", "tournament", "championship", "cup final", "grand final", "derby", "race", "marathon", "grand prix"]),
            // Not "march": the month. A counter-protest is its own event beside the one it answers.
            (.protest, ["protest", "protests", "demonstration", "demonstrations", "rally", "counter-protest", "counter-protests",
                        "counter-demonstration", "counter-demonstrations", "counter-rally", "counter-march", "march against"]),
            (.collapse, ["collapse", "collapsed", "cave-in", "landslide", "mudslide"]),
            // One court case from trial to sentence: the verdict, the ruling and the sentencing
            // hearing are its stages, and a fact-checker compares its figures together.
            (.trial, ["trial", "hearing", "verdict", "sentencing", "ruling", "judgment", "judgement", "conviction", "acquittal",
                      "court case", "sentencing hearing"]),
            (.strike, ["strike", "walkout", "stoppage"]),
            (.results, ["results", "earnings", "quarterly results", "annual results", "half-year results", "full-year results",
                        "trading update", "profit warning"]),
            (.incident, ["disaster", "tragedy", "catastrophe", "incident"]),
        ]
        for (kind, phrases) in words { for phrase in phrases { table.add(phrase, value: kind) } }
        return table
    }()

    /// Kinds whose first mention makes a new event when the registry has none: things that
    /// happen once, at a place and time. ("Attack" and "vote" are too often hypothetical; a
    /// call is rarely the story: "the crew made a Mayday call".)
    var isNewsworthyOnItsOwn: Bool {
        self != .attack && self != .election && self != .match && self != .call && self != .incident && self != .results
    }

    /// Kinds that happen unannounced and are reported afterwards, for days: "the blaze" in
    /// a follow-up a week later is still the fire. Meetings, votes and matches are scheduled
    /// and dated by the registry instead.
    var followsCoverage: Bool {
        switch self {
        case .meeting, .call, .election, .match, .trial, .results: return false
        default: return true
        }
    }

    /// Scheduled kinds whose coverage also follows the day: "the verdict", "the vote" or "the
    /// results" in an article days later is the one just held.
    var reportedAfter: Bool {
        switch self {
        case .trial, .election, .match, .results: return true
        default: return followsCoverage
        }
    }

    /// The kind an event's name declares ("Putin–Trump summit in Alaska" -> meeting).
    static func of(name: String) -> EventKind? {
        let tokens = Tokenizer.tokens(in: Array(name.utf8))
        var index = 0
        var found: EventKind?
        while index < tokens.count {
            if let match = table.match(tokens, at: index) {
                // A call beats a meeting in the same name ("leaders' call after the summit").
                if found == nil || match.value == .call { found = match.value }
                index = match.tokens.upperBound + 1
            } else {
                index += 1
            }
        }
        return found
    }
}

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

    static let determiners: WordSet = WordSet(["the", "a", "an", "this", "that", "today", "its", "their", "his", "her",
                                                "'s", "of", "in", "at", "on", "for", "with", "after", "before", "and", ",", "to"].map(WordHash.of))
    /// Adjectives that describe rather than name an event.
    static let descriptive: WordSet = WordSet(["deadly", "massive", "huge", "major", "big", "large", "small", "latest", "recent",
                                                "first", "second", "last", "next", "previous", "so-called", "informal", "formal",
                                                "emergency", "extraordinary", "tragic", "devastating", "fatal", "serious", "deadliest", "worst", "biggest",
                                                "largest", "worst-ever", "deadly", "historic", "annual"].map(WordHash.of))

    static func find(in tokens: [Token], range: Range<Int>, text: [UInt8]) -> [EventMention] {
        var mentions: [EventMention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard let match = EventKind.table.match(tokens, at: index, limit: range.upperBound) ?? lowerCaseMarch(tokens, at: index)
            else { index += 1; continue }
            // "the fire service said", "fire crews": a body named after the kind, not an event.
            if match.tokens.upperBound + 1 < range.upperBound, bodyNouns.contains(tokens[match.tokens.upperBound + 1].hash) {
                index = match.tokens.upperBound + 1
                continue
            }
            var proper: [String] = []
            var hashes: [UInt64] = []
            var modifiers: [String] = []
            // Before: "the Harbour Street warehouse fire", "Thursday's talks"
            var probe = match.tokens.lowerBound - 1
            // A verb ("two trains collided") has its subject before it, not its name.
            let isVerb = text[tokens[match.tokens.upperBound].end - 1] == UInt8(ascii: "d")
                && text[tokens[match.tokens.upperBound].end - 2] == UInt8(ascii: "e")
            while !isVerb, probe >= range.lowerBound, match.tokens.lowerBound - probe <= 3 {
                let token = tokens[probe]
                if token.kind != .word || determiners.contains(token.hash) || descriptive.contains(token.hash)
                    || NewName.stopWords.contains(token.hash) || Words.numbers[token.hash] != nil { break }
                let word = String(decoding: text[token.start..<token.end], as: UTF8.self)
                if token.isCapitalized { proper.insert(word.lowercased(), at: 0); hashes.insert(token.hash, at: 0) } else { modifiers.insert(word.lowercased(), at: 0) }
                probe -= 1
            }
            let naming = proper.count
            // After: "summit in Lisbon", "fire at the Harbour Street warehouse", "meeting between
            // Putin and Trump in Alaska": capitalised words up to the next comma.
            var after = match.tokens.upperBound + 1
            let stop = min(range.upperBound, after + 9)
            var namesPlace = false
            while after < stop, tokens[after].kind != .punctuation, EventKind.table.match(tokens, at: after, limit: stop) == nil {
                if tokens[after].kind == .word, tokens[after].isCapitalized, proper.count < 6, !NewName.stopWords.contains(tokens[after].hash) {
                    if placePrepositions.contains(tokens[after - 1].hash) { namesPlace = true }
                    proper.append(String(decoding: text[tokens[after].start..<tokens[after].end], as: UTF8.self).lowercased())
                    hashes.append(tokens[after].hash)
                }
                after += 1
            }
            var mention = EventMention(kind: match.value, tokens: match.tokens, properWords: proper, properHashes: hashes,
                                       namingWords: naming, modifiers: modifiers)
            mention.isCounter = isCounter(tokens[match.tokens.lowerBound], text: text)
            mention.namesPlace = namesPlace
            mentions.append(mention)
            index = match.tokens.upperBound + 1
        }
        return mentions
    }

    static let bodyNouns: WordSet = WordSet(["service", "services", "brigade", "brigades", "department", "agency", "officials",
                                             "chief", "chiefs", "crews", "crew", "fighters", "station", "engines", "engine", "safety",
                                             "alarm", "alarms", "exit", "exits", "escape", "authority", "marshal", "inspector",
                                             "investigators", "investigator", "insurance", "officers", "police", "defence", "defense",
                                             "warning", "warnings", "risk", "season"].map(WordHash.of))
    static let placePrepositions: WordSet = WordSet(["in", "at", "near", "outside", "off"].map(WordHash.of))
    static let marches: WordSet = WordSet(["march", "marches", "marched"].map(WordHash.of))

    /// "the march", "thousands marched": a protest; "March" with a capital is the month.
    static func lowerCaseMarch(_ tokens: [Token], at index: Int) -> PhraseTable<EventKind>.Match? {
        let length = tokens[index].length
        guard length == 5 || length == 7, tokens[index].kind == .word, !tokens[index].isCapitalized,
              marches.contains(tokens[index].hash) else { return nil }
        return PhraseTable<EventKind>.Match(value: .protest, tokens: index...index)
    }

    static func isCounter(_ token: Token, text: [UInt8]) -> Bool {
        let prefix = Array("counter".utf8)
        guard token.end - token.start >= prefix.count else { return false }
        return zip(text[token.start..<(token.start + prefix.count)], prefix).allSatisfy { $0 | 0x20 == $1 }
    }

    /// A name for a new event made from the text: "Harbour Street warehouse fire".
    func name(text: [UInt8], tokens: [Token]) -> String {
        var keyword = String(decoding: text[tokens[self.tokens.lowerBound].start..<tokens[self.tokens.upperBound].end], as: UTF8.self).lowercased()
        // "two trains collided": the event is a crash.
        if keyword.hasSuffix("ed") { keyword = kind.rawValue }
        let proper = properWords.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return (proper + modifiers + [keyword]).joined(separator: " ")
    }
}
