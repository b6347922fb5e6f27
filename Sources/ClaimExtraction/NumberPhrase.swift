import ClaimModel

/// A quantity as an article words it, read as an interval: "26" is exactly 26, "more than two
/// dozen" at least 25, "about 40" about 40, "between 20 and 30" 20 to 30, "30-plus" at least
/// 30, "hundreds" at least 200. Counts are whole, so "more than 30" starts at 31.
public struct NumberPhrase: Sendable, Equatable {
    public var quantity: Quantity
    /// The tokens of the phrase, hedges included ("more than two dozen").
    public var tokens: ClosedRange<Int>
    /// The noun glued on with a hyphen: "nation" in "26-nation".
    public var compoundNoun: UInt64?

    /// Every quantity in `range` of `tokens`; dates, times and years are left out.
    public static func find(in tokens: [Token], range: Range<Int>, text: [UInt8]) -> [NumberPhrase] {
        var phrases: [NumberPhrase] = []
        var index = range.lowerBound
        // Hedges are looked for no further back than the end of the previous phrase: in "five
        // or more than 10", "more" belongs to "five or more", so the 10 is exact.
        var floor = range.lowerBound
        while index < range.upperBound {
            guard let core = Core.parse(tokens, at: index, limit: range.upperBound, text: text) else {
                index += 1
                continue
            }
            if isDateOrTime(tokens, core: core, range: range) { index = core.last + 1; continue }
            // A 400-digit number or "a million million ..." overflows to infinity, which a claim
            // file cannot hold (JSON has no infinity): not a count anyone reports.
            guard core.value.isFinite else { index = core.last + 1; continue }
            var phrase = NumberPhrase(quantity: .exactly(core.value), tokens: index...core.last,
                                      compoundNoun: core.compoundNoun)
            var last = core.last
            // "between 20 and 30", "20 to 30", "20-30"
            if let upper = core.hyphenUpper {
                phrase.quantity = .range(min: core.value, max: upper)
            } else if let upper = rangeEnd(tokens, after: core, limit: range.upperBound, text: text) {
                phrase.quantity = .range(min: core.value, max: upper.value)
                last = upper.last
                phrase.compoundNoun = upper.compoundNoun
            } else if core.atLeast {
                phrase.quantity = .range(min: core.value, max: nil)
            } else if core.approximate {
                phrase.quantity = .about(core.value)
            }
            // "or more", "or so" after the number
            if last + 2 < range.upperBound, tokens[last + 1].hash == Words.or {
                if tokens[last + 2].hash == Words.more {
                    phrase.quantity = .range(min: core.value, max: nil)
                    last += 2
                } else if tokens[last + 2].hash == Words.so {
                    phrase.quantity = .about(core.value)
                    last += 2
                }
            }
            var first = index
            // "about $37.5 billion", "more than €5bn": the hedge stands before the currency sign.
            // The phrase still starts at the number, where the unit reader looks for the sign.
            let signed = index - 1 > floor && UnitNouns.currencySigns[tokens[index - 1].hash] != nil
            let hedgeEnd = signed ? index - 1 : index
            if case .exactly(let value) = phrase.quantity,
               let (modifier, start) = Modifier.before(tokens, index: hedgeEnd, floor: floor) {
                phrase.quantity = modifier.apply(value, approximate: core.approximate)
                if !signed { first = start }
            } else if case .about(let value) = phrase.quantity,
                      let (modifier, start) = Modifier.before(tokens, index: hedgeEnd, floor: floor) {
                phrase.quantity = modifier.apply(value, approximate: true)
                if !signed { first = start }
            } else if index - 1 >= floor, tokens[index - 1].hash == Words.between, case .range = phrase.quantity {
                first = index - 1
            }
            phrase.tokens = first...last
            phrases.append(phrase)
            index = last + 1
            floor = index
        }
        return phrases
    }

    static func rangeEnd(_ tokens: [Token], after core: Core, limit: Int, text: [UInt8]) -> Core? {
        let next = core.last + 1
        guard next + 1 < limit else { return nil }
        let joiner = tokens[next].hash
        let between = core.first > 0 && tokens[core.first - 1].hash == Words.between
        guard (between && joiner == Words.and) || joiner == Words.to || joiner == Punctuation.enDash
                || (joiner == Punctuation.hyphen && tokens[next].start == tokens[core.last].end) else { return nil }
        guard let upper = Core.parse(tokens, at: next + 1, limit: limit, text: text), upper.value >= core.value,
              upper.value.isFinite else { return nil }
        // "rose from 317 to 365 seats" is a change: the figure is 365, and 317 what it was.
        // "from 10 to 21 November" stays one stretch of days.
        if joiner == Words.to, core.first > 0, tokens[core.first - 1].hash == Words.from,
           !(upper.last + 1 < limit && Words.months.contains(tokens[upper.last + 1].hash)) { return nil }
        return upper
    }

