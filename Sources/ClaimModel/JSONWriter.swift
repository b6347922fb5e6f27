/// Writes JSON deterministically: members in the order given, two-space indentation, integers
/// without a fractional part, and a final newline. Reports and baselines are compared byte for
/// byte and reviewed in diffs, so the same value must always produce the same text.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var output = ""
        output.reserveCapacity(1024)
        append(value, to: &output, indent: 0, pretty: pretty)
        if pretty { output += "\n" }
        return output
    }

    static func append(_ value: JSONValue, to output: inout String, indent: Int, pretty: Bool) {
        switch value.kind {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number): output += formatNumber(number)
        case .string(let string): appendQuoted(string, to: &output)
        case .array(let values):
            if values.isEmpty { output += "[]"; return }
            output += "["
            for (position, element) in values.enumerated() {
                if position > 0 { output += "," }
                newline(&output, indent: indent + 1, pretty: pretty)
                append(element, to: &output, indent: indent + 1, pretty: pretty)
            }
            newline(&output, indent: indent, pretty: pretty)
            output += "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{"
            for (position, member) in members.enumerated() {
                if position > 0 { output += "," }
                newline(&output, indent: indent + 1, pretty: pretty)
                appendQuoted(member.key, to: &output)
                output += pretty ? ": " : ":"
                append(member.value, to: &output, indent: indent + 1, pretty: pretty)
            }
            newline(&output, indent: indent, pretty: pretty)
            output += "}"
        }
    }

    static func newline(_ output: inout String, indent: Int, pretty: Bool) {
        guard pretty else { return }
        // A made string per line was a tenth of writing a report of 100 MB.
        output += indent < indents.count ? indents[indent] : "\n" + String(repeating: "  ", count: indent)
    }

    /// A newline and the indentation of each depth reports reach.
    private static let indents = (0..<16).map { "\n" + String(repeating: "  ", count: $0) }

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
        output += "\""
        // Most strings (ids, values, plain prose) need no escape: one append instead of one per
        // scalar. Bytes from 0xC2 up start the non-ASCII scalars, some of which are escaped.
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 < 0x7F }) {
            output += string
            output += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    public static func quoted(_ string: String) -> String {
        var output = ""
        appendQuoted(string, to: &output)
        return output
    }
}
