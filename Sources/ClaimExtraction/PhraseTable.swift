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
    /// Inflected forms of the words of inflecting phrases, to the hash of the word as written
    /// ("signed" -> "sign"): the text's word matches when it or its canonical form does.
    private var canonical = WordMap<UInt64>()
    private var hasForms = false
    /// Words that may stand, at most two, between two adjacent words of a phrase ("did not
    /// formally endorse", "have so far pledged"); nil: phrases are contiguous.
    private var insertable: WordSet?
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

    /// A table whose phrases tolerate short insertions of `insertable` words between their words.
    public init(insertable: WordSet) { self.insertable = insertable }

    private static func hasGap(_ phrase: String) -> Bool {
        var dots = 0
        for byte in phrase.utf8 {
            dots = byte == UInt8(ascii: ".") ? dots + 1 : 0
            if dots == 3 { return true }
        }
        return false
    }

    /// Adds `phrase`; " ... " inside it allows up to `gap` tokens between the parts.
    /// With `inflect`, every word also matches its inflected forms (`Inflections`).
    public mutating func add(_ phrase: String, value: Value, case casingRule: Case = .insensitive, gap: Int = 8,
                             inflect: Bool = false) {
        let start = words.count
        var firstForms: [UInt64] = []
        // Names almost never hold a gap, and Foundation's split costs more than tokenizing:
        // a registry of 40,000 entities adds each name and alias here on every run.
        let parts = Self.hasGap(phrase) ? phrase.components(separatedBy: "...") : [phrase]
        for (partIndex, part) in parts.enumerated() {
            let bytes = Array(part.utf8)
            let tokens = Tokenizer.tokens(in: bytes)
            for (tokenIndex, token) in tokens.enumerated() {
                if inflect && token.kind == .word {
                    let word = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
                    for form in Inflections.forms(of: word).dropFirst() {
                        let hash = WordHash.of(form)
                        if hash != token.hash && canonical[hash] == nil { canonical[hash] = token.hash; hasForms = true }
                        if words.count == start && hash != token.hash { firstForms.append(hash) }
                    }
                }
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
        values.append(value)
        let entry = Entry(start: start, length: words.count - start, value: values.count - 1)
        // The first word is looked up by its hash, so each of its forms indexes the phrase too.
        for first in [words[start]] + firstForms {
            let bucket = Int(truncatingIfNeeded: (first >> 40) & UInt64(Self.filterWords * 64 - 1))
            firstWordBits[bucket >> 6] |= 1 << UInt64(bucket & 63)
            var list = entries[first] ?? []
            list.append(entry)
            // Longest first, so "did not attend" wins over "attend".
            list.sort { $0.length > $1.length }
            entries[first] = list
        }
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
            var inserted = 0
            while probe < end {
                let token = tokens[probe]
                if (token.hash == hash || (hasForms && canonical[token.hash] == hash)) && casingFits(casing[word], token) {
                    found = true
                    break
                }
                if gap > 0 {
                    // A gap never crosses a sentence-like boundary.
                    if isClauseStop(token) || probe >= position + gap { break }
                } else if word > entry.start, inserted < 2, let insertable, insertable.contains(token.hash) {
                    inserted += 1
                } else {
                    break
                }
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