    /// "4 September", "September 4", "11:30", "3 p.m.", and bare years are not counts.
    static func isDateOrTime(_ tokens: [Token], core: Core, range: Range<Int>) -> Bool {
        let before = core.first > range.lowerBound ? tokens[core.first - 1] : nil
        let after = core.last + 1 < range.upperBound ? tokens[core.last + 1] : nil
        if let after, Words.months.contains(after.hash) || Words.clock.contains(after.hash) { return true }
        if let before, Words.months.contains(before.hash) { return true }
        if let after, after.hash == Punctuation.colon, core.last + 2 < range.upperBound,
           tokens[core.last + 2].kind == .number { return true }
        if let before, before.hash == Punctuation.colon, core.first >= 2, tokens[core.first - 2].kind == .number {
            return true
        }
        // "2,000 protesters": a year is never written with a thousands separator.
        if core.isDigits, !core.grouped, core.value >= 1900, core.value <= 2100, core.value == core.value.rounded(),
           core.compoundNoun == nil { return true }
        return false
    }

    /// The number itself, without hedges.
    struct Core {
        var value: Double
        var first: Int
        var last: Int
        var approximate = false
        /// "dozens", "hundreds", "30-plus": a floor rather than a value.
        var atLeast = false
        var compoundNoun: UInt64?
        var isDigits = false
        /// Written with a thousands separator ("2,000"), as counts are and years never are.
        var grouped = false
        /// "20-30" written as one word: the upper end (a score such as "3-1" has none).
        var hyphenUpper: Double?

        static func parse(_ tokens: [Token], at index: Int, limit: Int, text: [UInt8]) -> Core? {
            let token = tokens[index]
            if token.kind == .number { return digits(tokens, at: index, limit: limit, text: text) }
            guard token.kind == .word else { return nil }
            // "a dozen", "half a dozen", "a hundred"
            if token.hash == Words.a || token.hash == Words.half {
                var next = index + 1
                var factor = 1.0
                if token.hash == Words.half {
                    guard next < limit, tokens[next].hash == Words.a else { return nil }
                    next += 1
                    factor = 0.5
                }
                guard next < limit else { return nil }
                if tokens[next].hash == Words.dozen {
                    return Core(value: 12 * factor, first: index, last: next, approximate: factor == 1)
                }
                if factor == 1, tokens[next].hash == Words.hundred {
                    return Core(value: 100, first: index, last: next, approximate: true)
                }
                return nil
            }
            if let plural = Words.pluralFloors[token.hash] {
                // "dozens", "hundreds", "thousands" (of)
                return Core(value: plural, first: index, last: index, atLeast: true)
            }
            if let compound = wordCompound(token, text: text) {
                return Core(value: compound.value, first: index, last: index, compoundNoun: compound.noun)
            }
            guard var value = wordValue(tokens[index], text: text) else { return nil }
            var last = index
            // "twenty five", "one hundred and twenty", "two dozen", "1.2 million"
            while last + 1 < limit {
                let next = tokens[last + 1]
                if next.hash == Words.dozen { value *= 12; last += 1; continue }
                if let scale = Words.scales[next.hash] { value *= scale; last += 1; continue }
                // "two and a half hours", "one and a half million"
                if next.hash == Words.and, last + 3 < limit, tokens[last + 2].hash == Words.a,
                   tokens[last + 3].hash == Words.half, value < 100, value == value.rounded() {
                    value += 0.5; last += 3; continue
                }
                if next.hash == Words.and, last + 2 < limit, let small = wordValue(tokens[last + 2], text: text),
                   small < 100, value >= 100 {
                    value += small; last += 2; continue
                }
                if let small = wordValue(next, text: text), small < 10, value >= 20,
                   value.truncatingRemainder(dividingBy: 10) == 0, value < 100 {
                    value += small; last += 1; continue
                }
                break
            }
            return Core(value: value, first: index, last: last)
        }

