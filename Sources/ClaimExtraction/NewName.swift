import ClaimModel

/// Capitalised names the registry lacks: "Fire Chief Maria Okafor" is a person (the title is
/// dropped), "Ministry of Health" an organisation. A single capitalised word is not enough:
/// it is too often the first word of a sentence or an adjective.
enum NewName {
    struct Found {
        var entity: Entity
        var tokens: ClosedRange<Int>
    }

    static let stopWords: WordSet = WordSet([
        "the", "a", "an", "in", "on", "at", "for", "but", "and", "however", "after", "before", "while", "when", "this",
        "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "our", "as", "according",
        "although", "already", "also", "meanwhile", "nevertheless", "from", "with", "by", "of", "to", "if", "some",
        "many", "most", "other", "such", "what", "who", "why", "how", "where", "which", "there", "here", "today",
        "yesterday", "tomorrow", "western", "eastern", "northern", "southern", "european", "photo", "source", "read",
        "more", "contents", "latest", "news", "live", "updated", "published", "breaking", "copy", "share", "comments",
        "said", "says", "its", "all", "no", "not", "one", "two", "first", "last", "new", "former", "since", "until",
        "despite", "during", "because", "so", "yet", "still", "now", "then", "federal", "national", "international",
        "special", "senior", "chief", "prime", "minister", "president", "secretary",
    ].map(WordHash.of) + MonthNames.all.map(WordHash.of) + MonthNames.weekdays.map(WordHash.of))

    /// Titles before a name, dropped from it: offices, ranks, honorifics and forms of address
    /// as outlets print them ("Superintendent", "Sheikh", "Councillor", "Lt. Gen.", "Mme").
    /// A title is an office claim (the office readers), never part of the name.
    static let titles: WordSet = WordSet([
        "president", "prime", "minister", "chancellor", "mayor", "chief", "governor", "senator", "general",
        "secretary", "spokesman", "spokeswoman", "spokesperson", "dr", "mr", "mrs", "ms", "sir", "dame", "professor",
        "prof", "fire", "police", "officer", "captain", "inspector", "director", "commissioner", "commander", "judge",
        "king", "queen", "prince", "princess", "pope", "deputy", "vice", "foreign", "defence", "defense", "interior",
        "health", "finance", "envoy", "ambassador", "coach", "ceo", "chairman", "chairwoman", "chair", "head", "leader",
        "premier", "sheriff", "sergeant", "colonel", "lieutenant", "admiral", "rev", "father", "rabbi", "imam",
        "senior", "special", "representative", "adviser", "advisor", "economist", "analyst", "expert", "researcher",
        "author",
        // Police, military and court ranks.
        "superintendent", "constable", "detective", "marshal", "trooper", "major", "brigadier", "corporal", "commodore",
        "prosecutor", "magistrate", "coroner", "justice", "attorney", "solicitor", "auditor", "surgeon", "ombudsman",
        "lt", "gen", "col", "maj", "capt", "sgt", "supt", "insp", "det", "cpl", "adm", "cmdr", "gov", "sen", "rep",
        // Clergy, nobility and rulers.
        "archbishop", "bishop", "cardinal", "reverend", "pastor", "mufti", "ayatollah", "monsignor", "sheikh",
        "sheik", "emir", "sultan", "crown", "lord", "lady", "baron", "baroness", "hon", "honourable", "honorable",
        // Elected and acting offices.
        "councillor", "councilor", "councilman", "councilwoman", "alderman", "congressman", "congresswoman",
        "assemblyman", "assemblywoman", "acting", "interim", "president-elect", "mayor-elect", "governor-elect",
        // Forms of address in other languages that English outlets keep.
        "mme", "madame", "monsieur", "herr", "frau", "senor", "señor", "senhor", "signor",
    ].map(WordHash.of))

    static let organisationWords: WordSet = WordSet([
        "ministry", "agency", "council", "service", "services", "department", "brigade", "police", "institute",
        "union", "organisation", "organization", "office", "committee", "bank", "party", "association", "company",
        "corporation", "airlines", "airways", "authority", "commission", "university", "group", "times", "post",
        "press", "board", "court", "parliament", "army", "navy", "federation", "league", "society", "foundation",
        "fund", "hospital", "network", "inc", "ltd", "plc", "gmbh", "ag", "bureau", "centre", "center", "assembly",
        "alliance", "forum", "secretariat",
    ].map(WordHash.of))

    /// Last words of place names ("White House", "Harbour Street"): not people.
    static let placeWords: WordSet = WordSet([
        "house", "palace", "street", "square", "hall", "tower", "bridge", "airport", "station", "park", "road",
        "avenue", "building", "island", "islands", "river", "lake", "mountains", "valley", "city", "county",
        "district", "port", "harbour", "harbor", "market", "mall", "stadium", "arena", "plaza", "boulevard", "lane",
        "highway", "motorway", "sea", "ocean",
    ].map(WordHash.of))

