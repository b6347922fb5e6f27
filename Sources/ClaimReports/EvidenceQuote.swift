import ClaimModel
import ClaimRules

/// The article's own words for a claim's evidence: the span when extraction recorded one,
/// else the whole line, read from the article file when it is at hand. A fact-checker reads
/// quote marks as "the article says this", so this is the only text any report puts in
/// quote marks; a claim's `statement` (the curator's paraphrase, or extraction's generated
/// description) is shown as what it is.
public struct EvidenceQuote: Sendable, Equatable {
    public enum Extent: String, Sendable {
        /// The characters of the evidence span.
        case span
        /// The whole evidence line (no span, or one that does not fit the line).
        case line
    }

    /// The words, with runs of white space made one space; `…` marks a cut.
    public var text: String
    public var extent: Extent

    public init(text: String, extent: Extent) {
        self.text = text
        self.extent = extent
    }

    /// Longer lines are cut at a word: a report quotes, it does not reprint the article.
    public static let maximumLength = 400

    /// The quote of `evidence` in an article's `lines`; nil when the line is not there or blank.
    public init?(_ evidence: Evidence, in lines: [Substring]) {
        guard evidence.line >= 1, evidence.line <= lines.count else { return nil }
        let line = Array(lines[evidence.line - 1].unicodeScalars)
        var extent = Extent.line
        var scalars = line[...]
        if let span = evidence.span, span.lowerBound >= 0, span.upperBound <= line.count, !span.isEmpty {
            scalars = line[span]
            extent = .span
        }
        let words = Self.collapsed(scalars)
        guard !words.isEmpty else { return nil }
        self.init(text: Self.cut(words), extent: extent)
    }

    static func collapsed(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        var pendingSpace = false
        for scalar in scalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 {
                pendingSpace = !text.isEmpty
                continue
            }
            if pendingSpace { text.unicodeScalars.append(" ") }
            pendingSpace = false
            text.unicodeScalars.append(scalar)
        }
        return text
    }

    static func cut(_ text: String) -> String {
        guard text.count > maximumLength else { return text }
        let prefix = text.prefix(maximumLength)
        let atWord = prefix.lastIndex(of: " ").map { prefix[..<$0] } ?? prefix
        return String(atWord) + "…"
    }
}

/// The quotes of a report's claims, read once per article before any reporter runs, so
/// reporters stay free of file access and a report is the same bytes for the same files.
public struct EvidenceQuotes: Sendable {
    /// Reads an article's bytes by the path reports name it with; nil when it is not at hand.
    /// The command line passes one that blanks HTML markup, which keeps lines and columns.
    public typealias Reader = (String) -> [UInt8]?

    /// Article path (as `ArticleLocations` names it) to its lines; nil for an absent article.
    private var articles: [String: [Substring]?] = [:]

    public init() {}

    /// Reads every article that `claims` point into, each once.
    public init(for claims: some Sequence<Claim>, articles locations: ArticleLocations, reading: Reader) {
        self.init(forEvidence: claims.map(\.evidence), articles: locations, reading: reading)
    }

    /// The claims of every finding a report lists, suppressed ones too. A path depends only
    /// on the evidence's file, so only the first claim of each file is kept: a report of
    /// 60,000 findings lists hundreds of thousands of claims from a few thousand articles, and
    /// building each one's path (and copying each claim to read it) was most of this.
    public init(for report: Report, reading: Reader) {
        // Reported, then suppressed; two arrays, as joining them copied every finding.
        let findings = [report.findings, report.suppressed.map(\.finding)]
        let evidence = Self.firstEvidenceByBytes(findings) ?? Self.firstEvidence(findings)
        self.init(forEvidence: evidence, articles: report.articles, reading: reading)
    }

    /// The first evidence of each file, in listing order, files told apart as strings.
    private static func firstEvidence(_ lists: [[Finding]]) -> [Evidence] {
        var evidence: [Evidence] = [], files = Set<String>()
        for findings in lists {
            for finding in findings.indices {
                let claims = findings[finding].claims
                for claim in claims.indices where files.insert(claims[claim].evidence.file).inserted {
                    evidence.append(claims[claim].evidence)
                }
            }
        }
        return evidence
    }

