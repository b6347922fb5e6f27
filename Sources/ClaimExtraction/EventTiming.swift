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
            guard value < 24 else { continue }
            return ((value < 10 ? "0" : "") + "\(value):" + (minute < 10 ? "0" : "") + "\(minute)", index...last)
        }
        return nil
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
