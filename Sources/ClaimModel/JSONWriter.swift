/// Writes JSON deterministically: members in the order given, two-space indentation, integers
/// without a fractional part, and a final newline. Reports and baselines are compared byte for
/// byte and reviewed in diffs, so the same value must always produce the same text.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        String(decoding: bytes(value, pretty: pretty), as: UTF8.self)
    }

    /// The same text as `write`, as UTF-8 bytes. The writer appends bytes, not strings:
    /// growing a `String` of 100 MB one member at a time was most of writing a report.
    public static func bytes(_ value: JSONValue, pretty: Bool = true) -> [UInt8] {
        var output = ByteOutput()
        output.bytes.reserveCapacity(1024)
        append(value, to: &output, indent: 0, pretty: pretty)
        if pretty { output.bytes.append(0x0A) }
        return output.bytes
    }

    /// A pretty document that is an object of these members, as `bytes(.object(...))` would
    /// write it, where the elements of a long member are built while they are written, a
    /// chunk on each core, and dropped after: a report's tree of a million values is never
    /// whole in memory.
    public static func bytes(ofObject members: [(String, JSONDocumentPart)]) -> [UInt8] {
        var output = ByteOutput()
        if members.isEmpty { output.append("{}\n"); return output.bytes }
        output.bytes.append(UInt8(ascii: "{"))
        for (position, (key, part)) in members.enumerated() {
            if position > 0 { output.bytes.append(UInt8(ascii: ",")) }
            newline(&output, indent: 1, pretty: true)
            appendQuoted(key, to: &output)
            output.append(": ")
            switch part {
            case .value(let value):
                append(value, to: &output, indent: 1, pretty: true)
            case .object(let count, let member):
                if count == 0 { output.append("{}"); continue }
                output.bytes.append(UInt8(ascii: "{"))
                appendElements(count, to: &output, indent: 1, pretty: true) { position, output in
                    let (key, value) = member(position)
                    appendQuoted(key, to: &output)
                    output.append(": ")
                    append(value, to: &output, indent: 2, pretty: true)
                }
                newline(&output, indent: 1, pretty: true)
                output.bytes.append(UInt8(ascii: "}"))
            case .array(let count, let element):
                if count == 0 { output.append("[]"); continue }
                output.bytes.append(UInt8(ascii: "["))
                appendElements(count, to: &output, indent: 1, pretty: true) { position, output in
                    append(element(position), to: &output, indent: 2, pretty: true)
                }
                newline(&output, indent: 1, pretty: true)
                output.bytes.append(UInt8(ascii: "]"))
            }
        }
        newline(&output, indent: 0, pretty: true)
        output.append("}\n")
        return output.bytes
    }

    static func append(_ value: JSONValue, to output: inout ByteOutput, indent: Int, pretty: Bool) {
        switch value.kind {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .number(let number): output.append(formatNumber(number))
        case .string(let string): appendQuoted(string, to: &output)
        case .array(let values):
            if values.isEmpty { output.append("[]"); return }
            output.bytes.append(UInt8(ascii: "["))
            appendElements(values.count, to: &output, indent: indent, pretty: pretty) { position, output in
                append(values[position], to: &output, indent: indent + 1, pretty: pretty)
            }
            newline(&output, indent: indent, pretty: pretty)
            output.bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { output.append("{}"); return }
            output.bytes.append(UInt8(ascii: "{"))
            appendElements(members.count, to: &output, indent: indent, pretty: pretty) { position, output in
                appendQuoted(members[position].key, to: &output)
                output.append(pretty ? ": " : ":")
                append(members[position].value, to: &output, indent: indent + 1, pretty: pretty)
            }
            newline(&output, indent: indent, pretty: pretty)
            output.bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Elements from this many up (a report's claims and findings) are written on every core,
    /// a chunk each, and the chunks joined in order: the text is the same as written in one
    /// pass, since each element's text depends only on the element and its depth.
    static let parallelElements = 4_096

    /// The elements of an array or object, each after its separator and line break.
    static func appendElements(_ count: Int, to output: inout ByteOutput, indent: Int, pretty: Bool,
                               _ element: @Sendable (Int, inout ByteOutput) -> Void) {
        @Sendable func write(_ range: Range<Int>, to output: inout ByteOutput) {
            for position in range {
                if position > 0 { output.bytes.append(UInt8(ascii: ",")) }
                newline(&output, indent: indent + 1, pretty: pretty)
                element(position, &output)
            }
        }
        guard count >= parallelElements else { return write(0..<count, to: &output) }
        let chunkCount = 64, chunkSize = (count + chunkCount - 1) / chunkCount
        let chunks = ParallelMap.map(chunkCount, parallel: true) { chunk -> [UInt8] in
            var part = ByteOutput()
            write(Swift.min(count, chunk * chunkSize)..<Swift.min(count, (chunk + 1) * chunkSize), to: &part)
            return part.bytes
        }
        output.bytes.reserveCapacity(output.bytes.count + chunks.reduce(0) { $0 + $1.count })
        for chunk in chunks { output.bytes.append(contentsOf: chunk) }
    }

    static func newline(_ output: inout ByteOutput, indent: Int, pretty: Bool) {
        guard pretty else { return }
        guard indent < indents.count else {
            output.bytes.append(0x0A)
            return output.bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
        }
        indents[indent].withUnsafeBufferPointer { output.bytes.append(contentsOf: $0) }
    }

    /// A newline and the indentation of each depth reports reach.
    private static let indents: [[UInt8]] = (0..<16).map { [0x0A] + Array(repeating: UInt8(ascii: " "), count: 2 * $0) }

    /// Integers print without ".0"; other finite numbers use Swift's shortest round-trip form.
    /// JSON has no NaN or infinity, so those become null rather than invalid output.
    public static func formatNumber(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 9_007_199_254_740_992 {
            return String(Int64(number))
        }
        return "\(number)"
    }

    /// Escapes quotes, backslashes and every control character, plus U+2028/U+2029 so the
    /// output is also safe inside a JavaScript string or an HTML script block. C1 controls
    /// (U+0080-U+009F; U+009B is a terminal's CSI) and bidirectional overrides are escaped too,
    /// so `cat report.json` cannot drive or garble a terminal; the text reads back the same.
    public static func appendQuoted(_ string: String, to output: inout String) {
        var bytes = ByteOutput()
        appendQuoted(string, to: &bytes)
        output += String(decoding: bytes.bytes, as: UTF8.self)
    }

    static func appendQuoted(_ string: String, to output: inout ByteOutput) {
        output.bytes.append(0x22)
        // Most strings (ids, values, plain prose) need no escape: one copy instead of one per
        // scalar. Bytes from 0xC2 up start the non-ASCII scalars, some of which are escaped.
        var string = string
        let plain = string.withUTF8 { utf8 -> Bool in
            for byte in utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte >= 0x7F { return false }
            output.bytes.append(contentsOf: utf8)
            return true
        }
        if plain {
            output.bytes.append(0x22)
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case "\u{08}": output.append("\\b")
            case "\u{0C}": output.append("\\f")
            case "\u{2028}": output.append("\\u2028")
            case "\u{2029}": output.append("\\u2029")
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    output.bytes.append(contentsOf: UTF8.encode(scalar)!)
                }
            }
        }
        output.bytes.append(0x22)
    }

    public static func quoted(_ string: String) -> String {
        var output = ""
        appendQuoted(string, to: &output)
        return output
    }
}

/// The writer's output: UTF-8 bytes, appended to in place.
struct ByteOutput {
    var bytes: [UInt8] = []

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }
}

/// A member of a document written by `JSONWriter.bytes(ofObject:)`: a value, or an object or
/// array whose elements are made by position as they are written.
public enum JSONDocumentPart: Sendable {
    case value(JSONValue)
    case object(count: Int, member: @Sendable (Int) -> (String, JSONValue))
    case array(count: Int, element: @Sendable (Int) -> JSONValue)

    /// The member as one value, every element made.
    public var value: JSONValue {
        switch self {
        case .value(let value): return value
        case .object(let count, let member): return .object((0..<count).map(member))
        case .array(let count, let element): return .array((0..<count).map(element))
        }
    }
}
