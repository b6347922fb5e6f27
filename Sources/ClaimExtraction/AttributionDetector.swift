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
    }

    static let speechVerbs: WordSet = WordSet([
        "said", "says", "say", "told", "tells", "announced", "announces", "added", "adds", "stated", "states", "confirmed",
        "confirms", "warned", "warns", "stressed", "stresses", "noted", "notes", "explained", "explains", "wrote", "writes",
        "reported", "reports", "reiterated", "reiterates", "insisted", "insists", "declared", "declares", "argued", "argues",
        "claimed", "claims", "emphasized", "emphasised", "emphasizes", "emphasises", "quoted", "estimated", "estimates",
        "acknowledged", "admitted", "disclosed", "revealed", "asserted", "predicted", "signaled", "signalled",
    ].map(WordHash.of))
    static let according = WordHash.of("according")
    static let to = WordHash.of("to")
    static let passiveMarkers: WordSet = WordSet(["is", "are", "was", "were", "be", "been"].map(WordHash.of))
    static let pronouns: WordSet = WordSet(["he", "she", "his", "her"].map(WordHash.of))
    static let its = WordHash.of("its")
    static let anonymousWords: WordSet = WordSet([
        "official", "officials", "source", "sources", "circles", "diplomat", "diplomats", "insiders", "insider", "aide", "aides",
        "sources:",
    ].map(WordHash.of))
    /// Words between a speaker's name and the verb that still leave the name as the speaker
    /// ("a German government spokesman said", "Der Spiegel recently reported").
    static let bridgeWords: WordSet = WordSet([
        "spokesman", "spokeswoman", "spokesperson", "office", "recently", "also", "later", "then", "has", "have", "had",
        "previously", "once", "again", "on", "thursday", "wednesday", "monday", "tuesday", "friday", "saturday", "sunday",
        "earlier", "today", "yesterday", "publicly", "repeatedly", "already", "(", ")", ",", "cdu", "spd",
    ].map(WordHash.of))

    /// The speaker of `range`, if a speaker verb or "according to" names one. `lastPerson` and
    /// `lastOrganisation` stand in for "he"/"she" and "its".
    public static func voice(tokens: [Token], range: Range<Int>, mentions: [EntityMention],
                             lastPerson: String?, lastOrganisation: String?) -> Voice? {
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            if token.hash == according, index + 1 < range.upperBound, tokens[index + 1].hash == to {
                let after = index + 2
                if let mention = mentions.first(where: { $0.tokens.lowerBound >= after && $0.tokens.lowerBound <= after + 2 }) {
                    return Voice(speaker: speaker(mention), tokens: mention.tokens)
                }
                if after < range.upperBound, tokens[after].hash == its, let lastOrganisation {
                    return Voice(speaker: .entity(lastOrganisation), tokens: nil)
                }
                if (after..<min(range.upperBound, after + 3)).contains(where: { anonymousWords.contains(tokens[$0].hash) }) {
                    return Voice(speaker: .anonymous, tokens: nil)
                }
            }
            // "States" in "United States" is a name, not a verb.
            if speechVerbs.contains(token.hash), !isPassive(tokens, index, range), !mentions.contains(where: { $0.tokens.contains(index) }) {
                if let voice = subject(before: index, tokens: tokens, range: range, mentions: mentions, lastPerson: lastPerson) { return voice }
                // "…," said Macron / said EU Council President António Costa
                if let mention = mentions.first(where: { $0.tokens.lowerBound > index && $0.tokens.lowerBound <= index + 5 && $0.kind != .country }),
                   !mention.isDemonym {
                    return Voice(speaker: speaker(mention), tokens: mention.tokens)
                }
            }
            index += 1
        }
        return nil
    }

    /// "is said to", "was reported": the verb does not introduce a speaker.
    static func isPassive(_ tokens: [Token], _ index: Int, _ range: Range<Int>) -> Bool {
        index > range.lowerBound && passiveMarkers.contains(tokens[index - 1].hash)
    }

    static func subject(before verb: Int, tokens: [Token], range: Range<Int>, mentions: [EntityMention], lastPerson: String?) -> Voice? {
        var probe = verb - 1
        var steps = 0
        while probe >= range.lowerBound, steps < 5 {
            if let mention = mentions.first(where: { $0.tokens.upperBound == probe }), !mention.isDemonym {
                return Voice(speaker: speaker(mention), tokens: mention.tokens)
            }
            let hash = tokens[probe].hash
            if pronouns.contains(hash) { return lastPerson.map { Voice(speaker: .entity($0), tokens: nil) } }
            if anonymousWords.contains(hash) {
                // "a German government spokesman" is the government; "a US official" is unnamed.
                if let mention = mentions.first(where: { $0.tokens.upperBound == probe - 1 }), mention.kind == .organisation {
                    return Voice(speaker: speaker(mention), tokens: mention.tokens)
                }
                return Voice(speaker: .anonymous, tokens: nil)
            }
            guard bridgeWords.contains(hash) || mentions.contains(where: { $0.tokens.contains(probe) }) else { return nil }
            probe -= 1
            steps += 1
        }
        return nil
    }

    static func speaker(_ mention: EntityMention) -> Speaker { .entity(mention.entityID) }
}
