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
        if let baseline = report.baseline, !baseline.resolved.isEmpty {
            output += "### Resolved since the baseline (\(summary.resolved))\n\n"
            for entry in baseline.resolved {
                let times = entry.count > 1 ? " (\(entry.count) times)" : ""
                output += "- \(MarkdownText.code(entry.rule)) \(MarkdownText.code(entry.fingerprint))\(times): \(MarkdownText.escape(entry.message))\n"
            }
            output += "\nRemove them from \(MarkdownText.code(baseline.file)) with `claimcheck check --write-baseline`.\n\n"
        }
        if !report.unusedSuppressions.isEmpty {
            output += "### Suppressions that suppress nothing (\(report.unusedSuppressions.count))\n\n"
            for suppression in report.unusedSuppressions {
                output += "- \(MarkdownText.code(suppression.location)): \(MarkdownText.escape(suppression.targetDescription)) "
                output += "matches no finding (reason given: \(MarkdownText.escape(suppression.reason)))\n"
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
