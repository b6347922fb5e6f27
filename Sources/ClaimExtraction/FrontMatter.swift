import Foundation

/// The `---` block at the top of Markdown articles (Jekyll, Hugo): `title:`, `outlet:`,
/// `published:` (or `date:`), `url:`, `language:`. A small reader, not YAML: one `key: value`
/// per line, quotes optional; other keys are ignored because site generators add many.
public enum FrontMatter {
    public struct Block: Sendable, Equatable {
        public var metadata: ArticleMetadata
        /// Byte range of the block, fences included, to blank before reading the body.
        public var range: Range<Int>
    }

    public static func read(_ bytes: [UInt8]) -> Block? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard bytes.count >= start + 4, Array(bytes[start..<start + 3]) == Array("---".utf8) else { return nil }
        var lineStart = start
        var lines: [(Int, Int)] = []
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            lines.append((lineStart, lineEnd))
            lineStart = lineEnd + 1
            if lines.count > 200 { return nil }
        }
        guard lines.count >= 2, trimmed(bytes, lines[0]) == "---" else { return nil }
        var metadata = ArticleMetadata()
        for (index, line) in lines.enumerated().dropFirst() {
            let text = trimmed(bytes, line)
            if text == "---" || text == "..." {
                return Block(metadata: metadata, range: 0..<min(bytes.count, line.1 + 1))
            }
            guard let colon = text.firstIndex(of: ":") else { continue }
            let key = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            guard !value.isEmpty else { continue }
            switch key {
            case "title": metadata.title = value
            case "outlet", "publisher", "source", "site_name": metadata.outlet = value
            case "published", "date", "pubdate", "published_at": metadata.published = DateText.parse(value)
            case "url", "link", "canonical": metadata.url = value
            case "language", "lang": metadata.language = value
            default: break
            }
            _ = index
        }
        return nil  // no closing fence: not front matter after all
    }

    private static func trimmed(_ bytes: [UInt8], _ line: (Int, Int)) -> String {
        String(decoding: bytes[line.0..<line.1], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
