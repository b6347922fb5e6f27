import ClaimModel

/// Whose words a sentence carries: a speaker verb with its subject ("Macron told reporters",
/// "said EU Council President António Costa", "he said", "according to the Financial Times"),
/// unnamed sources ("a high-ranking official", "negotiating circles"), or the outlet itself.
public struct AttributionDetector: Sendable {
    public struct Voice: Sendable, Equatable {
        public var speaker: Speaker
        /// The tokens naming the speaker, which are not themselves a claim's subject.
        public var tokens: ClosedRange<Int>?
        /// Set off as the speaker's own words even without quotation marks (a pull quote).
        public var isDirect = false
        /// An institution the registry lacks ("Skarvik police"), to create as the speaker.
        public var newEntity: Entity?
    }

    /// Bodies that speak for themselves in the news: "police said", "the ministry announced",
    /// "hospital officials told reporters". Reported speech by an institution, not the outlet.
    static let institutions: WordSet = WordSet([
        "police", "prosecutors", "prosecutor", "ministry", "hospital", "airline", "organisers", "organizers", "union",
        "authorities", "officials", "firefighters", "coastguard", "government", "agency", "council", "army", "military",
        "regulator", "court", "investigators", "rescuers", "spokesperson",
    ].map(WordHash.of))
    /// Words that may stand before an institution and belong to its name ("fire officials",
    /// "the transport ministry", "local authorities").
    static let institutionModifiers: WordSet = WordSet([
        "fire", "local", "national", "transport", "health", "state", "city", "regional", "federal", "provincial",
        "county", "interior", "foreign", "defence", "defense", "rescue", "emergency", "civil", "aviation", "police",
        "hospital", "airport", "military", "election", "electoral", "government", "us", "eu", "un",
    ].map(WordHash.of))
    static let the = WordHash.of("the")

    /// The institution whose noun stands at `index` ("officials in Brasília" included), named
    /// from its words: "Fire officials", "Transport ministry".
    static func institution(at index: Int, tokens: [Token], range: Range<Int>, text: [UInt8]) -> Voice? {
        guard institutions.contains(tokens[index].hash) else { return nil }
        var start = index
        while start - 1 >= range.lowerBound, index - start < 2,
              institutionModifiers.contains(tokens[start - 1].hash)
                  || (tokens[start - 1].isCapitalized && tokens[start - 1].kind == .word
                      && !pronouns.contains(tokens[start - 1].hash)) {
            start -= 1
        }
        var words = (start...index).map { String(decoding: text[tokens[$0].start..<tokens[$0].end], as: UTF8.self) }
        guard let first = words.first else { return nil }
        words[0] = first.prefix(1).uppercased() + first.dropFirst()
        let name = words.joined(separator: " ")
        let id = Slug.make(name)
        guard Identifier.isValid(id) else { return nil }
        return Voice(speaker: .entity(id), tokens: start...index,
                     newEntity: Entity(id: id, name: name, kind: .organisation))
    }

    static let speechVerbs: WordSet = WordSet([
        "said", "says", "say", "told", "tells", "announced", "announces", "added", "adds", "stated", "states",
        "confirmed", "confirms", "warned", "warns", "stressed", "stresses", "noted", "notes", "explained", "explains",
        "wrote", "writes", "reported", "reports", "reiterated", "reiterates", "insisted", "insists", "declared",
        "declares", "argued", "argues", "claimed", "claims", "emphasized", "emphasised", "emphasizes", "emphasises",
        "quoted", "estimated", "estimates", "acknowledged", "admitted", "disclosed", "revealed", "asserted",
        "predicted", "signaled", "signalled",
    ].map(WordHash.of))
    static let according = WordHash.of("according")
    static let to = WordHash.of("to")
    static let passiveMarkers: WordSet = WordSet(["is", "are", "was", "were", "be", "been"].map(WordHash.of))
    static let pronouns: WordSet = WordSet(["he", "she", "his", "her"].map(WordHash.of))
    static let its = WordHash.of("its")
    static let anonymousWords: WordSet = WordSet([
        "official", "officials", "source", "sources", "circles", "diplomat", "diplomats", "insiders", "insider", "aide",
        "aides", "sources:",
    ].map(WordHash.of))
    /// Words between a speaker's name and the verb that still leave the name as the speaker
    /// ("a German government spokesman said", "Der Spiegel recently reported").
    static let bridgeWords: WordSet = WordSet([
        "spokesman", "spokeswoman", "spokesperson", "office", "recently", "also", "later", "then", "has", "have", "had",
        "previously", "once", "again", "on", "thursday", "wednesday", "monday", "tuesday", "friday", "saturday",
        "sunday", "earlier", "today", "yesterday", "publicly", "repeatedly", "already", "(", ")", ",", "cdu", "spd",
    ].map(WordHash.of))