        static func digits(_ tokens: [Token], at index: Int, limit: Int, text: [UInt8]) -> Core? {
            let token = tokens[index]
            // The digits as a whole number and the places after the dot, so "4.1bn" is 41e9 / 10,
            // exactly 4100000000, not the sum of binary fractions (4099999999.9999995).
            var mantissa = 0.0
            var divisor = 1.0
            var offset = token.start
            var sawDot = false
            var sawComma = false
            while offset < token.end {
                let byte = text[offset]
                if byte >= 0x30 && byte <= 0x39 {
                    mantissa = mantissa * 10 + Double(byte - 0x30)
                    if sawDot { divisor *= 10 }
                } else if byte == UInt8(ascii: ",") {
                    sawComma = true
                } else if byte == UInt8(ascii: "."), !sawDot {
                    sawDot = true
                } else { break }
                offset += 1
            }
            var core = Core(value: mantissa / divisor, first: index, last: index, isDigits: true)
            core.grouped = sawComma
            if offset < token.end {
                // "26-nation", "30-plus", "60%"-less suffixes
                // "2.5bn", "500m": money written short.
                let rest = String(decoding: text[offset..<token.end], as: UTF8.self).lowercased()
                if let scale = ["bn": 1e9, "bln": 1e9, "m": 1e6, "mn": 1e6, "mln": 1e6, "k": 1e3, "tn": 1e12][rest] {
                    core.value = mantissa * scale / divisor
                    return core
                }
                guard text[offset] == UInt8(ascii: "-") else { return nil }  // "3rd", "G7x": not a count
                let suffix = Array(text[(offset + 1)..<token.end])
                let hash = Tokenizer.tokens(in: suffix).first?.hash
                if hash == Words.plus { core.atLeast = true } else { core.compoundNoun = hash }
                if !suffix.isEmpty, suffix.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), suffix.count <= 9 {
                    let upper = suffix.reduce(0.0) { $0 * 10 + Double($1 - 0x30) }
                    if upper > core.value { core.hyphenUpper = upper }
                }
            } else if index + 1 < limit, let scale = Words.scales[tokens[index + 1].hash] {
                core.value = mantissa * scale / divisor
                core.last += 1
                // "10.6 thousand million euros", as translated reports write ten thousand millions.
                if index + 2 < limit, let larger = Words.scales[tokens[index + 2].hash], larger > scale {
                    core.value *= larger
                    core.last += 1
                }
            } else if index + 2 < limit, tokens[index + 1].hash == Punctuation.hyphen,
                      tokens[index + 2].hash == Words.plus, tokens[index + 1].start == token.end {
                core.atLeast = true
                core.last += 2
            }
            return core
        }

        /// "a four-hour final", "a three-week trial": a number word glued to a time noun, read
        /// as "4-hour" is. Other nouns stay words ("two-time winner", "two-thirds", "one-off").
        static func wordCompound(_ token: Token, text: [UInt8]) -> (value: Double, noun: UInt64)? {
            guard token.kind == .word, token.length < 24 else { return nil }
            let bytes = text[token.start..<token.end]
            guard let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")) else { return nil }
            let parts = bytes.split(separator: UInt8(ascii: "-"))
            guard parts.count == 2, let number = Tokenizer.tokens(in: Array(text[token.start..<hyphen])).first,
                  let value = Words.numbers[number.hash],
                  let noun = Tokenizer.tokens(in: Array(parts[1])).first?.hash, timeNouns.contains(noun)
            else { return nil }
            return (value, noun)
        }

        static let timeNouns: WordSet = WordSet(["second", "minute", "hour", "day", "week", "month", "year"]
            .map(WordHash.of))

