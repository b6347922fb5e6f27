import ClaimModel
import ClaimRules

/// A report to post as a pull-request comment: a summary table, then each finding with its
/// claims in a table and each side quoted by outlet, file and line; suppressed findings and
/// stale bookkeeping follow in their own sections. All claim text is escaped.
public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    public static let summary = "a pull-request comment: summary table, findings with both sides quoted"

    public init() {}

    public func generateReport(_ report: Report) -> String {
        let summary = report.summary
        var output = "## claimcheck: \(report.fails ? "check failed" : "check passed")\n\n"
        output += "| errors | warnings | notes | failing | claims | sources |"
        var values = "| \(summary.errors) | \(summary.warnings) | \(summary.notes) | \(summary.failing) | \(summary.claims) | \(summary.sources) |"
        var rule = "|---:|---:|---:|---:|---:|---:|"
        if report.baseline != nil {
            output += " accepted by baseline | resolved |"
            values += " \(summary.accepted) | \(summary.resolved) |"
            rule += "---:|---:|"
        }
        if !report.suppressed.isEmpty || !report.unusedSuppressions.isEmpty {
            output += " suppressed |"
            values += " \(summary.suppressed) |"
            rule += "---:|"
        }
        output += "\n" + rule + "\n" + values + "\n\n"
        if report.findings.isEmpty { output += "No findings.\n\n" }

        for severity in Severity.allCases {
            let findings = report.findings.filter { $0.severity == severity }
            guard !findings.isEmpty else { continue }
            output += "### \(severity.heading) (\(findings.count))\n\n"
            for finding in findings { output += render(finding, label: label(finding, in: report), in: report) }
        }
        if !report.suppressed.isEmpty {
            output += "### Suppressed (\(report.suppressed.count))\n\n"
            for item in report.suppressed {
                let where_ = item.suppression.location.isEmpty ? "" : " (" + MarkdownText.code(item.suppression.location) + ")"
                output += render(item.finding, label: "suppressed", in: report,
                                 note: "Reason: \(MarkdownText.escape(item.suppression.reason))\(where_)")
            }
        }
        for section in StaleNotice.sections(in: report) {
            output += "### \(section.kind.heading) (\(section.notices.count))\n\n"
            for notice in section.notices {
                output += "- \(MarkdownText.code(notice.location)): \(MarkdownText.escape(notice.text))\n"
            }
            output += "\n"
        }
        return output.hasSuffix("\n\n") ? String(output.dropLast()) : output
    }

    func label(_ finding: Finding, in report: Report) -> String {
        switch finding.severity {
        case .error: return "error"
        case .warning: return report.isFailing(finding) ? "warning, fails under --strict" : "warning"
        case .info: return "note"
        }
    }

    func render(_ finding: Finding, label: String, in report: Report, note: String? = nil) -> String {
        var output = "**\(label)** \(MarkdownText.code(finding.ruleID)): \(MarkdownText.escape(finding.message))\n\n"
        if let note { output += note + "\n\n" }
        output += "| | value | said by | outlet, date | where |\n|---|---|---|---|---|\n"
        let facts = finding.claims.map { ClaimFacts($0, in: report.claimSet) }
        for (index, claim) in finding.claims.enumerated() {
            let fact = facts[index]
            output += "| \(index == 0 ? "▸" : "") | \(MarkdownText.escape(fact.value)) | \(MarkdownText.escape(fact.voice)) "
            output += "| \(MarkdownText.escape(fact.outlet)), \(fact.date) | \(MarkdownText.code(report.articles.path(of: claim.evidence) + ":\(claim.evidence.line)")) |\n"
        }
        output += "\n"
        for (index, claim) in finding.claims.enumerated() where !facts[index].statement.isEmpty {
            output += "> **\(MarkdownText.escape(facts[index].outlet))**, \(MarkdownText.code(claim.evidence.file)) line \(claim.evidence.line): "
            output += "“\(MarkdownText.escape(facts[index].statement))”\n>\n"
        }
        if output.hasSuffix(">\n") { output.removeLast(2) }
        return output + "\n"
    }
}
