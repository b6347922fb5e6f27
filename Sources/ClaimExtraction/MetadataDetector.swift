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
    public static func detect(_ text: ArticleText, from start: Int = 0, knownOutlets: [String: String] = [:]) -> ArticleMetadata {
        var lines: [(number: Int, text: String)] = []
        var tail: [(number: Int, text: String)] = []
        let firstLine = text.line(at: min(start, max(0, text.bytes.count - 1)))
        var lineNumber = firstLine
        while lineNumber <= text.lineStarts.count {
            let lineStart = max(text.lineStarts[lineNumber - 1], start)
            let end = text.lineEnd(lineNumber)
            if end > lineStart, end - lineStart < 400 {
                let value = text.text(lineStart..<end)
                if !value.isEmpty {
                    if lines.count < headLines { lines.append((lineNumber, value)) }
                    tail.append((lineNumber, value))
                    if tail.count > headLines { tail.removeFirst() }
                }
            } else if end > lineStart, lines.count < headLines {
                lines.append((lineNumber, "\u{1}long"))  // a paragraph: the head block ends above it
            }
            lineNumber += 1
        }
        var metadata = ArticleMetadata()
        var dateIndex: Int?
        for (index, line) in lines.enumerated() {
            if let day = DateText.dateLine(line.text) { metadata.published = day; dateIndex = index; break }
        }
        if let first = lines.first, first.text != "\u{1}long", dateIndex != 0, first.text.count <= 200, !isOutletLine(first.text, knownOutlets) {
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
                if isShortLabel(candidate) { metadata.outlet = knownOutlets[candidate.lowercased()] ?? candidate; break }
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
