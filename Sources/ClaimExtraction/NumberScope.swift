/// Which numbers in a clause count something: "Flight 2216", "a Boeing 737-800", "No. 5
/// alarm", "page 12", "a 3-1 win", "aged 52", "16 of them" and "including 8 children" are
/// numbers, but none is a total of anything. A number left out is given a reason, so a curator
/// can see why (`extract --explain`).
enum NumberScope {
    /// Words after which a number names a thing rather than counting ("Flight 2216").
    static let labels: WordSet = WordSet([
        "flight", "no", "no.", "nr", "number", "page", "pages", "paragraph", "article", "section", "chapter", "room", "gate",
        "platform", "route", "bus", "line", "level", "category", "grade", "phase", "stage", "round", "model", "boeing", "airbus",
        "terminal", "runway", "pier", "exit", "junction", "highway", "road", "street", "block", "tower", "unit", "apartment",
        "flat", "floor", "ward", "district", "squad", "code", "ref", "resolution", "order", "case", "item", "clause",
        "week", "day", "year", "episode", "season", "matchday", "game", "channel", "tel", "tel.", "phone", "call",
    ].map(WordHash.of))
    /// Words before a number that make it a part of a total given elsewhere.
    static let subsetOpeners: WordSet = WordSet(["including", "includes", "include", "among", "aged", "age", "ages"].map(WordHash.of))
    static let subsetClosers: WordSet = WordSet(["them", "whom", "which", "those", "these"].map(WordHash.of))
    /// Nouns of time: "for 25 minutes" measures a duration, "two days" is no count of people.
    static let timeNouns: WordSet = WordSet([
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year",
        "years", "decade", "decades", "night", "nights", "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters",
        "feet", "kg", "tonnes", "tons", "year-old", "years-old", "storeys", "stories", "floors", "degrees", "°c",
    ].map(WordHash.of))
    static let the = WordHash.of("the")
    static let casualtyNouns: WordSet = WordSet(["dead", "injured", "wounded", "victims", "missing", "bodies", "survivors",
                                                 "passengers", "arrested", "evacuated", "deaths"].map(WordHash.of))
    static let of = WordHash.of("of"), whom = WordHash.of("whom"), colonHash = WordHash.of(":"), plus = WordHash.of("+")
    /// Marks a reason that holds only when the number counts what the figure before it counts:
    /// "35 countries, including 27 heads of state" gives a count of leaders of its own.
    static let subsetMark = "subset: "

    /// Why `number` is not a count, or nil when it may be one.
    static func exclusion(_ number: NumberPhrase, tokens: [Token], clause: Range<Int>, text: [UInt8]) -> String? {
        let first = number.tokens.lowerBound, last = number.tokens.upperBound
        if first > clause.lowerBound {
            let before = tokens[first - 1]
            // "08:30:00", "+0100": the parts of a clock time or a time zone.
            if before.hash == colonHash || (before.hash == plus && tokens[first].length == 4) { return "a clock time or time zone, not a count" }
            if labels.contains(before.hash) { return "a label or reference number (after \"\(word(before, text))\"), not a count" }
            if subsetOpeners.contains(before.hash) { return subsetMark + "a part of a total (after \"\(word(before, text))\")" }
            if before.hash == whom, first - 2 >= clause.lowerBound, tokens[first - 2].hash == of { return "a part of a total (\"of whom\")" }
            if before.isCapitalized, before.kind == .word, isDigitCompound(tokens[first], text) { return "a model or type number" }
        }
        if last + 2 < clause.upperBound, tokens[last + 1].hash == colonHash, tokens[last + 2].kind == .number {
            return "a clock time, not a count"
        }
        if isDigitCompound(tokens[first], text), !number.isRange {
            return "a model number, score or code (digits joined by a hyphen)"
        }
        if last + 2 < clause.upperBound, tokens[last + 1].hash == of, subsetClosers.contains(tokens[last + 2].hash) {
            return "a part of a total (\"of \(word(tokens[last + 2], text))\")"
        }
        // "141 of the dead had been identified": a part of the dead, not a toll.
        if last + 3 < clause.upperBound, tokens[last + 1].hash == of, tokens[last + 2].hash == the,
           casualtyNouns.contains(tokens[last + 3].hash) {
            return "a part of a total (\"of the \(word(tokens[last + 3], text))\")"
        }
        if last + 1 < clause.upperBound, timeNouns.contains(tokens[last + 1].hash) {
            return "a measure of time, distance or size (\(word(tokens[last + 1], text))), not a count"
        }
        if let noun = number.compoundNoun, timeNouns.contains(noun) { return "a measure of time or age, not a count" }
        if tokens[first].kind == .number, tokens[first].length >= 7, !text[tokens[first].start..<tokens[first].end].contains(UInt8(ascii: ",")),
           !text[tokens[first].start..<tokens[first].end].contains(UInt8(ascii: ".")) {
            return "a long digit string (a phone or code number), not a count"
        }
        return nil
    }

    /// "737-800", "3-1", "7C": digits, a hyphen, digits.
    static func isDigitCompound(_ token: Token, _ text: [UInt8]) -> Bool {
        guard token.kind == .number else { return false }
        var sawHyphen = false
        var digitsAfter = 0
        for byte in text[token.start..<token.end] {
            if byte == UInt8(ascii: "-") { if sawHyphen { return false }; sawHyphen = true; continue }
            let isDigit = byte >= 0x30 && byte <= 0x39
            if sawHyphen { if isDigit { digitsAfter += 1 } else { return false } }
        }
        return sawHyphen && digitsAfter > 0
    }

    static func word(_ token: Token, _ text: [UInt8]) -> String {
        String(decoding: text[token.start..<token.end], as: UTF8.self)
    }
}

extension NumberPhrase {
    var isRange: Bool { if case .range(.some, .some) = quantity { return true } else { return false } }
}
