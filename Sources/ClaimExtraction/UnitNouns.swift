/// The nouns a count is counted in, mapped to the attribute units they stand for: "nations"
/// and "allies" count countries, "heads of state" count leaders, "dead" and "injured" count
/// people. Any unit an attribute declares is also its own noun ("countries", "country").
struct UnitNouns: Sendable {
    static let synonyms: [String: [String]] = [
        "countries": ["nations", "nation", "states", "state", "allies", "member states", "governments", "partners",
                      "members", "economies", "member countries"],
        "leaders": ["heads of state and government", "heads of state", "heads of government", "presidents",
                    "prime ministers", "leader", "head of state"],
        "people": ["persons", "person", "dead", "injured", "wounded", "victims", "casualties", "passengers",
                   "residents", "workers", "children", "fatalities", "bodies", "civilians", "migrants", "deaths",
                   "lives", "others", "adults", "firefighters", "patients", "guests", "spectators", "visitors",
                   "attendees", "participants", "delegates", "men", "women", "protesters", "demonstrators", "marchers",
                   "crew members", "survivors", "suspects", "staff", "students",
                   // Who else news counts by trade or role ("26 police officers were injured").
                   "officers", "police officers", "soldiers", "rescuers", "journalists", "employees", "tourists",
                   "miners", "pilgrims", "fans", "supporters", "counter-protesters", "prisoners", "inmates",
                   "detainees", "pupils", "teachers", "nurses", "doctors", "volunteers", "voters", "runners",
                   "athletes", "competitors"],
        "percent": ["per cent", "%", "percentage points", "pc"],
        "dollars": ["dollar", "us dollars", "usd", "bn dollars"],
        "euros": ["euro", "eur"],
        "pounds": ["pound", "pounds sterling", "sterling", "gbp"],
        "yuan": ["rmb", "renminbi", "cny"],
        "yen": ["jpy"],
        "swiss-francs": ["swiss francs", "swiss franc", "chf"],
        "rupees": ["rupee", "inr"],
        "votes": ["vote", "ballots", "mps", "deputies", "lawmakers"],
        "seats": ["seat"],
        "delegations": ["delegation"],
        "organisations": ["organizations", "organisation", "organization", "groups", "agencies", "companies", "ngos"],
        "charges": ["counts", "charge"],
    ]

    let table: PhraseTable<String>
    let known: Set<String>

    init(units: Set<String>) {
        known = units
        var table = PhraseTable<String>()
        for unit in units.sorted() {
            table.add(unit, value: unit)
            if unit.hasSuffix("ies") {
                table.add(String(unit.dropLast(3)) + "y", value: unit)
            } else if unit.hasSuffix("s") {
                table.add(String(unit.dropLast()), value: unit)
            }
            for noun in Self.synonyms[unit] ?? [] { table.add(noun, value: unit) }
        }
        self.table = table
    }

    /// Currency signs written before the number ("$4.5 billion", "€500m").
    static let currencySigns: [UInt64: String] = [
        WordHash.of("$"): "dollars", WordHash.of("us$"): "dollars", WordHash.of("€"): "euros",
        WordHash.of("£"): "pounds", WordHash.of("¥"): "yen", WordHash.of("chf"): "swiss-francs",
        WordHash.of("usd"): "dollars", WordHash.of("eur"): "euros", WordHash.of("gbp"): "pounds",
        WordHash.of("rmb"): "yuan", WordHash.of("cny"): "yuan", WordHash.of("jpy"): "yen", WordHash.of("₹"): "rupees",
        WordHash.of("inr"): "rupees",
    ]

