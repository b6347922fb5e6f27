/// Which numbers in a clause count something: "Flight 2216", "a Boeing 737-800", "No. 5
/// alarm", "page 12", "a 3-1 win", "aged 52", "16 of them" and "including 8 children" are
/// numbers, but none is a total of anything. A number left out is given a reason, so a curator
/// can see why (`extract --explain`).
enum NumberScope {
    /// Words after which a number names a thing rather than counting ("Flight 2216").
    static let labels: WordSet = WordSet([
        "flight", "no", "no.", "nr", "number", "page", "pages", "paragraph", "article", "section", "chapter", "room",
        "gate", "platform", "route", "bus", "line", "level", "category", "grade", "phase", "stage", "round", "model",
        "boeing", "airbus", "terminal", "runway", "pier", "exit", "junction", "highway", "road", "street", "block",
        "tower", "unit", "apartment", "flat", "floor", "ward", "district", "squad", "code", "ref", "resolution",
        "order", "case", "item", "clause", "week", "day", "year", "episode", "season", "matchday", "game", "channel",
        "tel", "tel.", "phone", "call",
    ].map(WordHash.of))
    /// Words before a number that make it a part of a total given elsewhere.
    static let subsetOpeners: WordSet = WordSet(["including", "includes", "include", "among", "aged", "age",
                                                 "ages"].map(WordHash.of))
    static let subsetClosers: WordSet = WordSet(["them", "whom", "which", "those", "these"].map(WordHash.of))
    /// Nouns of time: "for 25 minutes" measures a duration, "two days" is no count of people.
    static let timeNouns: WordSet = WordSet([
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "night", "nights", "km", "kilometres", "kilometers", "miles", "mile",
        "metres", "meters", "feet", "kg", "tonnes", "tons", "year-old", "years-old", "storeys", "stories", "floors",
        "degrees", "°c",
    ].map(WordHash.of))
    static let the = WordHash.of("the")
    static let casualtyNouns: WordSet = WordSet(["dead", "injured", "wounded", "victims", "missing", "bodies",
                                                 "survivors", "passengers", "arrested", "evacuated",
                                                 "deaths"].map(WordHash.of))
    static let of = WordHash.of("of"), whom = WordHash.of("whom"), colonHash = WordHash.of(":"), plus = WordHash.of("+")

    /// Why a number is no count; words are kept as token indices and spelt out only when a
    /// curator reads the reason (extraction asks this of every number).
    enum Reason: Sendable, Equatable {
        case label(Int), subset(Int), ofWhom, model, code, clock, partOf(Int), measure(Int), compoundMeasure
        case digits, rate
        case things(Int), increment(Int), wholeOfShare(Int)

        /// Holds only when the number counts what the figure before it counts.
        var isSubset: Bool { if case .subset = self { return true } else { return false } }

        func description(_ tokens: [Token], _ text: [UInt8]) -> String {
            switch self {
            case .label(let index):
                return "a label or reference number (after \"\(word(tokens[index], text))\"), not a count"
            case .subset(let index): return "a part of a total (after \"\(word(tokens[index], text))\")"
            case .ofWhom: return "a part of a total (\"of whom\")"
            case .model: return "a model or type number"
            case .code: return "a model number, score or code (digits joined by a hyphen)"
            case .clock: return "a clock time or time zone, not a count"
            case .partOf(let index): return "a part of a total (\"of \(word(tokens[index], text))\")"
            case .measure(let index):
                return "a measure of time, distance or size (\(word(tokens[index], text))), not a count"
            case .compoundMeasure: return "a measure of time or age, not a count"
            case .digits: return "a long digit string (a phone or code number), not a count"
            case .rate: return "a rate (per unit), not a total"
            case .things(let index): return "counts \(word(tokens[index], text)), not people"
            case .increment(let index): return "an increment (\"\(word(tokens[index], text))\"), not a total"
            case .wholeOfShare(let index):
                return "the whole a share is taken of (after \"\(word(tokens[index], text))\")"
            }
        }
    }

