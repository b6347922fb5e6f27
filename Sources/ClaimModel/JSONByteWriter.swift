extension JSONWriter {
    /// `write(value, pretty:)` as UTF-8 bytes, byte for byte the same text, built in a byte
    /// array: `extract --out` writes thousands of claim files, and appending to a `String`
    /// and copying it out as bytes was a tenth of the command.
    public static func bytes(_ value: JSONValue, pretty: Bool = true) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        append(value, toBytes: &output, indent: 0, pretty: pretty)
        if pretty { output.append(0x0A) }
        return output
    }

    static func append(_ value: JSONValue, toBytes output: inout [UInt8], indent: Int, pretty: Bool) {
        switch value.kind {
        case .null: output += "null".utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .number(let number): appendNumber(number, to: &output)
        case .string(let string): appendQuoted(string, toBytes: &output)
        case .array(let values):
            if values.isEmpty { output += "[]".utf8; return }
            output.append(UInt8(ascii: "["))
            for (position, element) in values.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(&output, indent: indent + 1, pretty: pretty)
                append(element, toBytes: &output, indent: indent + 1, pretty: pretty)
            }
            newline(&output, indent: indent, pretty: pretty)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { output += "{}".utf8; return }
            output.append(UInt8(ascii: "{"))
            for (position, member) in members.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(&output, indent: indent + 1, pretty: pretty)
                appendQuoted(member.key, toBytes: &output)
                output += (pretty ? ": " : ":").utf8
                append(member.value, toBytes: &output, indent: indent + 1, pretty: pretty)
            }
            newline(&output, indent: indent, pretty: pretty)
            output.append(UInt8(ascii: "}"))
        }
    }

    static func newline(_ output: inout [UInt8], indent: Int, pretty: Bool) {
        guard pretty else { return }
        output.append(0x0A)
        for _ in 0..<indent { output.append(0x20); output.append(0x20) }
    }

    /// `formatNumber`'s text; whole numbers (lines, spans, counts: most numbers of a claim file)
    /// as digits written in place, without making a `String` for each.
    static func appendNumber(_ number: Double, to output: inout [UInt8]) {
        guard number.isFinite, number == number.rounded(), abs(number) < 9_007_199_254_740_992 else {
            output += formatNumber(number).utf8
            return
        }
        var whole = Int64(number)
        if whole < 0 { output.append(UInt8(ascii: "-")); whole = -whole }
        var digits: (UInt64, UInt64) = (0, 0)  // 16 digits at most: 2^53 has 16
        withUnsafeMutableBytes(of: &digits) { buffer in
            var position = buffer.count
            repeat {
                position -= 1
                buffer[position] = UInt8(ascii: "0") + UInt8(whole % 10)
                whole /= 10
            } while whole > 0
            output.append(contentsOf: buffer[position...])
        }
    }

    /// The plain strings go straight in; a string that needs an escape takes `appendQuoted`'s
    /// path, so there is one set of escaping rules.
    static func appendQuoted(_ string: String, toBytes output: inout [UInt8]) {
        var string = string
        let plain = string.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 < 0x7F }) else { return false }
            output.append(0x22)
            output.append(contentsOf: utf8)
            output.append(0x22)
            return true
        }
        guard !plain else { return }
        var quoted = ""
        appendQuoted(string, to: &quoted)
        output += quoted.utf8
    }
}