    static let particles: WordSet = WordSet([
        "von", "van", "der", "de", "da", "di", "del", "la", "le", "bin", "al", "el", "of", "ten", "zu",
    ].map(WordHash.of))

    static let ofWord = WordHash.of("of")

    static func find(_ tokens: [Token], at start: Int, limit: Int, text: [UInt8], sentenceStart: Bool) -> Found? {
        var index = start
        // Drop titles ("Fire Chief", "Lt. Gen."), with the full stop of an abbreviated one.
        while index < limit, tokens[index].isCapitalized, titles.contains(tokens[index].hash) {
            index += 1
            if index < limit, tokens[index].hash == Punctuation.fullStop { index += 1 }
        }
        var words = nameWords(tokens, from: index, limit: limit)
        // "Justice Department", "Health Ministry": a title word that opens a body's name is its name.
        if index > start, let last = words.last, organisationWords.contains(tokens[last].hash), words.count < 2 {
            words = nameWords(tokens, from: start, limit: limit)
        }
        // "Tarnby Mayor Edda Brask": a place before a title belongs to the office, not the name.
        if let title = words.dropLast().lastIndex(where: { titles.contains(tokens[$0].hash) }),
           let last = words.last, !organisationWords.contains(tokens[last].hash) {
            words = Array(words[(title + 1)...])
        }
        guard let last = words.last, let first = words.first else { return nil }
        // "Ministry of Fisheries", "Bank of Tarnby": a body's word may open its name too.
        let isOrganisation = organisationWords.contains(tokens[last].hash)
            || (words.count > 2 && organisationWords.contains(tokens[first].hash)
                && particles.contains(tokens[words[1]].hash))
        if placeWords.contains(tokens[last].hash) { return nil }
        // "Mark Selby of England", "Edda Brask of Tarnby": a person's name ends before "of"; what
        // follows is where they are from ("Bank of Tarnby" is a body's name, kept whole above).
        if !isOrganisation, let of = words.firstIndex(where: { tokens[$0].hash == ofWord }), of >= 2 {
            words = Array(words[..<of])
        }
        guard let last = words.last else { return nil }  // the last word once "of ..." is cut
        guard isOrganisation ? words.count >= 2 : (2...3).contains(words.count) else { return nil }
        // Sentence-initial capitals are ambiguous unless a title vouched for the name.
        if sentenceStart && first == start && !isOrganisation && words.count < 2 { return nil }
        if particles.contains(tokens[last].hash) { return nil }
        let name = words.map { String(decoding: text[tokens[$0].start..<tokens[$0].end], as: UTF8.self) }
            .joined(separator: " ")
        let id = Slug.make(name)
        guard Identifier.isValid(id) else { return nil }
        let entity: Entity
        if isOrganisation {
            entity = Entity(id: id, name: name, kind: .organisation)
        } else {
            let surname = String(decoding: text[tokens[last].start..<tokens[last].end], as: UTF8.self)
            entity = Entity(id: id, name: name, kind: .person, aliases: [surname])
        }
        return Found(entity: entity, tokens: start...last)
    }

    /// The words of a name from `index`: capitalised words, particles between them ("van der"),
    /// and, skipped, a middle initial ("Edda M. Brask" is Edda Brask: outlets add or drop it).
    static func nameWords(_ tokens: [Token], from index: Int, limit: Int) -> [Int] {
        var words: [Int] = []
        var probe = index
        while probe < limit, words.count < 5 {
            let token = tokens[probe]
            if isMiddleInitial(probe, tokens: tokens, limit: limit), !words.isEmpty {
                probe += 2
                continue
            }
            if token.kind == .word, token.isCapitalized,
               !stopWords.contains(token.hash) || (!words.isEmpty && organisationWords.contains(token.hash)) {
                words.append(probe)
            } else if token.kind == .word, !words.isEmpty, particles.contains(token.hash), probe + 1 < limit,
                      tokens[probe + 1].isCapitalized {
                words.append(probe)
            } else {
                break
            }
            probe += 1
        }
        return words
    }

    /// One capital letter and a full stop, before another capitalised word: "M." in "Edda M. Brask".
    static func isMiddleInitial(_ index: Int, tokens: [Token], limit: Int) -> Bool {
        guard index + 2 < limit else { return false }
        let token = tokens[index]
        return token.kind == .word && token.length == 1 && token.isCapitalized
            && tokens[index + 1].hash == Punctuation.fullStop && tokens[index + 1].start == token.end
            && tokens[index + 2].kind == .word && tokens[index + 2].isCapitalized
    }
}
