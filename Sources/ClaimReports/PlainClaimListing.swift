import ClaimModel
import ClaimRules

/// A finding's claims as plain lines, for the formats that show text without markup: a
/// GitHub annotation's message and a JUnit test case's output. Each side shows its first few
/// claims and counts the rest (`FindingSides`); the formats differ only in how a line starts
/// and how the evidence is set off, so both come from here.
struct PlainClaimListing {
    /// Put before every claim line and the "and N more" line: "- " or "  ".
    var bullet: String
    /// Put before a claim's quote or statement, under its claim line.
    var continuation: String
    /// How the evidence follows the outlet and date.
    var evidence: EvidenceStyle

    /// A GitHub annotation's message: "- 26 countries — … (a.txt:3)".
    static let annotation = PlainClaimListing(bullet: "- ", continuation: "  ", evidence: .parenthesised)
    /// A JUnit test case's output: "  26 countries — … — a.txt:3".
    static let testOutput = PlainClaimListing(bullet: "  ", continuation: "    ", evidence: .dashed)

    enum EvidenceStyle {
        /// "…, 4 Sep 2025 (a.txt:3)"
        case parenthesised
        /// "…, 4 Sep 2025 — a.txt:3"
        case dashed
    }

    /// The lines, each starting with a newline, so they append to a finding's message.
    func text(_ finding: Finding, in report: Report) -> String {
        var text = ""
        for side in FindingSides(finding, in: report).sides {
            for claim in side.shown {
                let facts = ClaimFacts(claim, of: finding, in: report)
                text += "\n\(bullet)\(facts.value) — \(facts.voice) — \(facts.outlet), \(facts.date)"
                switch evidence {
                case .parenthesised: text += " (\(facts.evidence))"
                case .dashed: text += " — \(facts.evidence)"
                }
                if let quote = facts.quote { text += "\n\(continuation)“\(quote.text)”" }
                if let statement = facts.labelledStatement {
                    text += "\n\(continuation)\(statement.label): \(statement.text)"
                }
            }
            if let hidden = FindingSides.hiddenSentence(side) { text += "\n\(bullet)" + hidden }
        }
        return text
    }
}
