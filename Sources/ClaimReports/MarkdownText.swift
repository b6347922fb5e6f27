/// Escaping for GitHub-flavoured Markdown, used in PR comments. Claim text must read as
/// text: no emphasis, links, tables broken by `|`, or raw HTML (`<script>`) from a statement.
public enum MarkdownText {
    /// Inline text: Markdown punctuation is backslash-escaped, `& < >` become entities (GitHub
    /// renders entities, and raw HTML never reaches the page), and line breaks become spaces
    /// so a statement cannot end a table row or a quote.
    public static func escape(_ text: String) -> String {
        var output = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!":
                output += "\\"
                output.unicodeScalars.append(scalar)
            case "\n" where previousWasCarriageReturn:
                continue
            case "\r", "\n", "\u{2028}", "\u{2029}":
                output += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    output.unicodeScalars.append("\u{FFFD}")
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// Inline code, for file names and ids; backticks inside widen the fence.
    public static func code(_ text: String) -> String {
        let flat = escapeLineBreaks(text)
        let fence = flat.contains("`") ? "`` " : "`"
        let closing = flat.contains("`") ? " ``" : "`"
        return fence + flat.replacingOccurrences(of: "|", with: "\\|") + closing
    }

    static func escapeLineBreaks(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}
