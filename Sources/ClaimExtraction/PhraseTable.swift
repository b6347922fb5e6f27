/// Multi-word phrases (aliases, cues) looked up token by token: one dictionary probe per
/// token, then a comparison of the few phrases that start with that word.
public struct PhraseTable<Value: Sendable>: Sendable {
    /// How strictly the text must match the phrase's capitalisation.
    public enum Case: Sendable {
        /// Any case: cue phrases and role descriptions ("the French president").
        case insensitive
        /// Names: capitalised words must be capitalised in the text ("Costa", not "costa"), and
        /// all-caps words must be all caps ("US", never the pronoun "us").
        case name
    }

    /// One phrase: where its words sit in the flat arrays below. Plain integers, so looking
    /// phrases up retains nothing.
    struct Entry: Sendable {
        var start: Int
        var length: Int
        var value: Int
    }

    private var words: [UInt64] = []
    /// Per word: 0 any case, 1 capitalised, 2 all caps.
    private var casing: [UInt8] = []
    /// Per word: how many text tokens may be skipped before it ("pledged ... troops"); 0 means
    /// adjacent.
    private var gaps: [Int] = []
    private var values: [Value] = []
    private var entries = WordMap<[Entry]>()
    public private(set) var count = 0
    /// One bit per first-word hash bucket: almost every token of an article starts no phrase,
    /// and a bit test turns it away before any table lookup.
    private var firstWordBits = [UInt64](repeating: 0, count: PhraseTable.filterWords)
    static var filterWords: Int { 1 << 12 }

    @inline(__always)
    private func mayStart(_ hash: UInt64) -> Bool {
        let bucket = Int(truncatingIfNeeded: (hash >> 40) & UInt64(Self.filterWords * 64 - 1))
        return firstWordBits[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
    }

    public init() {}

    private static func hasGap(_ phrase: String) -> Bool {
        var dots = 0
        for byte in phrase.utf8 {
            dots = byte == UInt8(ascii: ".") ? dots + 1 : 0
            if dots == 3 { return true }
        }
        return false
    }

    /// Adds `phrase`; " ... " inside it allows up to `gap` tokens between the parts.
    public mutating func add(_ phrase: String, value: Value, case casingRule: Case = .insensitive, gap: Int = 8) {
        let start = words.count
        // Names almost never hold a gap, and Foundation's split costs more than tokenizing:
        // a registry of 40,000 entities adds each name and alias here on every run.
        let parts = Self.hasGap(phrase) ? phrase.components(separatedBy: "...") : [phrase]
        for (partIndex, part) in parts.enumerated() {
            let tokens = Tokenizer.tokens(in: Array(part.utf8))
            for (tokenIndex, token) in tokens.enumerated() {
                words.append(token.hash)
                var rule: UInt8 = 0
                if casingRule == .name {
                    if token.isAllCaps && token.length > 1 && token.length <= 5 { rule = 2 } else if token.isCapitalized { rule = 1 }
                }
                casing.append(rule)
                gaps.append(tokenIndex == 0 && partIndex > 0 ? gap : 0)
            }
        }
        guard words.count > start else { return }
        let first = words[start]
        let bucket = Int(truncatingIfNeeded: (first >> 40) & UInt64(Self.filterWords * 64 - 1))
        firstWordBits[bucket >> 6] |= 1 << UInt64(bucket & 63)
        values.append(value)
        var list = entries[first] ?? []
        list.append(Entry(start: start, length: words.count - start, value: values.count - 1))
        // Longest first, so "did not attend" wins over "attend".
        list.sort { $0.length > $1.length }
        entries[first] = list
        count += 1
    }

    public struct Match: Sendable {
        public var value: Value
        /// Token indices covered, first through last (gaps included).
        public var tokens: ClosedRange<Int>
    }

    /// The longest phrase starting at token `index`, not reaching past `limit`.
    public func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> Match? {
        guard mayStart(tokens[index].hash), let candidates = entries[tokens[index].hash] else { return nil }
        let end = limit ?? tokens.count
        for entry in candidates {
            if let last = matches(entry, tokens, index, end) { return Match(value: values[entry.value], tokens: index...last) }
        }
        return nil
    }

    /// Every phrase starting at `index` (not only the longest), for cue lists where a short cue
    /// and a long one may both say something.
    public func allMatches(_ tokens: [Token], at index: Int, limit: Int? = nil) -> [Match] {
        guard mayStart(tokens[index].hash), let candidates = entries[tokens[index].hash] else { return [] }
        let end = limit ?? tokens.count
        return candidates.compactMap { entry in matches(entry, tokens, index, end).map { Match(value: values[entry.value], tokens: index...$0) } }
    }

    private func matches(_ entry: Entry, _ tokens: [Token], _ start: Int, _ end: Int) -> Int? {
        var position = start
        for word in entry.start..<(entry.start + entry.length) {
            let gap = gaps[word]
            let hash = words[word]
            var found = false
            var probe = position
            let lastProbe = min(end - 1, position + gap)
            while probe <= lastProbe {
                let token = tokens[probe]
                if token.hash == hash && casingFits(casing[word], token) { found = true; break }
                // A gap never crosses a sentence-like boundary.
                if gap > 0 && isClauseStop(token) { break }
                probe += 1
            }
            guard found else { return nil }
            position = probe + 1
        }
        return position - 1
    }

    @inline(__always)
    private func casingFits(_ rule: UInt8, _ token: Token) -> Bool {
        switch rule {
        case 1: return token.isCapitalized
        case 2: return token.isAllCaps
        default: return true
        }
    }

    private func isClauseStop(_ token: Token) -> Bool {
        token.kind == .punctuation && (token.hash == Punctuation.semicolon || token.hash == Punctuation.fullStop)
    }
}

/// Hashes of the punctuation and small words the extractor steers by.
enum Punctuation {
    static let comma = WordHash.of(",")
    static let semicolon = WordHash.of(";")
    static let colon = WordHash.of(":")
    static let fullStop = WordHash.of(".")
    static let question = WordHash.of("?")
    static let exclamation = WordHash.of("!")
    static let enDash = WordHash.of("–")
    static let hyphen = WordHash.of("-")
}
