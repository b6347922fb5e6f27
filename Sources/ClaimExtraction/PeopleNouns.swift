/// Nouns of people the vocabulary does not list: news counts people by what they do, and the
/// trades and roles are open-ended ("1,200 striking machinists", "some 300 villagers", "40
/// worshippers"). A plural agent noun ("-ers", "-ists", "-ians") counts people; the things that
/// end the same way ("containers", "quarters", "lists") are listed as exceptions. Such a noun
/// only says what the number counts: a cue of the clause still says which figure it is.
enum PeopleNouns {
    static let suffixes = ["ers", "ists", "ians"].map { Array($0.utf8) }
    /// The wider endings of the people an incident is named after ("Tarnby doctors", "Halden
    /// employees", "residents", "servants"; see `IncidentName`): a name only says whom an event
    /// is about, so it risks less than a count and needs no exceptions.
    static let groupEndings = ["ers", "ors", "ists", "ians", "ees", "ents", "ants"].map { Array($0.utf8) }
    static let things: WordSet = WordSet([
        "numbers", "members", "orders", "papers", "towers", "containers", "computers", "chambers", "letters", "layers",
        "quarters", "headquarters", "matters", "meters", "liters", "centers", "tankers", "trailers", "powers",
        "offers", "answers", "barriers", "corners", "borders", "filters", "markers", "posters", "banners",
        "flowers", "rivers", "waters", "waivers", "dinners", "covers", "transfers", "boosters", "shelters",
        "registers", "chapters", "parameters", "lists", "twists", "wrists", "containers", "carriers", "airliners",
        "liners", "freighters", "destroyers", "fighters", "bombers", "helicopters", "lorries", "trawlers",
        "tenders", "ledgers", "dollars", "others", "teenagers", "hectares", "litres", "metres", "kilometers",
        "millimeters", "centimeters", "gigawatts", "barrels", "tonnes", "billionaires", "lawyers", "cellars",
        "rafters", "timbers", "shutters", "cylinders", "reactors", "transformers", "generators", "printers",
        "scanners", "stickers", "folders", "files", "pages", "remainders", "hours", "years", "wonders", "thunders",
        "leaders", "voters", "spiders", "insects", "boulders", "summers", "winters", "mothers", "fathers",
    ].map(WordHash.of))

    /// Whether the token is a plural agent noun that counts people. Leaders and voters have
    /// units of their own, and a family word ("mothers") or an age word is left to the vocabulary.
    static func counts(_ token: Token, text: [UInt8]) -> Bool {
        guard token.kind == .word, !token.isCapitalized, token.length >= 6, !things.contains(token.hash) else {
            return false
        }
        let word = text[token.start..<token.end]
        guard word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7a }) else { return false }
        return ends(word, with: suffixes)
    }

    /// "machinists", "workers", "doctors": a plural noun of people an incident may be named after.
    static func namesGroup(_ word: ArraySlice<UInt8>) -> Bool {
        word.count >= 5 && ends(word, with: groupEndings)
    }

    static func ends(_ word: ArraySlice<UInt8>, with endings: [[UInt8]]) -> Bool {
        endings.contains { ending in word.count >= ending.count && word.suffix(ending.count).elementsEqual(ending) }
    }
}
