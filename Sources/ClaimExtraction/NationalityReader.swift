import ClaimModel

/// A person's nationality as sports and wire copy write it: "Kelvin Kiptum of Kenya", "Sifan
/// Hassan of the Netherlands", "Belgium's Bashir Abdi", "the Kenyan Kelvin Kiptum", "the Dutch
/// runner Sifan Hassan", "the Dutch Olympic champion Sifan Hassan". Kept to people without an
/// office in the registry: "India's Narendra Modi" or "US President Donald Trump" say which
/// country a leader leads, which the office claim records, and a description other than an
/// athlete's ("the British right-wing activist X") is not read as a nationality. The same holds
/// for a person the registry lacks whose title stands in the sentence ("Foreign Minister X of
/// Kenya"; see `nationalityDrafts`).
enum NationalityReader {
    static let of = WordHash.of("of"), the = WordHash.of("the")
    /// What may stand between a country's adjective and an athlete's name.
    static let athleteNouns: WordSet = WordSet([
        "runner", "champion", "athlete", "cyclist", "swimmer", "sprinter", "skier", "player", "striker", "goalkeeper",
        "driver", "boxer", "jockey", "golfer", "rower", "marathoner", "winner", "holder", "captain", "midfielder",
        "defender", "forward", "skater", "climber", "sailor", "jumper", "thrower", "hurdler", "rider", "racer",
    ].map(WordHash.of))
    static let athleteQualifiers: WordSet = WordSet([
        "olympic", "world", "defending", "reigning", "former", "two-time", "three-time", "record", "marathon", "tennis",
        "wheelchair", "road", "track", "distance", "long-distance", "middle-distance", "paralympic", "european",
    ].map(WordHash.of))

    /// The country `person` is said to be of, and the tokens that say so.
    static func nationality(of person: EntityMention, mentions: [EntityMention], tokens: [Token], sentence: Range<Int>,
                            text: [UInt8]) -> (country: String, span: ClosedRange<Int>)? {
        guard person.kind == .person else { return nil }
        let start = person.tokens.lowerBound, end = person.tokens.upperBound
        // "Foreign Minister X of Kenya", "Kenyan Foreign Minister X": the country of the post,
        // which the office records; a team's "captain" is still an athlete.
        if start > sentence.lowerBound, StatedTitle.heads.contains(tokens[start - 1].hash),
           !athleteNouns.contains(tokens[start - 1].hash) { return nil }
        // "Kiptum of Kenya won", "Hassan of the Netherlands,": the country ends the phrase.
        if end + 2 < sentence.upperBound, tokens[end + 1].hash == of,
           let country = mentions.first(where: {
               $0.kind == .country && !$0.isDemonym
                   && ($0.tokens.lowerBound == end + 2
                       || ($0.tokens.lowerBound == end + 3 && tokens[end + 2].hash == the))
           }) {
            let after = country.tokens.upperBound + 1
            let ends = after >= sentence.upperBound || tokens[after].kind == .punctuation
                || (!tokens[after].isCapitalized && !isPossessive(after, tokens: tokens, text: text))
            if ends { return (country.entityID, start...country.tokens.upperBound) }
        }
        for country in mentions where country.kind == .country && country.tokens.upperBound < start
            && start - country.tokens.upperBound <= 5 {
            let gap = (country.tokens.upperBound + 1)..<start
            if !country.isDemonym && !CountryNames.isDemonymWord(tokens, country.tokens) {
                guard gap.count <= 1 else { continue }
                // "Belgium's Bashir Abdi".
                if gap.count == 1, isPossessive(gap.lowerBound, tokens: tokens, text: text) {
                    return (country.entityID, country.tokens.lowerBound...end)
                }
                if gap.isEmpty, endsInPossessive(country.tokens.upperBound, tokens: tokens, text: text) {
                    return (country.entityID, country.tokens.lowerBound...end)
                }
            } else if describesPerson(gap, tokens: tokens, text: text), !isDual(country, tokens: tokens) {
                // "the Kenyan Kelvin Kiptum", "the Dutch Olympic champion Sifan Hassan".
                return (country.entityID, country.tokens.lowerBound...end)
            }
        }
        return apposed(person, mentions: mentions, tokens: tokens, sentence: sentence, text: text)
    }

    static func isPossessive(_ index: Int, tokens: [Token], text: [UInt8]) -> Bool {
        let bytes = text[tokens[index].start..<tokens[index].end]
        return bytes.elementsEqual("'s".utf8) || bytes.elementsEqual("’s".utf8) || bytes.elementsEqual("'".utf8)
    }

    static func endsInPossessive(_ index: Int, tokens: [Token], text: [UInt8]) -> Bool {
        let bytes = Array(text[tokens[index].start..<tokens[index].end])
        return bytes.count > 2
            && (bytes.suffix(2).elementsEqual("'s".utf8) || bytes.suffix(4).elementsEqual("’s".utf8))
    }
}
