/// An election is one polity's: "Sudria's general election" is not Norland's, however close in
/// time, and coverage of one country's vote often recalls a neighbour's ("at Sudria's election,
/// the Greens won 12 per cent"). Resolution compares the countries a mention names (by name,
/// one-word alias or demonym: "the German election") with those its candidate's name and place
/// name; where both name one and none agree, the mention is another election. Only countries
/// count: a city's or a chamber's name says nothing either way ("the Bundestag election").
enum ElectionPolity {
    /// Each one-word name, alias and demonym of a country, to the country's place in
    /// `CountryNames.table`. Names of two words or more ("South Korea") are left out: one of
    /// their words alone ("South") names no country.
    static let countryOfWord: WordMap<Int> = {
        var map = WordMap<Int>()
        for (index, entry) in CountryNames.table.enumerated() {
            for word in [entry.name] + entry.aliases + entry.demonyms where !word.contains(" ")
                && !CountryNames.givenNames.contains(word) {
                map[WordHash.of(word)] = index
            }
        }
        return map
    }()

    /// The countries `hashes` name, each once, in order.
    static func countries<S: Sequence>(of hashes: S) -> [Int] where S.Element == UInt64 {
        var found: [Int] = []
        for hash in hashes {
            if let country = countryOfWord[hash], !found.contains(country) { found.append(country) }
        }
        return found
    }

    /// The countries a mention names: its own words and the possessive before it.
    static func countries(of mention: EventMention) -> [Int] {
        countries(of: mention.properHashes + (mention.owner.map { [$0] } ?? []))
    }

    /// Whether a mention naming `mentioned` countries is about another polity's vote than an
    /// event naming `recorded` ones.
    static func isOther(mentioned: [Int], recorded: [Int]) -> Bool {
        !mentioned.isEmpty && !recorded.isEmpty && !mentioned.contains(where: recorded.contains)
    }
}
