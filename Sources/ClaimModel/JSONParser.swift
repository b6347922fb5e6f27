/// A strict RFC 8259 JSON parser over UTF-8 bytes that records line numbers.
///
/// Foundation's JSONSerialization and JSONDecoder report byte offsets at best and no line at
/// all, yet every error a fact-checker can cause must name the line to fix. Parsing bytes
/// directly is also several times faster than JSONDecoder, which matters for large archives.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int

    public var description: String { "line \(line), column \(column): \(message)" }
}

public enum JSONParser {
    /// Deep enough for any real claim file, shallow enough that a hostile file cannot exhaust
    /// the stack of the recursive descent.
    public static let maximumDepth = 256

    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) -> JSONValue in try parse(buffer) }
        }
        return try result.get()
    }

    public static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONValue {
        // A UTF-16 file otherwise fails on its first byte with a message nobody can act on.
        if buffer.count >= 2, (buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF) {
            throw JSONParseError(message: "the file is encoded as UTF-16; save it as UTF-8", line: 1, column: 1)
        }
        var cursor = JSONCursor(bytes: buffer)
        cursor.skipByteOrderMark()
        cursor.skipWhitespace()
        if cursor.atEnd { throw cursor.error("the file is empty; expected a JSON value") }
        let value = try cursor.parseValue(depth: 0)
        cursor.skipWhitespace()
        if !cursor.atEnd { throw cursor.error("unexpected text after the JSON value") }
        return value
    }
}

