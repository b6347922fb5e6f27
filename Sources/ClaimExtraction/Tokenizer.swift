/// Splits article bytes into words, numbers and punctuation in one linear pass.
///
/// The rules keep together what English writes as one unit: "U.S.", "a.m.", "3.5", "1,200",
/// "thirty-five", "26-nation", "cease-fire", "global.espreso.tv"; and split what reads as two:
/// "Ukraine's" is "Ukraine" + "'s" (so "Ukraine's President" matches a role alias), and
/// "achieved.The" (a missing space after a full stop) is two sentences.
public enum Tokenizer {
    public static func tokens(in bytes: [UInt8], range: Range<Int>? = nil) -> [Token] {
        bytes.withUnsafeBufferPointer { buffer in
            tokens(in: buffer, range: range ?? 0..<buffer.count)
        }
    }

    static func tokens(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        var index = range.lowerBound
        let end = range.upperBound
        var newlines = 2  // the start of the text counts as a paragraph break
        var hardBreak = false
        while index < end {
            let byte = text[index]
            if byte == 0x0A { newlines += 1; index += 1; continue }
            if byte == ArticleText.hardBreak { hardBreak = true; index += 1; continue }
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B { index += 1; continue }
            if byte == 0xC2, index + 1 < end, text[index + 1] == 0xA0 { index += 2; continue }  // no-break space
            let startsLine = newlines > 0
            let startsParagraph = newlines > 1 || hardBreak
            newlines = 0
            hardBreak = false
            let length = scalarLength(byte)
            if isWordByte(text, index, end) {
                var token = scanWord(text, from: index, end: end)
                token.startsLine = startsLine
                token.startsParagraph = startsParagraph
                // "'s" after a word is its own token: "Ukraine" + "'s".
                tokens.append(token)
                index = token.end
                if let possessive = possessiveLength(text, at: index, end: end) {
                    var hash = WordHash.mix(WordHash.seed, UInt8(ascii: "'"))
                    hash = WordHash.mix(hash, UInt8(ascii: "s"))
                    tokens.append(Token(start: index, end: index + possessive, hash: hash, kind: .word,
                                        isCapitalized: false, isAllCaps: false, startsLine: false,
                                        startsParagraph: false))
                    index += possessive
                }
                continue
            }
            // Punctuation: one scalar. Curly apostrophes hash like straight ones.
            let scalarEnd = min(index + length, end)
            var hash = WordHash.seed
            if isRightSingleQuote(text, index, end) {
                hash = WordHash.mix(hash, UInt8(ascii: "'"))
            } else {
                for offset in index..<scalarEnd { hash = WordHash.mix(hash, text[offset]) }
            }
            tokens.append(Token(start: index, end: scalarEnd, hash: hash, kind: .punctuation, isCapitalized: false,
                                isAllCaps: false, startsLine: startsLine, startsParagraph: startsParagraph))
            index = scalarEnd
        }
        return tokens
    }

    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always)
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    static func isRightSingleQuote(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        index + 2 < end + 0 && text[index] == 0xE2 && text[index + 1] == 0x80 && text[index + 2] == 0x99
    }

    /// Letters, digits, and non-ASCII letters (é, ö, Cyrillic), but not typographic marks.
    static func isWordByte(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        let byte = text[index]
        if byte < 0x80 { return isASCIILetter(byte) || isDigit(byte) }
        guard let scalar = decodeScalar(text, index, end) else { return false }
        return scalar.properties.isAlphabetic
    }

    static func decodeScalar(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Unicode.Scalar? {
        let lead = text[index]
        let length = scalarLength(lead)
        guard length > 1, index + length <= end else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = (value << 6) | (UInt32(text[index + offset]) & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Length of "'s" / "’s" at `index` when it closes a word ("Ukraine's", not "it's" is fine too).
    static func possessiveLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        var quoteLength = 0
        if index < end, text[index] == UInt8(ascii: "'") {
            quoteLength = 1
        } else if isRightSingleQuote(text, index, end) {
            quoteLength = 3
        }
        guard quoteLength > 0, index + quoteLength < end else { return nil }
        let s = text[index + quoteLength]
        guard s == UInt8(ascii: "s") || s == UInt8(ascii: "S") else { return nil }
        let after = index + quoteLength + 1
        if after < end, isWordByte(text, after, end) { return nil }
        return quoteLength + 1
    }

    /// One word from `start`: letters and digits, joined by the connectors `connects` accepts.
    static func scanWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Token {
        var scan = WordScan(start: start)
        while true {
            // Most bytes of a word are ASCII letters and digits, read in one tight run; the
            // connectors and non-ASCII letters between runs are read one at a time.
            scan.readASCIIRun(text, end: end)
            guard scan.index < end else { break }
            let byte = text[scan.index]
            if byte < 0x80 {
                if !connects(byte, text, end: end, scan: &scan) { break }
            } else if !takeNonASCII(byte, text, end: end, scan: &scan) {
                break
            }
        }
        return scan.token(kind: isDigit(text[start]) ? .number : .word)
    }

    /// Whether the ASCII mark `byte` at `scan.index` joins the word ("cease-fire", "O'Brien",
    /// "1,200", "3.5", "U.S.", "global.espreso.tv"); when it does, `scan` moves past it. False
    /// ends the word (the closing dot of "U.S." is taken first).
    @inline(__always)
    static func connects(_ byte: UInt8, _ text: UnsafeBufferPointer<UInt8>, end: Int, scan: inout WordScan) -> Bool {
        let index = scan.index
        let next = index + 1 < end ? text[index + 1] : 0
        let nextIsAlnum = next < 0x80
            ? (isASCIILetter(next) || isDigit(next)) : (index + 1 < end && isWordByte(text, index + 1, end))
        switch byte {
        case UInt8(ascii: "-") where nextIsAlnum && scan.segmentLength > 0:
            break
        case UInt8(ascii: "'") where nextIsAlnum && possessiveLength(text, at: index, end: end) == nil:
            break
        case UInt8(ascii: ",")
            where scan.segmentIsDigits && scan.segmentLength <= 3 && isThousandsGroup(text, index + 1, end):
            scan.index += 1  // "1,200": the comma does not enter the hash
            scan.segmentLength = 0
            return true
        case UInt8(ascii: "."):
            let decimal = scan.segmentIsDigits && isDigit(next)
            let initials = scan.segmentLength == 1 && !scan.segmentIsDigits && isASCIILetter(next)
            let domain = scan.segmentIsLower && !scan.segmentIsDigits && next >= 0x61 && next <= 0x7A
                && scan.segmentLength > 1
            if decimal || initials || domain {
                if initials { scan.sawDotAfterLetter = true }
                break
            }
            // The closing dot of "U.S." belongs to the word.
            if scan.sawDotAfterLetter && scan.segmentLength == 1 {
                scan.hash = WordHash.mix(scan.hash, byte)
                scan.index += 1
            }
            return false
        default:
            return false
        }
        scan.hash = WordHash.mix(scan.hash, byte)
        scan.index += 1
        scan.startSegment()
        return true
    }

    /// Non-ASCII at `scan.index`: part of the word only when it is a letter; "’" may join
    /// "O’Brien". False ends the word.
    static func takeNonASCII(_ byte: UInt8, _ text: UnsafeBufferPointer<UInt8>, end: Int,
                             scan: inout WordScan) -> Bool {
        let index = scan.index
        if isRightSingleQuote(text, index, end) {
            guard index + 3 < end, isWordByte(text, index + 3, end),
                  possessiveLength(text, at: index, end: end) == nil else { return false }
            scan.hash = WordHash.mix(scan.hash, UInt8(ascii: "'"))
            scan.index += 3
            return true
        }
        guard let scalar = decodeScalar(text, index, end), scalar.properties.isAlphabetic else { return false }
        let length = scalarLength(byte)
        scan.letters += 1
        scan.segmentIsDigits = false
        if scalar.properties.isUppercase {
            scan.uppers += 1
            scan.segmentIsLower = false
            if index == scan.start { scan.isCapitalized = true }
            // Latin-1 capitals (É, Ö) fold to small letters: C3 80-9E -> C3 A0-BE.
            if length == 2, byte == 0xC3, text[index + 1] != 0x97 {
                scan.hash = WordHash.mix(WordHash.mix(scan.hash, byte), text[index + 1] | 0x20)
                scan.index += 2
                scan.segmentLength += 1
                return true
            }
        }
        for offset in 0..<length { scan.hash = WordHash.mix(scan.hash, text[index + offset]) }
        scan.index += length
        scan.segmentLength += 1
        return true
    }

    static func isThousandsGroup(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        guard index + 3 <= end else { return false }
        for offset in 0..<3 where !isDigit(text[index + offset]) { return false }
        return index + 3 == end || !isDigit(text[index + 3])
    }
}

/// What `Tokenizer.scanWord` knows of the word it is reading: where it stands, its hash so
/// far, its case, and the segment since the last connector ("26" of "26-nation"), which
/// decides whether the next comma or full stop joins the word.
struct WordScan {
    let start: Int
    var index: Int
    var hash = WordHash.seed
    var letters = 0
    var uppers = 0
    /// Letters and digits since the last connector.
    var segmentLength = 0
    var segmentIsLower = true
    var segmentIsDigits = true
    var sawDotAfterLetter = false
    var isCapitalized = false

    init(start: Int) {
        self.start = start
        index = start
    }

    /// ASCII letters and digits from `index` on, hashed lower-cased. The state is copied into
    /// locals for the loop and back after it, so the run is read in registers.
    @inline(__always)
    mutating func readASCIIRun(_ text: UnsafeBufferPointer<UInt8>, end: Int) {
        var position = index, hash = hash, letters = letters, uppers = uppers, length = segmentLength
        var isLower = segmentIsLower, isDigits = segmentIsDigits
        while position < end {
            let byte = text[position]
            // Digits have the 0x20 bit already: `folded` is the byte itself for them.
            let folded = byte | 0x20
            if byte &- UInt8(ascii: "0") >= 10 {
                guard folded &- UInt8(ascii: "a") < 26 else { break }
                letters += 1
                isDigits = false
                if byte < UInt8(ascii: "a") {
                    uppers += 1
                    isLower = false
                    if position == start { isCapitalized = true }
                }
            }
            hash = WordHash.mix(hash, folded)
            length += 1
            position += 1
        }
        index = position
        self.hash = hash
        self.letters = letters
        self.uppers = uppers
        segmentLength = length
        segmentIsLower = isLower
        segmentIsDigits = isDigits
    }

    @inline(__always)
    mutating func startSegment() {
        segmentLength = 0
        segmentIsLower = true
        segmentIsDigits = true
    }

    func token(kind: Token.Kind) -> Token {
        Token(start: start, end: index, hash: hash, kind: kind, isCapitalized: isCapitalized,
              isAllCaps: letters > 0 && uppers == letters, startsLine: false, startsParagraph: false)
    }
}
