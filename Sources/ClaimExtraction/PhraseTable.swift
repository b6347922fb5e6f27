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
        /// The next phrase with the same first word (index into `chain`), -1 for none.
        var next: Int
    }

    /// One phrase word: its hash, case rule and gap, side by side (one buffer to read and to
    /// retain when the table is copied).
    struct Word: Sendable {
        var hash: UInt64
        /// 0 any case, 1 capitalised, 2 all caps.
        var casing: UInt8
        /// How many text tokens may be skipped before it ("pledged ... troops"); 0 means
        /// adjacent.
        var gap: Int
    }

    private var words: [Word] = []
    private var values: [Value] = []
    /// Per first word, the longest phrase starting with it, as an index into `chain`; the
    /// others follow it by `next`, longest first. Flat integers, not an array per word: a
    /// probe then retains and releases nothing.
    private var heads = WordMap<Int>()
    private var chain: [Entry] = []
    public private(set) var count = 0
    /// Inflected forms of the words of inflecting phrases, to the hash of the word as written
    /// ("signed" -> "sign"): the text's word matches when it or its canonical form does.
    private var canonical = WordMap<UInt64>()
    private var hasForms = false
    /// One bit per hash bucket of the inflected forms in `canonical`: a text word that is no
    /// form (most of them) is turned away before a probe of the map.
    private var formBits: [UInt64] = []
    /// Words that may stand, at most two, between two adjacent words of a phrase ("did not
    /// formally endorse", "have so far pledged"); nil: phrases are contiguous.
    private var insertable = WordSet([])
    private var insertsWords = false
    /// One bit per first-word hash bucket: almost every token of an article starts no phrase,
    /// and a bit test turns it away before any table lookup.
    private var firstWordBits = [UInt64](repeating: 0, count: PhraseTable.filterWords)
    static var filterWords: Int { 1 << 12 }

    @inline(__always)
    private func mayStart(_ hash: UInt64) -> Bool { Self.isSet(hash, in: firstWordBits) }

    @inline(__always)
    private static func isSet(_ hash: UInt64, in bits: [UInt64]) -> Bool {
        let bucket = Int(truncatingIfNeeded: (hash >> 40) & UInt64(filterWords * 64 - 1))
        return bits[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
    }

    private static func set(_ hash: UInt64, in bits: inout [UInt64]) {
        let bucket = Int(truncatingIfNeeded: (hash >> 40) & UInt64(filterWords * 64 - 1))
        bits[bucket >> 6] |= 1 << UInt64(bucket & 63)
    }

    public init() {}

    /// A table whose phrases tolerate short insertions of `insertable` words between their words.
    public init(insertable: WordSet) {
        self.insertable = insertable
        insertsWords = true
    }

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
                        if hash != token.hash && canonical[hash] == nil {
                            canonical[hash] = token.hash
                            if !hasForms { formBits = [UInt64](repeating: 0, count: Self.filterWords) }
                            hasForms = true
                            Self.set(hash, in: &formBits)
                        }
                        if words.count == start && hash != token.hash { firstForms.append(hash) }
                    }
                }
                var rule: UInt8 = 0
                if casingRule == .name {
                    if token.isAllCaps && token.length > 1 && token.length <= 5 {
                        rule = 2
                    } else if token.isCapitalized {
                        rule = 1
                    }
                }
                words.append(Word(hash: token.hash, casing: rule, gap: tokenIndex == 0 && partIndex > 0 ? gap : 0))
            }
        }
        guard words.count > start else { return }
        values.append(value)
        let entry = Entry(start: start, length: words.count - start, value: values.count - 1, next: -1)
        // The first word is looked up by its hash, so each of its forms indexes the phrase too.
        for first in [words[start].hash] + firstForms {
            Self.set(first, in: &firstWordBits)
            link(entry, first: first)
        }
        count += 1
    }

    /// Puts `entry` in its first word's chain: longest first, so "did not attend" wins over
    /// "attend", and after the phrases of its own length added before it.
    private mutating func link(_ entry: Entry, first: UInt64) {
        var entry = entry
        let index = chain.count
        guard let head = heads[first] else {
            chain.append(entry)
            heads[first] = index
            return
        }
        if chain[head].length < entry.length {
            entry.next = head
            chain.append(entry)
            heads[first] = index
            return
        }
        var before = head
        while chain[before].next >= 0, chain[chain[before].next].length >= entry.length { before = chain[before].next }
        entry.next = chain[before].next
        chain.append(entry)
        chain[before].next = index
    }

    public struct Match: Sendable {
        public var value: Value
        /// Token indices covered, first through last (gaps included).
        public var tokens: ClosedRange<Int>
    }

    /// The longest phrase starting at token `index`, not reaching past `limit`. Inlined: most
    /// tokens start no phrase, and the bit test that says so costs less than the call.
    @inline(__always)
    public func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> Match? {
        guard mayStart(tokens[index].hash) else { return nil }
        return longestMatch(tokens, at: index, limit: limit)
    }

    @inline(never)
    private func longestMatch(_ tokens: [Token], at index: Int, limit: Int?) -> Match? {
        var cursor = candidates(tokens, at: index)
        let end = limit ?? tokens.count
        guard let found = nextMatch(tokens, at: index, limit: end, cursor: &cursor) else { return nil }
        return Match(value: values[found.value], tokens: index...found.last)
    }

    /// Every phrase starting at `index` (not only the longest), for cue lists where a short cue
    /// and a long one may both say something.
    public func allMatches(_ tokens: [Token], at index: Int, limit: Int? = nil) -> [Match] {
        var cursor = candidates(tokens, at: index)
        var found: [Match] = []
        while let next = nextMatch(tokens, at: index, limit: limit ?? tokens.count, cursor: &cursor) {
            found.append(Match(value: values[next.value], tokens: index...next.last))
        }
        return found
    }

    /// Where the phrases that may start at `index` begin, for `nextMatch`: a hot loop walks
    /// them without building a `Match` (and copying its value) for each.
    @inline(__always)
    func candidates(_ tokens: [Token], at index: Int) -> Int {
        let hash = tokens[index].hash
        guard mayStart(hash), let head = heads[hash] else { return -1 }
        return head
    }

    /// The next phrase from `cursor` on that matches at `index` (longest first): the position
    /// of its value (see `value(at:)`) and its last token; `cursor` moves past it.
    func nextMatch(_ tokens: [Token], at index: Int, limit: Int, cursor: inout Int) -> (value: Int, last: Int)? {
        while cursor >= 0 {
            let entry = chain[cursor]
            cursor = entry.next
            if let last = matches(entry, tokens, index, limit) { return (entry.value, last) }
        }
        return nil
    }

    func value(at position: Int) -> Value { values[position] }

    /// The last token of `entry` matched from `start`, or nil. Most candidates fail at their
    /// second word, so the first (which the token's hash led to) is checked on its own.
    /// Inlined into the chain walk: a common first word ("of", a first name) has several
    /// candidates, and a call each cost as much as the test.
    @inline(__always)
    private func matches(_ entry: Entry, _ tokens: [Token], _ start: Int, _ end: Int) -> Int? {
        guard start < end, fits(entry.start, tokens[start]) else { return nil }
        var position = start + 1
        for word in (entry.start + 1)..<(entry.start + entry.length) {
            let gap = words[word].gap
            var probe = position
            var inserted = 0
            while true {
                guard probe < end else { return nil }
                let token = tokens[probe]
                if fits(word, token) { break }
                if gap > 0 {
                    // A gap never crosses a sentence-like boundary.
                    if isClauseStop(token) || probe >= position + gap { return nil }
                } else if inserted < 2, insertsWords, insertable.contains(token.hash) {
                    inserted += 1
                } else {
                    return nil
                }
                probe += 1
            }
            position = probe + 1
        }
        return position - 1
    }

    /// Whether `token` is the phrase's word at `word`: the same word or one of its forms, in a
    /// case that fits.
    @inline(__always)
    private func fits(_ word: Int, _ token: Token) -> Bool {
        let word = words[word]
        return (token.hash == word.hash
                || (hasForms && Self.isSet(token.hash, in: formBits) && canonical[token.hash] == word.hash))
            && casingFits(word.casing, token)
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

// MARK: Kept between runs

/// A names table as bytes, for `RegistryTables`: building the registry's table of 40,000
/// entities' names and aliases (tokenizing each phrase) was a tenth of a warm desk check, and
/// reading its arrays back is a walk over bytes. The coding lives here because it writes this
/// type's private layout; `layoutVersion` of `RegistryTables` is bumped whenever it changes.
/// Only tables without inflected forms or insertions are kept (the names tables have neither):
/// any other is written as "not kept", and decoding then gives nil, so the caller builds it.
extension PhraseTable where Value == String {
    func keep(into writer: inout RegistryTables.Writer) {
        guard !hasForms, !insertsWords, firstWordBits.count == Self.filterWords else {
            writer.byte(0)
            return
        }
        writer.byte(1)
        writer.int(count)
        writer.int(words.count)
        for word in words {
            writer.uint64(word.hash)
            writer.byte(word.casing)
            writer.int(word.gap)
        }
        writer.int(values.count)
        for value in values { writer.string(value) }
        writer.int(chain.count)
        for entry in chain {
            writer.int(entry.start)
            writer.int(entry.length)
            writer.int(entry.value)
            writer.int(entry.next)
        }
        let heads = self.heads.keys.sorted()
        writer.int(heads.count)
        for key in heads {
            writer.uint64(key)
            writer.int(self.heads[key]!)
        }
        for bits in firstWordBits { writer.uint64(bits) }
    }

    /// The table `keep` wrote, or nil when it kept none or a position points outside the
    /// table (a chain that loops or shares entries included: a lookup must never run forever).
    static func kept(from reader: inout RegistryTables.Reader) -> PhraseTable<String>? {
        guard reader.byte() == 1, let count = reader.count(), let wordCount = reader.count() else { return nil }
        var table = PhraseTable<String>()
        table.count = count
        table.words.reserveCapacity(wordCount)
        for _ in 0..<wordCount {
            guard let hash = reader.uint64(), let casing = reader.byte(), casing <= 2,
                  let gap = reader.count() else { return nil }
            table.words.append(Word(hash: hash, casing: casing, gap: gap))
        }
        guard let valueCount = reader.count() else { return nil }
        table.values.reserveCapacity(valueCount)
        for _ in 0..<valueCount {
            guard let value = reader.string() else { return nil }
            table.values.append(value)
        }
        guard let chainCount = reader.count() else { return nil }
        table.chain.reserveCapacity(chainCount)
        for _ in 0..<chainCount {
            guard let start = reader.count(), let length = reader.count(), length > 0,
                  start + length <= wordCount, let value = reader.count(), value < valueCount,
                  let next = reader.uint64().map({ Int(Int64(bitPattern: $0)) }),
                  next >= -1, next < chainCount else { return nil }
            table.chain.append(Entry(start: start, length: length, value: value, next: next))
        }
        guard let headCount = reader.count() else { return nil }
        var reached = [Bool](repeating: false, count: chainCount)
        for _ in 0..<headCount {
            guard let key = reader.uint64(), let head = reader.count(), head < chainCount,
                  table.heads[key] == nil else { return nil }
            var cursor = head
            while cursor >= 0 {
                guard !reached[cursor] else { return nil }
                reached[cursor] = true
                cursor = table.chain[cursor].next
            }
            table.heads[key] = head
        }
        for bucket in 0..<Self.filterWords {
            guard let bits = reader.uint64() else { return nil }
            table.firstWordBits[bucket] = bits
        }
        return table
    }
}
