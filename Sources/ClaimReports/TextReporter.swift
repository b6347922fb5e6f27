import ClaimModel
import ClaimRules

/// The report a person reads in a terminal: findings grouped by severity, each with its rule,
/// a one-sentence message and the claims side by side, then a summary line.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public static let summary = "findings grouped by severity, claims side by side (default)"

    public let terminal: TerminalText

    public init(colour: Bool = false) { self.terminal = TerminalText(colour: colour) }

    public func generateReport(_ report: Report) -> String {
        var output = ""
        for severity in Severity.allCases {
            let findings = report.findings.filter { $0.severity == severity }
            guard !findings.isEmpty else { continue }
            output += terminal.styled("\(severity.heading) (\(findings.count))", .bold) + "\n\n"
            for finding in findings { output += render(finding, in: report) + "\n" }
        }
        output += bookkeeping(report)
        if let note = report.quotes.absentNote { output += "Note: " + TerminalText.sanitize(note) + "\n\n" }
        output += summaryLine(report) + "\n"
        return output
    }

    func render(_ finding: Finding, in report: Report) -> String {
        let label: String
        switch finding.severity {
        case .error: label = terminal.styled("error", .bold, .red)
        case .warning: label = terminal.styled("warning", .bold, .yellow)
        case .info: label = terminal.styled("note", .bold, .cyan)
        }
        var text = "\(label) [\(finding.ruleID)] \(TerminalText.sanitize(finding.message))\n"
            + claimRows(finding, in: report)
        if let hint = RecheckHint(finding, in: report) {
            text += "  " + terminal.styled(TerminalText.sanitize(hint.sentence), .bold) + "\n"
        }
        return text
    }

    /// The claims side by side, at most `FindingSides.defaultLimit` per value; under each, the
    /// article's words in quote marks when the article is at hand, and the statement labelled
    /// for what it is (a paraphrase, or a generated description), never in quote marks.
    func claimRows(_ finding: Finding, in report: Report) -> String {
        var text = ""
        let sides = FindingSides(finding, in: report)
        let facts = sides.shown.map { ClaimFacts($0, of: finding, in: report) }
        let rows = facts.map(row)
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var index = 0
        for side in sides.sides {
            for _ in side.shown {
                let marker = index == 0 ? "▸" : " "
                let cells = rows[index]
                let padded = (0..<3).map { TerminalText.pad(cells[$0], to: widths[$0]) }
                text += "  \(marker) \(padded[0])  \(padded[1])  \(padded[2])  \(terminal.styled(cells[3], .dim))\n"
                if let quote = facts[index].quote {
                    text += "      " + terminal.styled("“\(TerminalText.sanitize(quote.text))”", .dim) + "\n"
                }
                if let statement = facts[index].labelledStatement {
                    let words = "\(statement.label): \(TerminalText.sanitize(statement.text))"
                    text += "      " + terminal.styled(words, .dim) + "\n"
                }
                index += 1
            }
            if let hidden = FindingSides.hiddenSentence(side) { text += "    " + TerminalText.sanitize(hidden) + "\n" }
        }
        return text
    }

    /// value | speaker, attribution, modality | outlet, date | evidence
    func row(_ facts: ClaimFacts) -> [String] {
        [facts.value, facts.voice, "\(facts.outlet), \(facts.date)", facts.evidenceWithRepeats]
            .map(TerminalText.sanitize)
    }

    /// Suppressed findings, resolved baseline entries and suppressions that suppress nothing:
    /// listed apart from the findings, because none of them is a contradiction to fix now.
    func bookkeeping(_ report: Report) -> String {
        var output = ""
        if !report.suppressed.isEmpty {
            output += terminal.styled("Suppressed (\(report.suppressed.count))", .bold) + "\n\n"
            for item in report.suppressed {
                let suppression = item.suppression
                output += "\(terminal.styled("suppressed", .bold, .dim)) [\(item.finding.ruleID)] "
                    + "\(TerminalText.sanitize(item.finding.message))\n"
                output += "  reason: \(TerminalText.sanitize(suppression.reason)) "
                    + "(\(suppression.targetDescription), \(suppression.location))\n"
                output += claimRows(item.finding, in: report) + "\n"
            }
        }
        for section in StaleNotice.sections(in: report) {
            output += terminal.styled("\(section.kind.heading) (\(section.notices.count))", .bold) + "\n\n"
            for notice in section.notices {
                let label = terminal.styled(section.kind.label, .bold, section.kind == .resolved ? .green : .yellow)
                output += "\(label) \(TerminalText.sanitize(notice.location)): \(TerminalText.sanitize(notice.text))\n"
            }
            output += "\n"
        }
        return output
    }

    func summaryLine(_ report: Report) -> String {
        let summary = report.summary
        var parts = [Self.count(summary.errors, "error", "errors"), Self.count(summary.warnings, "warning", "warnings"),
                     Self.count(summary.notes, "note", "notes")].joined(separator: ", ")
        parts += " in \(Self.count(summary.claims, "claim", "claims")) "
            + "from \(Self.count(summary.sources, "source", "sources"))"
        var extras: [String] = []
        if report.baseline != nil { extras.append("\(summary.accepted) accepted by the baseline") }
        if summary.suppressed > 0 { extras.append("\(summary.suppressed) suppressed") }
        if summary.resolved > 0 { extras.append("\(summary.resolved) resolved") }
        if !report.unusedSuppressions.isEmpty {
            extras.append(Self.count(report.unusedSuppressions.count, "unused suppression", "unused suppressions"))
        }
        if !extras.isEmpty { parts += " (" + extras.joined(separator: ", ") + ")" }
        return "\(parts). \(verdict(report))."
    }

    func verdict(_ report: Report) -> String {
        let summary = report.summary
        if summary.failing > 0 {
            return terminal.styled("check failed: \(Self.count(summary.failing, "finding fails", "findings fail"))",
                                   .bold, .red)
        }
        if report.fails {
            let stale = Self.count(report.staleEntries, "stale entry", "stale entries")
            return terminal.styled("check failed under --strict: \(stale)", .bold, .red)
        }
        return terminal.styled("check passed", .bold, .green)
    }

    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}
