import ClaimModel
import Foundation

/// Reads an article file (.txt, .md, .html) into an `Article`: checks it is text, blanks
/// markup and front matter, and gathers metadata from front matter or meta tags, then from
/// the first lines, then from the command line, which has the last word.
public struct ArticleLoader: Sendable {
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// Outlet aliases, lower-cased, to display names; see `MetadataDetector`.
    public var knownOutlets: [String: String]

    public init(knownOutlets: [String: String] = [:]) {
        self.knownOutlets = knownOutlets
    }

    public static func isArticle(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return extensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// The largest article read. Extraction takes time and memory in proportion to the
    /// article: about 0.1 s of CPU and 20 bytes of memory per byte (release build, many-paragraph
    /// articles): 16 MB in 1.5 s at 340 MB, 60 MB in 6.8 s at 1.2 GB. 16 MB keeps extraction and
    /// the desk check fast and small; a news article is well under a megabyte, so a bigger file
    /// is an archive to split, a log or a mistake, and a 1 GB file would be killed for memory.
    public static let maximumSize = 16 << 20

    /// Reads `path`; unreadable, binary, non-UTF-8 or oversized files are an `InputError`
    /// naming the file. The size is checked on the opened file before a byte is read.
    public func load(_ path: String, overrides: ArticleMetadata = ArticleMetadata()) throws(InputError) -> Article {
        let bytes = try InputFiles.read(path, limit: Self.maximumSize, tooLarge: Self.tooLarge)
        return try read(bytes, path: path, overrides: overrides)
    }

    public func read(_ bytes: [UInt8], path: String,
                     overrides: ArticleMetadata = ArticleMetadata()) throws(InputError) -> Article {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        if let nul = bytes.prefix(8192).firstIndex(of: 0) {
            throw InputError(file: path, line: ArticleText(original: Array(bytes[..<nul])).lineStarts.count,
                             "looks like a binary file, not an article (it holds NUL bytes); "
                             + "extract reads .txt, .md and .html text")
        }
        if let bad = Self.firstInvalidUTF8(bytes) {
            let line = ArticleText(original: Array(bytes[..<bad])).lineStarts.count
            throw InputError(file: path, line: line,
                             "is not valid UTF-8 text (bad byte at line \(line)); "
                             + "save the article as UTF-8 and try again")
        }
        var readable = bytes
        var metadata = ArticleMetadata()
        var warnings: [String] = []
        var bodyStart = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { readable[0] = 0x20; readable[1] = 0x20; readable[2] = 0x20 }
        let lowerName = fileName.lowercased()
        if lowerName.hasSuffix(".html") || lowerName.hasSuffix(".htm") {
            let html = HTMLText.read(readable)
            readable = html.readable
            metadata = html.metadata
        } else if let block = FrontMatter.read(bytes) {
            metadata = block.metadata
            for offset in block.range where readable[offset] != 0x0A { readable[offset] = 0x20 }
            bodyStart = block.range.upperBound
        }
        // Control characters (form feeds, stray escapes) read as spaces.
        for offset in readable.indices where readable[offset] < 0x20 && readable[offset] != 0x0A
            && readable[offset] != 0x09 && readable[offset] != ArticleText.hardBreak {
            readable[offset] = 0x20
        }
        let text = ArticleText(original: bytes, readable: readable)
        if !readable.contains(where: { $0 > 0x20 && $0 != ArticleText.hardBreak }) {
            warnings.append("the article is empty; there is nothing to extract")
        } else {
            metadata = metadata.filling(
                from: MetadataDetector.detect(text, from: bodyStart, knownOutlets: knownOutlets))
        }
        metadata = overrides.filling(from: metadata)
        if metadata.published == nil && !warnings.contains(where: { $0.contains("empty") }) {
            warnings.append("no publication date found (front matter, meta tags or a dateline in the first lines); "
                            + "relative dates such as \"on Thursday\" and dated roles cannot be placed; "
                            + "pass --published YYYY-MM-DD")
        }
        return Article(fileName: fileName, path: path, text: text, metadata: metadata, warnings: warnings)
    }

    /// "1.0 GB", "65 MB": sizes in binary units, as `ls -h` and `du -h` print them.
    static func tooLarge(_ size: Int) -> String {
        "the article is \(describeSize(size)); claimcheck extracts articles up to \(maximumSize >> 20) MB "
            + "(split it, or extract the articles it holds one by one)"
    }

    static func describeSize(_ bytes: Int) -> String {
        if bytes >= 1 << 30 { return String(format: "%.1f GB", Double(bytes) / Double(1 << 30)) }
        return "\(Int((Double(bytes) / Double(1 << 20)).rounded(.up))) MB"
    }

    /// Offset of the first byte that breaks UTF-8, or nil when the whole file is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return index
            }
            guard index + length <= count else { return index }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return index }
                value = (value << 6) | UInt32(byte & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index }
            minimum = 0
            index += length
        }
        return nil
    }
}
