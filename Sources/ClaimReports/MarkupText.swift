/// Escaping for HTML, SVG and XML (JUnit). Every piece of text from a claim file goes
/// through here: a statement is data, never markup.
public enum MarkupText {
    /// Escapes `& < > " '` so the text is safe in element content and in quoted attributes.
    /// Control characters that XML 1.0 forbids (everything below U+0020 but tab, newline and
    /// carriage return) become U+FFFD, so a crafted claim cannot make the file unparseable;
    /// so do C1 controls and bidirectional overrides, which would reorder what an editor sees.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                    || TerminalText.isControl(scalar) {
                    output.unicodeScalars.append("\u{FFFD}")
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// For attribute values, where a raw newline would be normalised away by XML parsers.
    public static func escapeAttribute(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\r", with: "&#13;").replacingOccurrences(of: "\n", with: "&#10;")
    }
}
