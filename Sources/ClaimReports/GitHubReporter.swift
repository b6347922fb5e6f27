import ClaimModel
import ClaimRules

/// GitHub Actions workflow commands: one annotation per finding at its primary claim
/// (`::error`, `::warning`, `::notice`), the other claims in the message, then the
/// suppressed findings and stale bookkeeping in a collapsed log group, then a summary line.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"
    public static let summary = "GitHub Actions annotations (workflow commands)"

    public init() {}

    public func generateReport(_ report: Report) -> String {
        var output = ""
        for finding in report.findings {
            output += annotation(for: finding, in: report)
        }
        let staleLevel = report.strict ? "error" : "notice"
        for notice in StaleNotice.notices(in: report) {
            var properties = [("file", notice.file)]
            if let line = notice.line { properties.append(("line", String(line))) }
            properties.append(("title", "claimcheck: " + notice.kind.heading.lowercased()))
            output += WorkflowCommand.line(staleLevel, properties: properties, message: notice.text)
        }
        if !report.suppressed.isEmpty {
            output += "::group::claimcheck: \(report.suppressed.count) suppressed\n"
            for item in report.suppressed {
                output += "suppressed [\(item.finding.ruleID)] \(WorkflowCommand.escapeData(item.finding.message))"
                output += " (reason: \(WorkflowCommand.escapeData(item.suppression.reason)); "
                    + "\(item.suppression.location))\n"
            }
            output += "::endgroup::\n"
        }
        output += summaryLine(report) + "\n"
        return output
    }

    func annotation(for finding: Finding, in report: Report) -> String {
        let level: String
        switch finding.severity {
        case .error: level = "error"
        case .warning: level = report.isFailing(finding) ? "error" : "warning"
        case .info: level = "notice"
        }
        let primary = finding.claims[0]
        var message = finding.message
        // An annotation is read on the pull request: the first few claims of each side.
        message += PlainClaimListing.annotation.text(finding, in: report)
        return WorkflowCommand.line(level, properties: [
            ("file", report.articles.path(of: primary.evidence)),
            ("line", String(primary.evidence.line)),
            ("title", "claimcheck \(finding.ruleID)"),
        ], message: message)
    }

    /// Plain log text: workflow commands only start at `::`, and the counts contain none.
    func summaryLine(_ report: Report) -> String {
        let summary = report.summary
        let count = TextReporter.count
        let counts = [count(summary.errors, "error", "errors"), count(summary.warnings, "warning", "warnings"),
                      count(summary.notes, "note", "notes")]
        var line = "claimcheck: " + counts.joined(separator: ", ")
        if report.baseline != nil {
            line += ", \(summary.accepted) accepted by the baseline, \(summary.resolved) resolved"
        }
        if summary.suppressed > 0 { line += ", \(summary.suppressed) suppressed" }
        return line + "; \(summary.failing) failing"
    }
}
