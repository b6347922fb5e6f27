/// Escaping for GitHub-flavoured Markdown, used in PR comments. Claim text must read as
/// text: no emphasis, links, tables broken by `|`, or raw HTML (`<script>`) from a statement.
public enum MarkdownText {
    /// Inline text: Markdown punctuation is backslash-escaped, `& < >` become entities (GitHub
    /// renders entities, and raw HTML never reaches the page), and line breaks become spaces
    /// so a statement cannot end a table row or a quote. What GitHub would act on is defused:
    /// `@name` gets a zero-width space after the `@` (no notification to that user), and the
    /// `:` of `://` and the `.` of `www.` are escaped, so no link is made from claim text.
    public static func escape(_ text: String) -> String {
        var output = ""
        var previousWasCarriageReturn = false
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "@":
                output += "@\u{200B}"
            case ":" where scalars[(index + 1)...].starts(with: ["/", "/"]):
                output += "\\:"
            case "." where index >= 3
                    && String(String.UnicodeScalarView(scalars[(index - 3)..<index])).lowercased() == "www":
                output += "\\."
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
                if scalar.value < 0x20 || TerminalText.isControl(scalar) {
                    output.unicodeScalars.append("\u{FFFD}")
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// Inline code, for file names and ids. The fence is one backtick longer than the longest
    /// run inside, so no run of backticks in the text can close the span early (after which
    /// the rest would be read as Markdown and HTML); controls become U+FFFD.
    public static func code(_ text: String) -> String {
        var flat = ""
        flat.unicodeScalars.append(contentsOf: escapeLineBreaks(text).unicodeScalars.map { scalar in
            scalar.value < 0x20 || TerminalText.isControl(scalar) ? "\u{FFFD}" : scalar
        })
        var longestRun = 0, run = 0
        for character in flat.unicodeScalars {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        guard longestRun > 0 else { return "`" + flat.replacingOccurrences(of: "|", with: "\\|") + "`" }
        let fence = String(repeating: "`", count: longestRun + 1)
        return fence + " " + flat.replacingOccurrences(of: "|", with: "\\|") + " " + fence
    }

    static func escapeLineBreaks(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
    }
}
