import ClaimModel
import Foundation

/// Month names and abbreviations as articles write them.
enum MonthNames {
    static let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"]
    static let short = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let all = full + short + ["sept"]

    /// 1-12 for a month word, either form; "may" is only a month when capitalised, which the
    /// caller checks.
    static func number(_ word: String) -> Int? {
        let lower = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if lower == "sept" { return 9 }
        return full.firstIndex(of: lower).map { $0 + 1 } ?? short.firstIndex(of: lower).map { $0 + 1 }
    }

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let weekdaysShort = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
}


/// Reads the publication dates articles carry: `6.1.2026 - 19:48` (day first, as Swiss and
/// German agencies write it), `Thu, 04 Sep 2025 14:12:00 +0300` (RSS, RFC 2822), ISO
/// `2025-09-04T10:00:00Z`, `4 September 2025`, `September 4, 2025`, with an optional
/// "Published:"/"Updated:" label. Times and zones are dropped: claims are dated by day.
public enum DateText {
    /// The date when the whole line is a date (a dateline); nil for prose that mentions one.
    public static func dateLine(_ line: String) -> Day? {
        // Every form needs a year in ASCII digits: most head lines (titles, bylines, prose) have
        // none, and are turned away before they are split into words.
        guard line.utf8.contains(where: { $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
        var words = words(of: line)
        guard !words.isEmpty, words.count <= 10 else { return nil }
        while let first = words.first, labels.contains(first.lowercased()) { words.removeFirst() }
        guard let (day, used) = parseDate(words) else { return nil }
        // What is left must be a time, a zone, separators or a weekday: nothing that reads as prose.
        for word in words[used...] where !isTimeOrZone(word) { return nil }
        return day
    }

    /// A date written anywhere in a metadata value ("2025-09-04", "Sep 4, 2025 10:00").
    public static func parse(_ value: String) -> Day? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.count >= 10, let day = Day(iso: String(trimmed.prefix(10))) { return day }
        return dateLine(trimmed)
    }

    static let labels: Set<String> = ["published", "published:", "updated", "updated:", "posted", "posted:", "date",
                                      "date:", "on", "|", "-", "–", "—", "·"]

    static func words(of line: String) -> [String] {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\u{00A0}" }).map(String.init)
    }

    static func parseDate(_ words: [String]) -> (Day, Int)? {
        var index = 0
        if index < words.count, isWeekday(words[index]) { index += 1 }
        guard index < words.count else { return nil }
        let first = words[index]
        // 6.1.2026, 06/01/2026 (day first), 2025-09-04
        if let day = Day(iso: String(first.prefix(10))),
           first.count == 10 || first.dropFirst(10).first == "T" { return (day, index + 1) }
        let numeric = first.split(whereSeparator: { $0 == "." || $0 == "/" })
        if numeric.count == 3, let d = Int(numeric[0]), let m = Int(numeric[1]), let y = Int(numeric[2]), y > 1900,
           let day = Day(year: y, month: m, day: d) {
            return (day, index + 1)
        }
        // 4 September 2025 / 04 Sep 2025
        if index + 2 < words.count, let d = Int(words[index].trimmingCharacters(in: CharacterSet(charactersIn: "."))),
           let m = MonthNames.number(words[index + 1]), let y = Int(words[index + 2]),
           let day = Day(year: y, month: m, day: d) {
            return (day, index + 3)
        }
        // September 4 2025 (the comma was a separator)
        if index + 2 < words.count, let m = MonthNames.number(words[index]),
           let d = Int(words[index + 1].filter(\.isNumber)),
           let y = Int(words[index + 2]), let day = Day(year: y, month: m, day: d) {
            return (day, index + 3)
        }
        return nil
    }

    static func isWeekday(_ word: String) -> Bool {
        let lower = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
        return MonthNames.weekdays.contains(lower) || MonthNames.weekdaysShort.contains(lower)
    }

    static func isTimeOrZone(_ word: String) -> Bool {
        if labels.contains(word.lowercased()) { return true }
        if ["am", "pm", "a.m.", "p.m.", "gmt", "utc", "cet", "cest", "est", "edt", "pst", "bst", "z", "h",
            "uhr"].contains(word.lowercased()) { return true }
        // 19:48, 14:12:00, +0300, (UTC+2)
        let allowed = CharacterSet(charactersIn: "0123456789:+-()UTCGM.")
        return word.unicodeScalars.allSatisfy { allowed.contains($0) }
    }
}