/// The lexer under the parser, shared with `ClaimFileFastDecoder` so both read numbers,
/// strings and lines identically. The steps the fast decoder takes per value are inlinable,
/// so the store (a module of its own) may inline them; in the Swift 6.0 release build it still
/// calls `skipWhitespace` and `rawString`, about 3% of a 1M check more than in one module.
package struct JSONCursor {
    package let bytes: UnsafeBufferPointer<UInt8>
    package var index = 0
    package var line = 1
    package var lineStart = 0

    package init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    @inlinable
    package var atEnd: Bool { index >= bytes.count }

    func error(_ message: String) -> JSONParseError {
        JSONParseError(message: message, line: line, column: index - lineStart + 1)
    }

    package mutating func skipByteOrderMark() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3; lineStart = 3 }
    }

    // Asked to inline: the fast decoder (another module) calls it between every two tokens.
    @inlinable @inline(__always)
    package mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth < JSONParser.maximumDepth else {
            throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
        }
        guard index < bytes.count else { throw error("unexpected end of file; expected a value") }
        let startLine = line
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), line: startLine)
        case UInt8(ascii: "t"): try expectLiteral("true"); return JSONValue(.bool(true), line: startLine)
        case UInt8(ascii: "f"): try expectLiteral("false"); return JSONValue(.bool(false), line: startLine)
        case UInt8(ascii: "n"): try expectLiteral("null"); return JSONValue(.null, line: startLine)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(.number(try parseNumber()), line: startLine)
        default:
            throw error("unexpected character \(describe(bytes[index])); expected a value")
        }
    }

    func describe(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    mutating func expectLiteral(_ literal: String) throws(JSONParseError) {
        let expected = Array(literal.utf8)
        guard index + expected.count <= bytes.count else { throw error("unexpected end of file in a literal") }
        for offset in 0..<expected.count where bytes[index + offset] != expected[offset] {
            throw error("invalid literal; expected '\(literal)'")
        }
        index += expected.count
    }

    mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
        let startLine = line
        index += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONValue(.object(members), line: startLine)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file in an object") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw error("expected a quoted key, found \(describe(bytes[index]))")
            }
            let keyLine = line
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("expected ':' after the key \"\(key)\"")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            members.append(JSONMember(key: key, value: value, line: keyLine))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file in an object; missing '}'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw error("expected ',' or '}' in an object, found \(describe(bytes[index]))")
        }
        return JSONValue(.object(members), line: startLine)
    }

    mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
        let startLine = line
        index += 1
        var values: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return JSONValue(.array(values), line: startLine)
        }
        while true {
            skipWhitespace()
            values.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file in an array; missing ']'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw error("expected ',' or ']' in an array, found \(describe(bytes[index]))")
        }
        return JSONValue(.array(values), line: startLine)
    }

    package mutating func parseString() throws(JSONParseError) -> String {
        index += 1  // opening quote
        let start = index
        // Fast path: no escapes, so the bytes are the string once validated as UTF-8.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                guard let string = String(validating: slice, as: UTF8.self) else {
                    throw error("a string is not valid UTF-8")
                }
                return string
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw controlCharacterError(byte) }
            index += 1
        }
        var scalars: [UInt8] = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let string = String(validating: scalars, as: UTF8.self) else {
                    throw error("a string is not valid UTF-8")
                }
                return string
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append(0x22)
                case UInt8(ascii: "\\"): scalars.append(0x5C)
                case UInt8(ascii: "/"): scalars.append(0x2F)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try parseUnicodeEscape()
                    scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    index -= 1
                    throw error("invalid escape sequence \\\(Character(Unicode.Scalar(escape)))")
                }
            default:
                if byte < 0x20 { throw controlCharacterError(byte) }
                scalars.append(byte)
                index += 1
            }
        }
        throw error("unexpected end of file in a string; missing '\"'")
    }

    /// The bytes of a string without escapes, skipped over; nil (cursor unmoved) when the
    /// string holds an escape or a control character and needs `parseString`. The bytes are not
    /// yet validated as UTF-8: callers compare them with known ids or validate them.
    @inlinable
    package mutating func rawString() -> Range<Int>? {
        var position = index + 1
        // Eight bytes at a time while none is a quote, a backslash or a control character.
        if let base = bytes.baseAddress {
            while position + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
                let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
                    | ((word &- ones &* 0x20) & ~word)
                if special & highs != 0 { break }
                position += 8
            }
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let range = (index + 1)..<position
                index = position + 1
                return range
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    func controlCharacterError(_ byte: UInt8) -> JSONParseError {
        byte == 0x0A
            ? error("a string runs past the end of the line; missing '\"'")
            : error("a control character (\(describe(byte))) must be escaped in a string")
    }

    mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("unexpected end of file in a \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid hexadecimal digit in a \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    mutating func parseUnicodeEscape() throws(JSONParseError) -> Unicode.Scalar {
        let first = try parseHex4()
        if (0xD800...0xDBFF).contains(first) {
            guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u") else {
                throw error("a \\u escape holds half of a surrogate pair")
            }
            index += 2
            let second = try parseHex4()
            guard (0xDC00...0xDFFF).contains(second) else { throw error("invalid surrogate pair in a \\u escape") }
            let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            guard let scalar = Unicode.Scalar(combined) else { throw error("invalid \\u escape") }
            return scalar
        }
        guard let scalar = Unicode.Scalar(first) else { throw error("a \\u escape holds half of a surrogate pair") }
        return scalar
    }

    package mutating func parseNumber() throws(JSONParseError) -> Double {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error("numbers may not have leading zeros") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error("invalid number: digits must follow '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let mantissaEnd = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+")
                || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error("invalid number: digits must follow the exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        // Short integers are by far the common case in claim files: read them without
        // building a String.
        if isInteger && index - start <= 15 {
            var value: Int64 = 0
            var position = start
            let negative = bytes[position] == UInt8(ascii: "-")
            if negative { position += 1 }
            while position < index { value = value * 10 + Int64(bytes[position] - UInt8(ascii: "0")); position += 1 }
            return Double(negative ? -value : value)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw error("number \(text) is out of range") }
        // Below the smallest normal Double a number loses digits, and below the smallest
        // subnormal it reads as 0: `1e-400` would be taken for a count of zero.
        if value == 0, bytes[start..<mantissaEnd].contains(where: {
            $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }) {
            throw error("number \(text) is too small to represent (it would read as 0)")
        }
        if value != 0, value.magnitude < Double.leastNormalMagnitude {
            throw error("number \(text) is too small to represent exactly")
        }
        return value
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
