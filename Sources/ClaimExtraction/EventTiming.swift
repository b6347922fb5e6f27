/// When the event happened, as the article states it: a clause with an occurrence cue of the
/// `event-date` attribute ("broke out", "crashed", "will be held") and a date of one day gives
/// the date; a clock time in that clause ("at 9:03 a.m.", "at 15:00", "3 p.m.") gives the time
/// of day, as HH:MM.
enum EventTiming {
    static let am = WordHash.of("a.m."), pm = WordHash.of("p.m.")
    static let amShort = WordHash.of("am"), pmShort = WordHash.of("pm")
    static let noon = WordHash.of("noon"), midnight = WordHash.of("midnight")

    /// The first clock time in `range`: its value as "HH:MM" and its tokens.
    static func clockTime(_ tokens: [Token], range: Range<Int>, text: [UInt8]) -> (String, ClosedRange<Int>)? {
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            if let time = shortTime(tokens, at: index, range: range, text: text) { return time }
            guard tokens[index].kind == .number, let hour = number(tokens[index], text), hour <= 24,
                  !isLaterPart(index, tokens, range) else { continue }
            var minute = 0
            var last = index
            var hasMinutes = false
            if index + 2 < range.upperBound, tokens[index + 1].hash == Punctuation.colon,
               tokens[index + 2].kind == .number, tokens[index + 2].length == 2,
               let value = number(tokens[index + 2], text), value < 60 {
                minute = value
                last = index + 2
                hasMinutes = true
                // "in 2:00:35": hours, minutes and seconds are a race time or a duration, not a
                // time of day.
                if isLaterPart(last + 2, tokens, range) { continue }
            }
            var value = hour
            if last + 1 < range.upperBound {
                let marker = tokens[last + 1].hash
                if marker == pm || marker == pmShort {
                    if hour < 12 { value += 12 }
                    last += 1
                } else if marker == am || marker == amShort {
                    if hour == 12 { value = 0 }
                    last += 1
                } else if !hasMinutes {
                    continue
                }
            } else if !hasMinutes {
                continue
            }
            guard value < 24, !isOtherZone(after: last, tokens, range), !isReportingTime(index, tokens, range),
                  !isLaterTurn(index, tokens, range) else { continue }
            return ((value < 10 ? "0" : "") + "\(value):" + (minute < 10 ? "0" : "") + "\(minute)", index...last)
        }
        return nil
    }

    /// "3pm", "11am" written as one word: the hour and its marker.
    static func shortTime(_ tokens: [Token], at index: Int, range: Range<Int>,
                          text: [UInt8]) -> (String, ClosedRange<Int>)? {
        let token = tokens[index]
        guard token.length >= 3, token.length <= 4 else { return nil }
        let bytes = text[token.start..<token.end]
        let suffix = bytes.suffix(2).map { $0 | 0x20 }
        guard suffix == [UInt8(ascii: "a"), UInt8(ascii: "m")] || suffix == [UInt8(ascii: "p"), UInt8(ascii: "m")],
              bytes.dropLast(2).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let hour = bytes.dropLast(2).reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard hour >= 1, hour <= 12, !isOtherZone(after: index, tokens, range), !isReportingTime(index, tokens, range),
              !isLaterTurn(index, tokens, range) else { return nil }
        let isPM = suffix[0] == UInt8(ascii: "p")
        let value = isPM ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
        return ((value < 10 ? "0" : "") + "\(value):00", index...index)
    }

    static let zones: WordSet = WordSet(["gmt", "utc", "z"].map(WordHash.of))
    static let time = WordHash.of("time"), local = WordHash.of("local")

    /// "18:00 GMT", "9 p.m. Brasília time": a time given in another zone than the event's
    /// local one (wire copy adds it beside the local time), so not its time of day.
    static func isOtherZone(after last: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard last + 1 < range.upperBound else { return false }
        let next = tokens[last + 1]
        if zones.contains(next.hash) { return true }
        return next.isCapitalized && next.hash != local && last + 2 < range.upperBound
            && tokens[last + 2].hash == time
    }

    static let asOf = (as: WordHash.of("as"), of: WordHash.of("of")), by = WordHash.of("by")

    /// "as of 7 p.m.", "by 9 p.m. the toll had risen": the time a figure stood at, not when
    /// the event happened.
    static func isReportingTime(_ index: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard index - 1 >= range.lowerBound else { return false }
        if tokens[index - 1].hash == by { return true }
        return index - 2 >= range.lowerBound && tokens[index - 2].hash == asOf.as && tokens[index - 1].hash == asOf.of
    }

    /// Words of a later turn or of a statement ("brought under control at 9 a.m.", "power was
    /// restored at 4 p.m.", "told a briefing at 5 p.m."): the time is that turn's, not the event's.
    static let laterTurns: WordSet = WordSet(["extinguished", "doused", "contained", "control", "restored",
                                              "reopened", "resumed", "lifted", "cleared", "said", "told",
                                              "briefing", "conference", "statement", "announced",
                                              "update"].map(WordHash.of))
    /// Words that may stand between such a word and its time: "restored just before 9 p.m.".
    static let timeFillers: WordSet = WordSet(["at", "around", "about", "shortly", "just", "after", "before",
                                               "by", "from", "soon", "a", "little", "on"].map(WordHash.of))

    static func isLaterTurn(_ index: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        var probe = index - 1
        while probe >= range.lowerBound, index - probe <= 4 {
            if laterTurns.contains(tokens[probe].hash) { return true }
            guard timeFillers.contains(tokens[probe].hash) else { return false }
            probe -= 1
        }
        return false
    }

    /// Whether the number at `index` follows "N:" ("00" and "35" of "2:00:35").
    static func isLaterPart(_ index: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        index - 2 >= range.lowerBound && index < range.upperBound && tokens[index].kind == .number
            && tokens[index - 1].hash == Punctuation.colon && tokens[index - 2].kind == .number
    }

    static func number(_ token: Token, _ text: [UInt8]) -> Int? {
        var value = 0
        for byte in text[token.start..<token.end] {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
            if value > 10_000 { return nil }
        }
        return value
    }
}