    /// The unit of a number phrase: a currency sign before it, else its compound noun or the
    /// noun after it (`unit(after:)`).
    func unit(of phrase: NumberPhrase, tokens: [Token], clause: Range<Int>,
              text: [UInt8]? = nil) -> (unit: String, last: Int)? {
        let first = phrase.tokens.lowerBound
        if first > clause.lowerBound {
            var sign = tokens[first - 1].hash
            if sign == WordHash.of("$"), first - 2 >= clause.lowerBound,
               tokens[first - 2].hash == WordHash.of("us") { sign = WordHash.of("us$") }
            if let currency = Self.currencySigns[sign], table.count > 0, hasUnit(currency) {
                return (currency, phrase.tokens.upperBound)
            }
        }
        // "5.5 billion": the scale is part of the number; the noun may follow it.
        return unit(after: phrase, tokens: tokens, limit: clause.upperBound, text: text)
    }

    func hasUnit(_ unit: String) -> Bool { known.contains(unit) }

    /// The unit of a number phrase: its compound noun ("26-nation"), else the noun after it,
    /// skipping up to two describing words ("26 Western countries", "30 Ukrainian allies").
    /// With `text`, a plural agent noun the table lacks counts people ("Boeing machinists",
    /// `PeopleNouns`), and members of a union or a party are people, not member states.
    func unit(after phrase: NumberPhrase, tokens: [Token], limit: Int,
              text: [UInt8]? = nil) -> (unit: String, last: Int)? {
        if let noun = phrase.compoundNoun {
            for entry in [noun] {
                if let unit = table.match([Token(start: 0, end: 0, hash: entry, kind: .word, isCapitalized: false,
                                                 isAllCaps: false, startsLine: false, startsParagraph: false)], at: 0) {
                    return (unit.value, phrase.tokens.upperBound)
                }
            }
        }
        var index = phrase.tokens.upperBound + 1
        var skipped = 0
        while index < limit, skipped <= 2 {
            if let match = table.match(tokens, at: index, limit: limit) {
                if match.value == "countries", known.contains("people"),
                   Self.areMembersOfABody(match.tokens, tokens: tokens, limit: limit) {
                    return ("people", match.tokens.upperBound)
                }
                return (match.value, match.tokens.upperBound)
            }
            let token = tokens[index]
            if let text, known.contains("people"), PeopleNouns.counts(token, text: text) { return ("people", index) }
            // "24 of the 61 seats": the part counts in the whole's unit.
            if token.kind == .number, index > phrase.tokens.upperBound + 1, tokens[index - 1].hash == Words.of
                || tokens[index - 1].hash == Words.the { index += 1; skipped += 1; continue }
            guard token.kind == .word, !AttributionDetector.speechVerbs.contains(token.hash) else { return nil }
            // "60 percent of the …" handled above
            // "some 49,000 amateur and professional runners": the describing words may be joined.
            if token.hash == Words.of || token.hash == Words.the || token.hash == Words.and { index += 1; continue }
            index += 1
            skipped += 1
        }
        return nil
    }

    static let members: WordSet = WordSet(["members", "member"].map(WordHash.of))
    /// Words that make a body's members people: a union, a party, a club or a workforce.
    static let bodiesOfPeople: WordSet = WordSet([
        "union", "unions", "workers", "party", "association", "guild", "club", "staff", "crew", "congregation",
        "teamsters", "machinists", "movement", "church", "choir", "band", "orchestra", "family", "families", "public",
    ].map(WordHash.of))

    /// "12,700 members of the United Auto Workers", "members of the machinists' union": people.
    /// "members of the alliance" stay countries.
    static func areMembersOfABody(_ noun: ClosedRange<Int>, tokens: [Token], limit: Int) -> Bool {
        guard members.contains(tokens[noun.upperBound].hash), noun.upperBound + 1 < limit,
              tokens[noun.upperBound + 1].hash == Words.of else { return false }
        let end = min(limit, noun.upperBound + 7)
        return ((noun.upperBound + 2)..<end).contains { bodiesOfPeople.contains(tokens[$0].hash) }
    }
}

extension Words {
    static let of = WordHash.of("of")
    static let the = WordHash.of("the")
}
