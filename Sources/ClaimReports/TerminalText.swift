/// Text bound for a terminal: optional ANSI colour, and claim text with control characters
/// neutralised so a crafted claim file cannot move the cursor, recolour or clear the screen
/// of the person reading the report.
public struct TerminalText: Sendable {
    public let colour: Bool

    public init(colour: Bool) { self.colour = colour }

    public enum Style: String, Sendable {
        case bold = "1", dim = "2", red = "31", yellow = "33", cyan = "36", green = "32"
    }

    public func styled(_ text: String, _ styles: Style...) -> String {
        guard colour, !styles.isEmpty else { return text }
        return "\u{1B}[" + styles.map(\.rawValue).joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }

    /// Replaces C0/C1 control characters (ESC above all) with a visible placeholder, and the
    /// bidirectional embedding, override and isolate controls too: an outlet name holding
    /// U+202E would otherwise display the rest of its row, evidence line included, reversed.
    public static func sanitize(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || isControl(scalar) {
                result.unicodeScalars.append("\u{FFFD}")
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// DEL, the C1 controls (U+009B is a one-byte CSI) and the bidirectional embedding,
    /// override and isolate controls: never wanted in a report, whatever its format. C0
    /// controls are left to each format, which treats line breaks differently.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value)
    }

    /// Pads by characters, which lines up the Latin-script names and numbers of the reports.
    public static func pad(_ text: String, to width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }
}
