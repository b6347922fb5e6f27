import ClaimModel
import Foundation

/// Finds the date and outlet in the first lines of an article that has no front matter, the
/// way wire copy and scraped pages carry them: a dateline (`6.1.2026 - 19:48`), an outlet
/// line (`SDA`, `global.espreso.tv`) beside it, or a `Source: Stern` line at the foot.
public enum MetadataDetector {
    /// How far down the top block reaches, in non-empty lines.
    static let headLines = 8

    /// `knownOutlets` maps lower-cased outlet aliases to display names (from the entity
    /// registry: "sda" -> "Keystone-SDA"), so an outlet line is recognised and named well.
    public static func detect(_ text: ArticleText, from start: Int = 0,
                              knownOutlets: [String: String] = [:]) -> ArticleMetadata {
        let firstLine = text.line(at: min(start, max(0, text.bytes.count - 1)))
        let (lines, tail) = headAndTail(text, from: start, firstLine: firstLine)
        var metadata = ArticleMetadata()
        var dateIndex: Int?
        for (index, line) in lines.enumerated() {
            if let day = DateText.dateLine(line.text) { metadata.published = day; dateIndex = index; break }
        }
        if let first = lines.first, first.text != "\u{1}long", dateIndex != 0, first.text.count <= 200,
           !isOutletLine(first.text, knownOutlets) {
            metadata.title = first.text
        }
        // An outlet line: a known outlet or a domain anywhere in the head, else a short line
        // right beside the dateline.
        for (index, line) in lines.enumerated() where index != dateIndex && line.text != "\u{1}long" {
            if let name = knownOutlets[line.text.lowercased()] { metadata.outlet = name; break }
            if isDomain(line.text) { metadata.outlet = knownOutlets[line.text.lowercased()] ?? line.text; break }
        }
        if metadata.outlet == nil, let dateIndex {
            for index in [dateIndex - 1, dateIndex + 1, dateIndex - 2] where index > 0 && index < lines.count {
                let candidate = lines[index].text
                if isShortLabel(candidate) {
                    metadata.outlet = knownOutlets[candidate.lowercased()] ?? candidate
                    break
                }
            }
        }
        if metadata.outlet == nil {
            for line in tail.reversed() {
                let lower = line.text.lowercased()
                for label in ["source:", "quelle:", "via "] where lower.hasPrefix(label) {
                    let name = line.text.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
                    if isShortLabel(name) { metadata.outlet = knownOutlets[name.lowercased()] ?? name }
                }
                if metadata.outlet != nil { break }
            }
        }
        return metadata
    }

    /// The first `headLines` lines with text (a paragraph stands as "\u{1}long") and the last
    /// `headLines` short lines with text, in order. Only those lines are made into strings: the
    /// whole article line by line was 2% of `extract`.
    static func headAndTail(_ text: ArticleText, from start: Int, firstLine: Int)
        -> (head: [(number: Int, text: String)], tail: [(number: Int, text: String)]) {
        func shortLine(_ number: Int) -> (lineStart: Int, end: Int, value: String?) {
            let lineStart = max(text.lineStarts[number - 1], start)
            let end = text.lineEnd(number)
            return (lineStart, end, end > lineStart && end - lineStart < 400 ? text.text(lineStart..<end) : nil)
        }
        var head: [(number: Int, text: String)] = []
        var number = firstLine
        while number <= text.lineStarts.count, head.count < headLines {
            let line = shortLine(number)
            if let value = line.value {
                if !value.isEmpty { head.append((number, value)) }
            } else if line.end > line.lineStart {
                head.append((number, "\u{1}long"))  // a paragraph: the head block ends above it
            }
            number += 1
        }
        var tail: [(number: Int, text: String)] = []
        number = text.lineStarts.count
        while number >= firstLine, tail.count < headLines {
            if let value = shortLine(number).value, !value.isEmpty { tail.append((number, value)) }
            number -= 1
        }
        return (head, tail.reversed())
    }

    static func isOutletLine(_ text: String, _ known: [String: String]) -> Bool {
        known[text.lowercased()] != nil || isDomain(text)
    }

    static func isDomain(_ text: String) -> Bool {
        guard !text.contains(" "), text.contains("."), text.count <= 60, let last = text.split(separator: ".").last,
              (2...6).contains(last.count), last.allSatisfy({ $0.isLetter && $0.isLowercase }) else { return false }
        return text.first?.isLetter == true
    }

    /// Two or three words without sentence punctuation: "SDA", "Keystone-SDA", "Reuters".
    static func isShortLabel(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 40, text.split(separator: " ").count <= 3 else { return false }
        guard let last = text.last, !".?!:,;".contains(last) else { return false }
        return text.first?.isLetter == true && DateText.dateLine(text) == nil
    }
}
