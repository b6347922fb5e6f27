/// One word, number or punctuation mark of an article, as byte offsets into its text.
///
/// Words are compared by a hash of their lower-case form, so matching an alias or a cue is an
/// integer comparison per token and the hot loop never allocates a `String`.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    public var start: Int
    public var end: Int
    /// FNV-1a of the lower-cased bytes (curly apostrophes read as straight ones).
    public var hash: UInt64
    public var kind: Kind
    /// The first letter is upper case ("Paris", "NATO").
    public var isCapitalized: Bool
    /// Every letter is upper case ("US", "NATO", "U.S."): short all-caps aliases match only these.
    public var isAllCaps: Bool
    /// A line break comes before this token.
    public var startsLine: Bool
    /// A blank line, a hard break (block markup) or the start of the text comes before it.
    public var startsParagraph: Bool

    public var length: Int { end - start }
}

/// The hash words are compared by.
enum WordHash {
    static let seed: UInt64 = 0xcbf29ce484222325
    static let prime: UInt64 = 0x100000001b3

    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// The possessive token "'s" that the tokenizer splits off "Ukraine's".
    static let possessive = mix(mix(seed, UInt8(ascii: "'")), UInt8(ascii: "s"))

    /// The hash of one token's text as written in a word list (one token; "'s" is the
    /// possessive).
    static func of(_ word: String) -> UInt64 {
        if word == "'s" || word == "’s" { return possessive }
        return Tokenizer.tokens(in: Array(word.utf8)).first?.hash ?? seed
    }
}