        /// "twenty" -> 20, "thirty-five" -> 35, "two-dozen" -> 24.
        static func wordValue(_ token: Token, text: [UInt8]) -> Double? {
            if let value = Words.numbers[token.hash] { return value }
            guard token.kind == .word, token.length < 24, text[token.start..<token.end].contains(UInt8(ascii: "-"))
            else { return nil }
            let parts = text[token.start..<token.end].split(separator: UInt8(ascii: "-"))
            // "two-and-a-half"
            if parts.count == 4, let whole = Words.numbers[Tokenizer.tokens(in: Array(parts[0])).first?.hash ?? 0],
               whole < 100, Array(parts[1...]).map({ Tokenizer.tokens(in: Array($0)).first?.hash ?? 0 })
                   == [Words.and, Words.a, Words.half] {
                return whole + 0.5
            }
            guard parts.count == 2,
                  let tens = Words.numbers[Tokenizer.tokens(in: Array(parts[0])).first?.hash ?? 0] else { return nil }
            let secondHash = Tokenizer.tokens(in: Array(parts[1])).first?.hash ?? 0
            if secondHash == Words.dozen { return tens * 12 }
            guard let unit = Words.numbers[secondHash], tens >= 20, tens < 100, unit < 10 else { return nil }
            return tens + unit
        }
    }

    /// Hedges and bounds written before a number.
    enum Modifier {
        case moreThan, atLeast, fewerThan, atMost, about, nearly

        static let table: PhraseTable<Modifier> = {
            var table = PhraseTable<Modifier>()
            for phrase in ["more than", "over", "above", "upwards of", "in excess of", "just over", "well over",
                           "more than about"] { table.add(phrase, value: .moreThan) }
            for phrase in ["at least", "no fewer than", "no less than", "a minimum of", "not less than"] {
                table.add(phrase, value: .atLeast)
            }
            for phrase in ["fewer than", "less than", "under", "below", "just under"] {
                table.add(phrase, value: .fewerThan)
            }
            for phrase in ["up to", "at most", "as many as", "no more than", "a maximum of", "not more than"] {
                table.add(phrase, value: .atMost)
            }
            for phrase in ["about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa",
                           "close to", "or so", "round about"] { table.add(phrase, value: .about) }
            for phrase in ["nearly", "almost", "just short of", "not quite"] { table.add(phrase, value: .nearly) }
            return table
        }()

        /// The modifier ending right before `index`, and where it starts.
        static func before(_ tokens: [Token], index: Int, floor: Int) -> (Modifier, Int)? {
            for length in (1...3).reversed() {
                let start = index - length
                guard start >= floor else { continue }
                if let match = table.match(tokens, at: start, limit: index), match.tokens.upperBound == index - 1 {
                    return (match.value, start)
                }
            }
            return nil
        }

        func apply(_ value: Double, approximate: Bool) -> Quantity {
            let whole = value == value.rounded()
            switch self {
            case .moreThan: return .range(min: whole ? value + 1 : value, max: nil)
            case .atLeast: return .range(min: value, max: nil)
            case .fewerThan: return .range(min: nil, max: whole ? max(0, value - 1) : value)
            case .atMost: return .range(min: nil, max: value)
            case .about: return .about(value)
            case .nearly:
                let below = max(1, (value * 0.1).rounded())
                return .range(min: max(0, value - below), max: value)
            }
        }
    }
}

/// Small words the number and event readers look for.
enum Words {
    static let a = WordHash.of("a"), half = WordHash.of("half"), dozen = WordHash.of("dozen")
    static let hundred = WordHash.of("hundred"), and = WordHash.of("and"), to = WordHash.of("to")
    static let or = WordHash.of("or"), more = WordHash.of("more"), so = WordHash.of("so")
    static let between = WordHash.of("between"), plus = WordHash.of("plus"), from = WordHash.of("from")

    static let numbers: WordMap<Double> = {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        var table = WordMap<Double>()
        for (value, word) in words.enumerated() { table[WordHash.of(word)] = Double(value) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (index, word) in tens.enumerated() {
            table[WordHash.of(word)] = Double(20 + index * 10)
        }
        return table
    }()

    static let scales = WordMap<Double>([
        (WordHash.of("hundred"), 100), (WordHash.of("thousand"), 1_000), (WordHash.of("million"), 1_000_000),
        (WordHash.of("billion"), 1_000_000_000), (WordHash.of("trillion"), 1_000_000_000_000),
        // Wire copy's short scales, written apart: "6.9 mln euros", "$4.1 bn".
        (WordHash.of("mln"), 1_000_000), (WordHash.of("mn"), 1_000_000), (WordHash.of("bn"), 1_000_000_000),
        (WordHash.of("bln"), 1_000_000_000), (WordHash.of("tn"), 1_000_000_000_000),
    ])

    /// Plural round numbers read as floors: "dozens" is at least two dozen.
    static let pluralFloors = WordMap<Double>([
        (WordHash.of("dozens"), 24), (WordHash.of("scores"), 40), (WordHash.of("hundreds"), 200),
        (WordHash.of("thousands"), 2_000), (WordHash.of("millions"), 2_000_000),
    ])

    static let months: WordSet = WordSet(MonthNames.all.map { WordHash.of($0) })
    static let clock: WordSet = WordSet(["a.m.", "p.m.", "am", "pm", "o'clock", "h", "gmt", "utc", "cet", "cest"]
        .map(WordHash.of))
}
