import Foundation

/// Turns an HTML page into readable text without moving a single byte: tags, scripts, styles,
/// comments and the `<head>` become spaces, entities become their character padded with
/// spaces, and block tags (`</p>`, `<br>`, `<h2>`) leave a hard break so sentences end there.
/// Because offsets are kept, evidence lines and spans point into the HTML file as it is.
public enum HTMLText {
    public struct Result: Sendable {
        public var readable: [UInt8]
        public var metadata: ArticleMetadata
    }

    static let blockTags: Set<String> = ["p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr",
                                         "td", "th", "table", "section", "article", "header", "footer", "blockquote",
                                         "hr", "title", "figcaption", "figure", "aside", "nav", "main", "dd", "dt",
                                         "pre"]
    /// Elements whose content is never article text.
    static let hiddenElements: Set<String> = ["script", "style", "head", "noscript", "template", "svg", "iframe"]

    public static func read(_ bytes: [UInt8]) -> Result {
        var out = bytes
        var metadata = ArticleMetadata()
        var index = 0
        let count = bytes.count
        func blank(_ range: Range<Int>, breakFirst: Bool) {
            for offset in range where out[offset] != 0x0A { out[offset] = 0x20 }
            if breakFirst, let first = range.first, out[first] != 0x0A { out[first] = ArticleText.hardBreak }
        }
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&") {
                index = decodeEntity(bytes, at: index, into: &out)
                continue
            }
            guard byte == UInt8(ascii: "<") else { index += 1; continue }
            if starts(bytes, at: index, with: "<!--") {
                let end = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? count
                blank(index..<end, breakFirst: false)
                index = end
                continue
            }
            let tagEnd = (bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? (count - 1)) + 1
            let tag = String(decoding: bytes[index..<tagEnd], as: UTF8.self)
            let name = tagName(tag)
            readMetadata(tag: tag, name: name, into: &metadata)
            blank(index..<tagEnd, breakFirst: blockTags.contains(name))
            if hiddenElements.contains(name), !tag.hasPrefix("</"), !tag.hasSuffix("/>") {
                // Skip to the closing tag; the content is code or page furniture.
                let closing = find(bytes, "</" + name, from: tagEnd, caseInsensitive: true) ?? count
                if name == "head" || name == "title" {
                    readHeadMetadata(bytes[tagEnd..<closing], into: &metadata)
                }
                let closeEnd = closing < count
                    ? ((bytes[closing...].firstIndex(of: UInt8(ascii: ">")) ?? (count - 1)) + 1) : count
                blank(tagEnd..<closeEnd, breakFirst: true)
                index = closeEnd
                continue
            }
            if name == "title", let closing = find(bytes, "</title", from: tagEnd, caseInsensitive: true) {
                let title = String(decoding: bytes[tagEnd..<closing], as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                if !title.isEmpty, metadata.title == nil { metadata.title = decodeEntities(title) }
            }
            index = tagEnd
        }
        return Result(readable: out, metadata: metadata)
    }

    /// The `<title>` and `<meta>` tags inside a skipped `<head>`.
    static func readHeadMetadata(_ head: ArraySlice<UInt8>, into metadata: inout ArticleMetadata) {
        let bytes = Array(head)
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            let close = (bytes[open...].firstIndex(of: UInt8(ascii: ">")) ?? (bytes.count - 1)) + 1
            let tag = String(decoding: bytes[open..<close], as: UTF8.self)
            let name = tagName(tag)
            readMetadata(tag: tag, name: name, into: &metadata)
            if name == "title", let end = find(bytes, "</title", from: close, caseInsensitive: true) {
                let title = String(decoding: bytes[close..<end], as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                if !title.isEmpty, metadata.title == nil { metadata.title = decodeEntities(title) }
            }
            index = close
            if index >= bytes.count { break }
        }
    }

    static func readMetadata(tag: String, name: String, into metadata: inout ArticleMetadata) {
        switch name {
        case "meta":
            let key = (attribute("property", in: tag) ?? attribute("name", in: tag)
                ?? attribute("itemprop", in: tag))?.lowercased()
            guard let key, let content = attribute("content", in: tag).map(decodeEntities),
                  !content.isEmpty else { return }
            switch key {
            case "og:site_name", "publisher", "article:publisher", "application-name":
                if metadata.outlet == nil { metadata.outlet = content }
            case "article:published_time", "date", "pubdate", "datepublished", "publish-date", "dc.date",
                 "og:published_time":
                if metadata.published == nil { metadata.published = DateText.parse(content) }
            case "og:title", "twitter:title":
                if metadata.title == nil { metadata.title = content }
            case "og:url":
                if metadata.url == nil { metadata.url = content }
            default: break
            }
        case "time":
            if metadata.published == nil, let value = attribute("datetime", in: tag) {
                metadata.published = DateText.parse(value)
            }
        case "html":
            if metadata.language == nil, let language = attribute("lang", in: tag) { metadata.language = language }
        case "link":
            if attribute("rel", in: tag)?.lowercased() == "canonical", metadata.url == nil {
                metadata.url = attribute("href", in: tag)
            }
        default: break
        }
    }

    static func tagName(_ tag: String) -> String {
        var name = ""
        for character in tag.dropFirst().drop(while: { $0 == "/" }) {
            if character.isLetter || character.isNumber { name.append(character) } else { break }
        }
        return name.lowercased()
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        let lower = tag.lowercased()
        var searchStart = lower.startIndex
        while let found = lower.range(of: name + "=", range: searchStart..<lower.endIndex) {
            searchStart = found.upperBound
            // Must be a whole attribute name: preceded by a space.
            guard found.lowerBound > lower.startIndex,
                  lower[lower.index(before: found.lowerBound)].isWhitespace else { continue }
            let valueStart = tag.index(tag.startIndex,
                                       offsetBy: lower.distance(from: lower.startIndex, to: found.upperBound))
            var rest = tag[valueStart...]
            if let quote = rest.first, quote == "\"" || quote == "'" {
                rest = rest.dropFirst()
                return String(rest.prefix { $0 != quote })
            }
            return String(rest.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" })
        }
        return nil
    }

    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "’", "lsquo": "‘",
        "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "mdash": "—", "ndash": "–", "hellip": "…",
        "eacute": "é", "egrave": "è", "aacute": "á", "oacute": "ó", "uuml": "ü", "ouml": "ö", "auml": "ä",
        "ccedil": "ç", "Eacute": "É", "szlig": "ß", "euro": "€", "pound": "£", "copy": "©", "shy": "",
    ]

    /// Decodes the entity at `index` into `out`, padding with spaces so offsets stay; returns
    /// where reading continues.
    static func decodeEntity(_ bytes: [UInt8], at index: Int, into out: inout [UInt8]) -> Int {
        var end = index + 1
        while end < bytes.count, end - index < 12, bytes[end] != UInt8(ascii: ";"), bytes[end] != UInt8(ascii: "&"),
              bytes[end] > 0x20 { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else { return index + 1 }
        let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        var replacement: [UInt8]?
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let scalar = Unicode.Scalar(value) { replacement = Array(String(Character(scalar)).utf8) }
        } else if let text = namedEntities[name] {
            replacement = Array(text.utf8)
        }
        guard let replacement, replacement.count <= end + 1 - index else { return end + 1 }
        for offset in index...end { out[offset] = 0x20 }
        for (offset, byte) in replacement.enumerated() { out[index + offset] = byte }
        return end + 1
    }

    static func decodeEntities(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out = bytes
        var index = 0
        while index < bytes.count {
            index = bytes[index] == UInt8(ascii: "&") ? decodeEntity(bytes, at: index, into: &out) : index + 1
        }
        return String(decoding: out, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true)
            .joined(separator: " ")
    }

    static func starts(_ bytes: [UInt8], at index: Int, with prefix: String) -> Bool {
        let pattern = Array(prefix.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    static func find(_ bytes: [UInt8], _ needle: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, start <= bytes.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            let byte = caseInsensitive ? lower(bytes[index]) : bytes[index]
            if byte == first {
                var matched = true
                for offset in 1..<pattern.count {
                    let candidate = caseInsensitive ? lower(bytes[index + offset]) : bytes[index + offset]
                    if candidate != pattern[offset] { matched = false; break }
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
