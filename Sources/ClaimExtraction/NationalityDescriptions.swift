import ClaimModel

/// The descriptions around a name that carry a nationality beyond an athlete's: "Australian
/// citizen X", "the British tourist X", "a French tourist, 45-year-old X", and after the name
/// "X, a French citizen,", "X, the 39-year-old Kenyan who won in 2019,". The noun must be one
/// that a nationality describes as a person ("citizen", "national", "man", "student"); a noun
/// of work or study ("the Kenyan wildfire expert", "the Dutch government's envoy") may say what
/// the expertise or the employer is, so it is left alone, and so is a dual nationality. Artists
/// are left out too: the corpus's curators record an actress's prize, not her passport.
extension NationalityReader {
    static let personNouns: WordSet = WordSet([
        "citizen", "national", "tourist", "man", "woman", "boy", "girl", "teenager", "student", "journalist",
        "reporter", "photographer", "pilot", "passenger", "hiker", "backpacker", "volunteer", "businessman",
        "businesswoman", "pensioner", "veteran",
    ].map(WordHash.of))
    static let dual = WordHash.of("dual"), who = WordHash.of("who"), a = WordHash.of("a"), an = WordHash.of("an")

    static func isPersonNoun(_ hash: UInt64) -> Bool { athleteNouns.contains(hash) || personNouns.contains(hash) }

    /// Qualifiers of the noun, and an age ("the 39-year-old Kenyan runner").
    static func isQualifier(_ token: Token, text: [UInt8]) -> Bool {
        athleteQualifiers.contains(token.hash) || (token.kind == .number && AgeReader.isYearOld(token, text))
    }

    /// What may stand between a demonym and the name: nothing, qualifiers and one person noun,
    /// then perhaps a comma and an age ("a French tourist, 45-year-old X").
    static func describesPerson(_ gap: Range<Int>, tokens: [Token], text: [UInt8]) -> Bool {
        guard !gap.isEmpty else { return true }
        var last = gap.upperBound - 1
        if tokens[last].kind == .number, AgeReader.isYearOld(tokens[last], text), last > gap.lowerBound,
           tokens[last - 1].hash == Punctuation.comma {
            last -= 2
        } else if tokens[last].hash == Punctuation.comma {
            last -= 1
        }
        guard last >= gap.lowerBound, isPersonNoun(tokens[last].hash) else { return false }
        return (gap.lowerBound..<last).allSatisfy { isQualifier(tokens[$0], text: text) }
    }

    /// "a dual British-Iranian national", "the dual Kenyan citizen": two nationalities, not one.
    static func isDual(_ country: EntityMention, tokens: [Token]) -> Bool {
        let before = country.tokens.lowerBound - 1
        guard before >= 0 else { return false }
        return tokens[before].hash == dual
            || (tokens[before].hash == Punctuation.hyphen && before > 0 && tokens[before - 1].kind == .word)
            || (country.tokens.upperBound + 1 < tokens.count && tokens[country.tokens.upperBound + 1].hash
                == Punctuation.hyphen)
    }

    /// "X, a French citizen,", "X, the 39-year-old Kenyan who won", "X, a Briton,": an article,
    /// qualifiers, the demonym and perhaps a person noun, ending the apposition.
    static func apposed(_ person: EntityMention, mentions: [EntityMention], tokens: [Token], sentence: Range<Int>,
                        text: [UInt8]) -> (country: String, span: ClosedRange<Int>)? {
        var index = person.tokens.upperBound + 1
        // "At the Lisvik Marathon, a French tourist, ...": an event's name read as a person's.
        guard EventKind.table.match(tokens, at: person.tokens.upperBound) == nil else { return nil }
        guard index + 2 < sentence.upperBound, tokens[index].hash == Punctuation.comma,
              [a, an, the].contains(tokens[index + 1].hash) else { return nil }
        index += 2
        while index < sentence.upperBound, index <= person.tokens.upperBound + 6,
              isQualifier(tokens[index], text: text) { index += 1 }
        guard let country = mentions.first(where: {
            $0.kind == .country && $0.tokens.lowerBound == index
                && ($0.isDemonym || CountryNames.isDemonymWord(tokens, $0.tokens))
        }), !isDual(country, tokens: tokens) else { return nil }
        var after = country.tokens.upperBound + 1
        if after < sentence.upperBound, isPersonNoun(tokens[after].hash) { after += 1 }
        let ends = after >= sentence.upperBound || tokens[after].kind == .punctuation || tokens[after].hash == who
        return ends ? (country.entityID, person.tokens.lowerBound...country.tokens.upperBound) : nil
    }
}
