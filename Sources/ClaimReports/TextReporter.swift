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
        let accepted = report.acceptedFingerprints.contains(finding.fingerprint) ? terminal.styled(" (in baseline)", .dim) : ""
        var text = "\(label) [\(finding.ruleID)]\(accepted) \(TerminalText.sanitize(finding.message))\n"
        let rows = finding.claims.map { row(for: $0, in: report.claimSet) }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for (index, cells) in rows.enumerated() {
            let marker = index == 0 ? "▸" : " "
            let padded = (0..<3).map { TerminalText.pad(cells[$0], to: widths[$0]) }
            text += "  \(marker) \(padded[0])  \(padded[1])  \(padded[2])  \(terminal.styled(cells[3], .dim))\n"
            let statement = finding.claims[index].statement
            if !statement.isEmpty {
                text += "      " + terminal.styled("“\(TerminalText.sanitize(statement))”", .dim) + "\n"
            }
        }
        return text
    }

    /// value | speaker, attribution, modality | outlet, date | evidence
    func row(for claim: Claim, in claimSet: ClaimSet) -> [String] {
        let context = RuleContext(claimSet: claimSet, severity: .info)
        let speaker = claim.speaker == .narrator
            ? "narrator, \(claim.modality.rawValue)"
            : "\(context.speakerName(claim)), \(claim.attribution.label), \(claim.modality.rawValue)"
        let outlet = claimSet.sources[claim.sourceID]?.outlet ?? claim.sourceID
        let date = claimSet.effectiveDate(of: claim)?.humanDescription ?? "undated"
        var evidence = claim.evidence.location
        if !claim.alsoAt.isEmpty {
            evidence += " (also " + claim.alsoAt.map { $0.evidence.file == claim.evidence.file ? "line \($0.evidence.line)" : $0.evidence.location }
                .joined(separator: ", ") + ")"
        }
        return [context.valueText(claim), speaker, "\(outlet), \(date)", evidence].map(TerminalText.sanitize)
    }

    func summaryLine(_ report: Report) -> String {
        let summary = report.summary
        func count(_ number: Int, _ singular: String, _ plural: String) -> String { "\(number) \(number == 1 ? singular : plural)" }
        var parts = [count(summary.errors, "error", "errors"), count(summary.warnings, "warning", "warnings"),
                     count(summary.notes, "note", "notes")].joined(separator: ", ")
        parts += " in \(count(summary.claims, "claim", "claims")) from \(count(summary.sources, "source", "sources"))"
        let verdict = summary.failing > 0
            ? terminal.styled("check failed: \(count(summary.failing, "finding fails", "findings fail"))", .bold, .red)
            : terminal.styled("check passed", .bold, .green)
        return "\(parts). \(verdict)."
    }
}