    /// The speaker of `range`, if a speaker verb or "according to" names one. `lastPerson` and
    /// `lastOrganisation` stand in for "he"/"she" and "its".
    public static func voice(tokens: [Token], range: Range<Int>, mentions: [EntityMention],
                             lastPerson: String?, lastOrganisation: String?, text: [UInt8] = []) -> Voice? {
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            if token.hash == according, index + 1 < range.upperBound, tokens[index + 1].hash == to {
                let after = index + 2
                if let mention = mentions.first(where: {
                    $0.tokens.lowerBound >= after && $0.tokens.lowerBound <= after + 2
                }) {
                    return Voice(speaker: speaker(mention), tokens: mention.tokens)
                }
                if after < range.upperBound, tokens[after].hash == its, let lastOrganisation {
                    return Voice(speaker: .entity(lastOrganisation), tokens: nil)
                }
                if !text.isEmpty,
                   let body = (after..<min(range.upperBound, after + 4))
                       .first(where: { institutions.contains(tokens[$0].hash) }),
                   let voice = institution(at: body, tokens: tokens, range: range, text: text) {
                    return voice
                }
                if (after..<min(range.upperBound, after + 3))
                    .contains(where: { anonymousWords.contains(tokens[$0].hash) }) {
                    return Voice(speaker: .anonymous, tokens: nil)
                }
            }
            // "States" in "United States" is a name, not a verb.
            if speechVerbs.contains(token.hash), !isPassive(tokens, index, range),
               !mentions.contains(where: { $0.tokens.contains(index) }) {
                if !text.isEmpty,
                   let voice = institutionBefore(index, tokens: tokens, range: range, mentions: mentions, text: text) {
                    return voice
                }
                if let voice = subject(before: index, tokens: tokens, range: range, mentions: mentions,
                                       lastPerson: lastPerson) { return voice }
                // "…, police said." / "said the transport ministry"
                if !text.isEmpty, index + 1 < range.upperBound {
                    let next = tokens[index + 1].hash == the ? index + 2 : index + 1
                    for probe in next..<min(range.upperBound, next + 3)
                        where institutions.contains(tokens[probe].hash) {
                        if let voice = institution(at: probe, tokens: tokens, range: range, text: text) { return voice }
                    }
                }
                // "…," said Macron / said EU Council President António Costa
                if let mention = mentions.first(where: {
                       $0.tokens.lowerBound > index && $0.tokens.lowerBound <= index + 5 && $0.kind != .country
                   }),
                   !mention.isDemonym {
                    return Voice(speaker: speaker(mention), tokens: mention.tokens)
                }
            }
            index += 1
        }
        return nil
    }

    /// "Fire officials told a briefing", "officials in Lisvik said", "police have said": an
    /// institution right before the verb (a registry name there wins).
    static func institutionBefore(_ verb: Int, tokens: [Token], range: Range<Int>, mentions: [EntityMention],
                                  text: [UInt8]) -> Voice? {
        var probe = verb - 1
        var steps = 0
        while probe >= range.lowerBound, steps < 4 {
            if mentions.contains(where: { $0.tokens.upperBound == probe && !$0.isDemonym }) { return nil }
            if institutions.contains(tokens[probe].hash) {
                return institution(at: probe, tokens: tokens, range: range, text: text)
            }
            let hash = tokens[probe].hash
            // "officials in Lisvik said": a place after the body.
            let isPlace = tokens[probe].isCapitalized || hash == WordHash.of("in")
            guard bridgeWords.contains(hash) || isPlace else { return nil }
            probe -= 1
            steps += 1
        }
        return nil
    }

    /// "is said to", "was reported": the verb does not introduce a speaker.
    static func isPassive(_ tokens: [Token], _ index: Int, _ range: Range<Int>) -> Bool {
        index > range.lowerBound && passiveMarkers.contains(tokens[index - 1].hash)
    }

    static func subject(before verb: Int, tokens: [Token], range: Range<Int>, mentions: [EntityMention],
                        lastPerson: String?) -> Voice? {
        var probe = verb - 1
        var steps = 0
        while probe >= range.lowerBound, steps < 5 {
            if let mention = mentions.first(where: { $0.tokens.upperBound == probe }), !mention.isDemonym {
                return Voice(speaker: speaker(mention), tokens: mention.tokens)
            }
            let hash = tokens[probe].hash
            if hash == Punctuation.comma,
               let mention = mentionBeforeAside(endingAt: probe, tokens: tokens, range: range, mentions: mentions) {
                return Voice(speaker: speaker(mention), tokens: mention.tokens)
            }
            if pronouns.contains(hash) { return lastPerson.map { Voice(speaker: .entity($0), tokens: nil) } }
            if anonymousWords.contains(hash) {
                // "a German government spokesman" is the government; "a US official" is unnamed.
                if let mention = mentions.first(where: { $0.tokens.upperBound == probe - 1 }),
                   mention.kind == .organisation {
                    return Voice(speaker: speaker(mention), tokens: mention.tokens)
                }
                return Voice(speaker: .anonymous, tokens: nil)
            }
            guard bridgeWords.contains(hash)
                  || mentions.contains(where: { $0.tokens.contains(probe) }) else { return nil }
            probe -= 1
            steps += 1
        }
        return nil
    }

    /// "Merz, in Belém for the summit, said": the name before a short aside set off by commas
    /// (at most eight words, no verb of speech inside) is who speaks.
    static func mentionBeforeAside(endingAt comma: Int, tokens: [Token], range: Range<Int>,
                                   mentions: [EntityMention]) -> EntityMention? {
        var probe = comma - 1
        while probe > range.lowerBound, comma - probe <= 9 {
            let hash = tokens[probe].hash
            if speechVerbs.contains(hash) { return nil }
            if hash == Punctuation.comma {
                guard probe < comma - 1 else { return nil }
                return mentions.first { $0.tokens.upperBound == probe - 1 && !$0.isDemonym }
            }
            probe -= 1
        }
        return nil
    }

    static func speaker(_ mention: EntityMention) -> Speaker { .entity(mention.entityID) }
}