    /// Why `number` is not a count, or nil when it may be one.
    static func exclusion(_ number: NumberPhrase, tokens: [Token], clause: Range<Int>, text: [UInt8]) -> Reason? {
        let first = number.tokens.lowerBound, last = number.tokens.upperBound
        if first > clause.lowerBound {
            let before = tokens[first - 1]
            // "08:30:00", "+0100": the parts of a clock time or a time zone.
            if before.hash == colonHash || (before.hash == plus && tokens[first].length == 4) { return .clock }
            if labels.contains(before.hash) { return .label(first - 1) }
            if subsetOpeners.contains(before.hash) { return .subset(first - 1) }
            if before.hash == whom, first - 2 >= clause.lowerBound, tokens[first - 2].hash == of { return .ofWhom }
            if before.isCapitalized, before.kind == .word, isDigitCompound(tokens[first], text) { return .model }
        }
        if last + 2 < clause.upperBound, tokens[last + 1].hash == colonHash, tokens[last + 2].kind == .number {
            return .clock
        }
        if isDigitCompound(tokens[first], text), !number.isRange {
            return .code
        }
        if last + 2 < clause.upperBound, tokens[last + 1].hash == of, subsetClosers.contains(tokens[last + 2].hash) {
            return .partOf(last + 2)
        }
        // "141 of the dead had been identified": a part of the dead, not a toll.
        if last + 3 < clause.upperBound, tokens[last + 1].hash == of, tokens[last + 2].hash == the,
           casualtyNouns.contains(tokens[last + 3].hash) {
            return .partOf(last + 3)
        }
        if isRate(after: last, tokens: tokens, clause: clause)
           || isRatio(before: first, tokens: tokens, clause: clause) { return .rate }
        if last + 1 < clause.upperBound, increments.contains(tokens[last + 1].hash) { return .increment(last + 1) }
        if let share = shareBefore(first, tokens: tokens, clause: clause) { return .wholeOfShare(share) }
        if last + 1 < clause.upperBound, countedThings.contains(tokens[last + 1].hash) { return .things(last + 1) }
        if last + 1 < clause.upperBound, timeNouns.contains(tokens[last + 1].hash) {
            return .measure(last + 1)
        }
        if let noun = number.compoundNoun, timeNouns.contains(noun) { return .compoundMeasure }
        if tokens[first].kind == .number, tokens[first].length >= 7,
           !text[tokens[first].start..<tokens[first].end].contains(UInt8(ascii: ",")),
           !text[tokens[first].start..<tokens[first].end].contains(UInt8(ascii: ".")) {
            return .digits
        }
        return nil
    }

    /// Nouns of things a number may count beside a people cue: "the two crowds", "three
    /// marches", "seven blocks" are no crowd or toll.
    static let countedThings: WordSet = WordSet([
        "crowds", "rallies", "marches", "protests", "demonstrations", "fires", "blazes", "blocks", "buildings",
        "towers", "vehicles", "cars", "buses", "trains", "planes", "aircraft", "jets", "ships", "boats", "helicopters",
        "engines", "ambulances", "homes", "houses", "flats", "apartments", "shelters", "hospitals", "schools",
    ].map(WordHash.of))
    /// "five more bodies", "two further arrests": what was added, not the new total.
    static let increments: WordSet = WordSet(["more", "additional", "further", "extra"].map(WordHash.of))
    /// "more than half of the 51 million voters": the number is the whole, not those who voted.
    static let shares: WordSet = WordSet(["half", "third", "thirds", "quarter", "quarters", "majority", "fraction",
                                          "two-thirds", "three-quarters", "most", "percent", "%",
                                          "cent"].map(WordHash.of))

    /// The share word before "of (the)" in front of the number, if any.
    static func shareBefore(_ first: Int, tokens: [Token], clause: Range<Int>) -> Int? {
        var index = first - 1
        if index >= clause.lowerBound, tokens[index].hash == the { index -= 1 }
        // "the roughly 51 million": a hedge belongs to the number's phrase already.
        guard index - 1 >= clause.lowerBound, tokens[index].hash == of else { return nil }
        // "24 of the 61 seats": the 61 is the whole the 24 is taken of.
        let before = tokens[index - 1]
        guard shares.contains(before.hash) || before.kind == .number
              || Words.numbers[before.hash] != nil else { return nil }
        return index - 1
    }

    static let slash = WordHash.of("/"), per = WordHash.of("per")
    static let articles: WordSet = WordSet(["a", "an"].map(WordHash.of))
    /// What a price is counted per ("a share", "a barrel"); not times ("159, a week after the
    /// fire"; "$1bn a year" is how pledges are written).
    static let rateNouns: WordSet = WordSet(["share", "head", "barrel", "litre", "liter", "gallon", "tonne", "ton",
                                             "kilo", "kilogram", "hectare", "acre", "night", "person", "ticket", "unit",
                                             "mile", "kilometre"].map(WordHash.of))
    /// Words after "per" that make a share, not a rate ("10 per cent").
    static let shareWords: WordSet = WordSet(["cent", "centum", "mille"].map(WordHash.of))

    /// "$4/ha", "$4 per hectare", "3 per 1,000 births": a price or a rate, which totals nothing.
    static func isRate(after last: Int, tokens: [Token], clause: Range<Int>) -> Bool {
        guard last + 2 < clause.upperBound else { return false }
        let next = tokens[last + 1].hash
        if next == slash { return true }
        // "1.20 euros a share", "$80 a barrel"; the unit noun may stand between.
        for start in [last + 1, last + 2] where start + 1 < clause.upperBound
            && tokens[start - 1].kind != .punctuation {
            if articles.contains(tokens[start].hash) && rateNouns.contains(tokens[start + 1].hash) { return true }
        }
        return next == per && !shareWords.contains(tokens[last + 2].hash)
    }

    static let inWord = WordHash.of("in")

    /// "one voter in three", "one in five": the number after "in" is a ratio's base.
    static func isRatio(before first: Int, tokens: [Token], clause: Range<Int>) -> Bool {
        guard first - 2 >= clause.lowerBound, tokens[first - 1].hash == inWord else { return false }
        func isNumber(_ index: Int) -> Bool {
            index >= clause.lowerBound && (tokens[index].kind == .number || Words.numbers[tokens[index].hash] != nil)
        }
        return isNumber(first - 2) || (isNumber(first - 3) && tokens[first - 2].kind == .word)
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
