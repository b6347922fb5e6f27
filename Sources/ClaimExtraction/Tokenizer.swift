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

    static func scanWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Token {
        var index = start
        var hash = WordHash.seed
        var letters = 0, uppers = 0
        var segmentLength = 0       // letters since the last connector
        var segmentIsLower = true
        var segmentIsDigits = true
        var sawDotAfterLetter = false
        let firstIsDigit = isDigit(text[start])
        var isCapitalized = false
        while index < end {
            let byte = text[index]
            if byte < 0x80 {
                if isASCIILetter(byte) || isDigit(byte) {
                    if isASCIILetter(byte) {
                        letters += 1
                        if isUpper(byte) {
                            uppers += 1; segmentIsLower = false
                            if index == start { isCapitalized = true }
                        }
                        segmentIsDigits = false
                    }
                    hash = WordHash.mix(hash, isUpper(byte) ? byte | 0x20 : byte)
                    segmentLength += 1
                    index += 1
                    continue
                }
                let next = index + 1 < end ? text[index + 1] : 0
                let nextIsAlnum = next < 0x80
                    ? (isASCIILetter(next) || isDigit(next)) : (index + 1 < end && isWordByte(text, index + 1, end))
                switch byte {
                case UInt8(ascii: "-") where nextIsAlnum && segmentLength > 0:
                    break
                case UInt8(ascii: "'") where nextIsAlnum && possessiveLength(text, at: index, end: end) == nil:
                    break
                case UInt8(ascii: ",")
                    where segmentIsDigits && segmentLength <= 3 && isThousandsGroup(text, index + 1, end):
                    index += 1  // "1,200": the comma does not enter the hash
                    segmentLength = 0
                    continue
                case UInt8(ascii: "."):
                    let decimal = segmentIsDigits && isDigit(next)
                    let initials = segmentLength == 1 && !segmentIsDigits && isASCIILetter(next)
                    let domain = segmentIsLower && !segmentIsDigits && next >= 0x61 && next <= 0x7A && segmentLength > 1
                    if decimal || initials || domain {
                        if initials { sawDotAfterLetter = true }
                        break
                    }
                    // The closing dot of "U.S." belongs to the word.
                    if sawDotAfterLetter && segmentLength == 1 {
                        hash = WordHash.mix(hash, byte)
                        index += 1
                    }
                    return finish()
                default:
                    return finish()
                }
                hash = WordHash.mix(hash, byte)
                index += 1
                segmentLength = 0
                segmentIsLower = true
                segmentIsDigits = true
                continue
            }
            // Non-ASCII: part of the word only when it is a letter; "’" may join "O’Brien".
            if isRightSingleQuote(text, index, end) {
                if index + 3 < end, isWordByte(text, index + 3, end),
                   possessiveLength(text, at: index, end: end) == nil {
                    hash = WordHash.mix(hash, UInt8(ascii: "'"))
                    index += 3
                    continue
                }
                return finish()
            }
            guard let scalar = decodeScalar(text, index, end), scalar.properties.isAlphabetic else { return finish() }
            let length = scalarLength(byte)
            letters += 1
            segmentIsDigits = false
            if scalar.properties.isUppercase {
                uppers += 1
                segmentIsLower = false
                if index == start { isCapitalized = true }
                // Latin-1 capitals (É, Ö) fold to small letters: C3 80-9E -> C3 A0-BE.
                if length == 2, byte == 0xC3, text[index + 1] != 0x97 {
                    hash = WordHash.mix(WordHash.mix(hash, byte), text[index + 1] | 0x20)
                    index += 2
                    segmentLength += 1
                    continue
                }
            }
            for offset in 0..<length { hash = WordHash.mix(hash, text[index + offset]) }
            index += length
            segmentLength += 1
        }
        return finish()

        func finish() -> Token {
            Token(start: start, end: index, hash: hash, kind: firstIsDigit ? .number : .word,
                  isCapitalized: isCapitalized, isAllCaps: letters > 0 && uppers == letters,
                  startsLine: false, startsParagraph: false)
        }
    }

    static func isThousandsGroup(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        guard index + 3 <= end else { return false }
        for offset in 0..<3 where !isDigit(text[index + offset]) { return false }
        return index + 3 == end || !isDigit(text[index + 3])
    }
}