    /// As `firstEvidence`, with each listing's file hashed from its bytes on every core first,
    /// so the pass in listing order probes integers (as `ListedClaims` does): a string hash per
    /// listing, 800,000 of them at a million realistic claims, was 0.1 s on one core. Nil
    /// when some file name is not ASCII, whose equality is not its bytes'.
    private static func firstEvidenceByBytes(_ lists: [[Finding]]) -> [Evidence]? {
        var hashes: [UInt64] = []
        for findings in lists {
            let chunkSize = max(256, (findings.count + 63) / 64)
            let chunks = ParallelMap.map((findings.count + chunkSize - 1) / chunkSize,
                                         parallel: findings.count > 2_000) { chunk -> (hashes: [UInt64], ascii: Bool) in
                var hashes: [UInt64] = [], ascii = true
                for finding in (chunk * chunkSize)..<min(findings.count, (chunk + 1) * chunkSize) {
                    let claims = findings[finding].claims
                    for claim in claims.indices {
                        hashes.append(ByteHash.of(claims[claim].evidence.file, ascii: &ascii))
                    }
                }
                return (hashes, ascii)
            }
            guard chunks.allSatisfy(\.ascii) else { return nil }
            for chunk in chunks { hashes += chunk.hashes }
        }
        var evidence: [Evidence] = [], hashOf: [UInt64] = []
        var table = ProbeTable(capacityFor: hashes.count)
        var listing = 0
        for findings in lists {
            for finding in findings.indices {
                let claims = findings[finding].claims
                for claim in claims.indices {
                    let hash = hashes[listing]
                    listing += 1
                    let probe = table.find(hash) { known in
                        hashOf[known] == hash && evidence[known].file == claims[claim].evidence.file
                    }
                    guard case .empty(let slot) = probe else { continue }
                    table.fill(slot, with: evidence.count)
                    evidence.append(claims[claim].evidence)
                    hashOf.append(hash)
                }
            }
        }
        return evidence
    }

    private init(forEvidence evidence: [Evidence], articles locations: ArticleLocations, reading: Reader) {
        for evidence in evidence {
            let path = locations.path(of: evidence)
            guard articles[path] == nil else { continue }
            articles[path] = .some(reading(path).map { bytes in
                String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            })
        }
    }

    /// The article's words for `evidence`, or nil when the article is absent or lacks the line.
    public func quote(for evidence: Evidence, articles locations: ArticleLocations) -> EvidenceQuote? {
        guard let lines = articles[locations.path(of: evidence)] ?? nil else { return nil }
        return EvidenceQuote(evidence, in: lines)
    }

    /// The articles evidence names that could not be read, sorted.
    public var absent: [String] { articles.filter { $0.value == nil }.map(\.key).sorted() }

    /// Said once per report when some articles are absent: what the reader sees instead.
    public var absentNote: String? {
        let absent = self.absent
        guard !absent.isEmpty else { return nil }
        let named = absent.prefix(3).joined(separator: ", ") + (absent.count > 3 ? " and \(absent.count - 3) more" : "")
        let articles = absent.count == 1 ? "1 article" : "\(absent.count) articles"
        return "The text of \(articles) is not at hand (\(named)), so claims from \(absent.count == 1 ? "it" : "them") "
            + "show the curator's paraphrase, not the article's words; set \"articles\" in the configuration "
            + "to the folder that holds them."
    }
}

extension EvidenceQuote {
    /// A claim's words for a machine report, each labelled for what it is, so no consumer can
    /// mistake a paraphrase for a quotation: `"quote": {"text", "extent": "span"|"line"}` (null
    /// when the article is not at hand) and `"statement": {"text", "kind":
    /// "paraphrase"|"generated"}` (null when the claim has none). For the JSON report.
    public static func jsonMembers(for claim: Claim, in report: Report) -> [(String, JSONValue)] {
        // Only the words and the statement's kind: the rest of a claim's display facts (names,
        // dates, locations) would be built for every claim of the report and thrown away.
        let quote = report.quotes.quote(for: claim.evidence, articles: report.articles).map { quote in
            JSONValue.object([("text", .string(quote.text)), ("extent", .string(quote.extent.rawValue))])
        }
        let statement = claim.statement.isEmpty ? nil : JSONValue.object([
            ("text", .string(claim.statement)),
            ("kind", .string(ClaimFacts.isGenerated(claim, in: report) ? "generated" : "paraphrase")),
        ])
        return [("quote", quote ?? .null), ("statement", statement ?? .null)]
    }
}
