import ClaimModel
import ClaimRules

/// A report to post as a pull-request comment: a summary table, then each finding with its
/// claims in a table and each claim's words by outlet, file and line; suppressed findings and
/// stale bookkeeping follow in their own sections. All claim text is escaped.
public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    public static let summary = "a pull-request comment: summary table, findings with both sides quoted"
    /// The command line's default `--max-bytes`: under GitHub's 65,536-character limit on a
    /// comment, with room for what a workflow puts around it.
    public static let defaultMaxBytes = 60_000

    /// The report's size at most, in UTF-8 bytes; nil for no limit. Findings that do not fit
    /// are left out whole (errors are kept first), and a last line says how many and where the
    /// full report is, so no table or code span is ever cut.
    public var maxBytes: Int?
    /// Where the whole report is, for that last line: "`claimcheck check claims --format html`".
    public var fullReport: String

    public init(maxBytes: Int? = nil, fullReport: String = "the same check with `--format text` or `--format html`") {
        self.maxBytes = maxBytes
        self.fullReport = fullReport
    }

    /// A heading and the findings under it: the units the size limit keeps or leaves out.
    struct Section {
        var heading: String
        var blocks: [String]
        /// Severity of the findings in it, for the left-out count; nil for bookkeeping.
        var severity: Severity?
    }

    public func generateReport(_ report: Report) -> String {
        let head = header(report)
        var sections: [Section] = []
        for severity in Severity.allCases {
            let findings = report.findings.filter { $0.severity == severity }
            guard !findings.isEmpty else { continue }
            sections.append(Section(heading: "\(severity.heading) (\(findings.count))", blocks: findings.map {
                render($0, label: label($0, in: report), in: report)
            }, severity: severity))
        }
        if !report.suppressed.isEmpty {
            let blocks = report.suppressed.map { item in
                let location = item.suppression.location
                let where_ = location.isEmpty ? "" : " (" + MarkdownText.code(location) + ")"
                return render(item.finding, label: "suppressed", in: report,
                              note: "Reason: \(MarkdownText.escape(item.suppression.reason))\(where_)")
            }
            sections.append(Section(heading: "Suppressed (\(report.suppressed.count))", blocks: blocks))
        }
        for section in StaleNotice.sections(in: report) {
            let list = section.notices.map { notice in
                "- \(MarkdownText.code(notice.location)): \(MarkdownText.escape(notice.text))\n"
            }.joined() + "\n"
            sections.append(Section(heading: "\(section.kind.heading) (\(section.notices.count))", blocks: [list]))
        }
        let tail = report.quotes.absentNote.map { "_Note: \(MarkdownText.escape($0))_\n\n" } ?? ""
        let output = assemble(head, sections, tail: tail)
        return output.hasSuffix("\n\n") ? String(output.dropLast()) : output
    }

    func header(_ report: Report) -> String {
        let summary = report.summary
        var output = "## claimcheck: \(report.fails ? "check failed" : "check passed")\n\n"
        output += "| errors | warnings | notes | failing | claims | sources |"
        var values = "| \(summary.errors) | \(summary.warnings) | \(summary.notes) | \(summary.failing) "
            + "| \(summary.claims) | \(summary.sources) |"
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
        return output
    }

    /// The sections in order, each block kept whole or left out, until the next would not fit
    /// beside the closing line; everything after it is left out too, so what is shown is
    /// always the most severe part of the report.
    func assemble(_ head: String, _ sections: [Section], tail: String) -> String {
        var output = head
        guard let maxBytes else {
            for section in sections { output += "### \(section.heading)\n\n" + section.blocks.joined() }
            return output + tail
        }
        // Room for the closing line, which names at most a few numbers and the full report.
        let reserve = omittedLine(left: [:], bookkeeping: true).utf8.count + 80
        var size = output.utf8.count + tail.utf8.count
        var left: [Severity: Int] = [:]
        var bookkeepingLeft = false
        var full = false
        for section in sections {
            var shown = 0
            for block in section.blocks {
                let heading = shown == 0 ? "### \(section.heading)\n\n" : ""
                let cost = heading.utf8.count + block.utf8.count
                if !full && size + cost + reserve <= maxBytes {
                    output += heading + block
                    size += cost
                    shown += 1
                } else {
                    full = true
                    if let severity = section.severity {
                        left[severity, default: 0] += 1
                    } else {
                        bookkeepingLeft = true
                    }
                }
            }
        }
        output += tail
        if full { output += omittedLine(left: left, bookkeeping: bookkeepingLeft) }
        return output
    }

    /// "**3 findings left out** (1 error, 2 warnings) to keep this report under 60,000 bytes. …"
    func omittedLine(left: [Severity: Int], bookkeeping: Bool) -> String {
        let count = TextReporter.count
        let total = left.values.reduce(0, +)
        var parts: [String] = []
        if let errors = left[.error] { parts.append(count(errors, "error", "errors")) }
        if let warnings = left[.warning] { parts.append(count(warnings, "warning", "warnings")) }
        if let notes = left[.info] { parts.append(count(notes, "note", "notes")) }
        if bookkeeping { parts.append("suppressed and stale entries") }
        let what = total > 0 ? "**\(count(total, "finding", "findings")) left out**" : "**Entries left out**"
        let bytes = FindingSides.grouped(maxBytes ?? 0)
        return "\(what) (\(parts.joined(separator: ", "))) to keep this report under \(bytes) bytes. "
            + "The full report: \(fullReport).\n"
    }

    func label(_ finding: Finding, in report: Report) -> String {
        switch finding.severity {
        case .error: return "error"
        case .warning: return report.isFailing(finding) ? "warning, fails under --strict" : "warning"
        case .info: return "note"
        }
    }

    /// A finding: its message, its claims in a table (at most `FindingSides.defaultLimit` per
    /// side), then each claim's words: the article's in quote marks, the statement labelled.
    func render(_ finding: Finding, label: String, in report: Report, note: String? = nil) -> String {
        var output = "**\(label)** \(MarkdownText.code(finding.ruleID)): \(MarkdownText.escape(finding.message))\n\n"
        if let note { output += note + "\n\n" }
        output += "| | value | said by | outlet, date | where |\n|---|---|---|---|---|\n"
        let sides = FindingSides(finding, in: report)
        var words: [String] = []
        var first = true
        for side in sides.sides {
            for claim in side.shown {
                let fact = ClaimFacts(claim, of: finding, in: report)
                output += "| \(first ? "▸" : "") | \(MarkdownText.escape(fact.value)) "
                output += "| \(MarkdownText.escape(fact.voice)) | \(MarkdownText.escape(fact.outlet)), \(fact.date) "
                output += "| \(MarkdownText.code(fact.evidence)) |\n"
                first = false
                if let line = self.words(fact) { words.append(line) }
            }
            if let hidden = FindingSides.hiddenSentence(side) {
                output += "| | _\(MarkdownText.escape(hidden))_ | | | |\n"
            }
        }
        output += "\n"
        if !words.isEmpty { output += words.joined() + "\n" }
        if let hint = RecheckHint(finding, in: report) { output += "_\(MarkdownText.escape(hint.sentence))_\n\n" }
        return output
    }

    /// "- **AFP**, `afp.txt:3`: “the article's words” (paraphrase: the curator's words)"
    func words(_ fact: ClaimFacts) -> String? {
        var parts: [String] = []
        if let quote = fact.quote { parts.append("“\(MarkdownText.escape(quote.text))”") }
        if let statement = fact.labelledStatement {
            let text = "\(statement.label): \(MarkdownText.escape(statement.text))"
            parts.append(parts.isEmpty ? text : "(\(text))")
        }
        guard !parts.isEmpty else { return nil }
        let place = "**\(MarkdownText.escape(fact.outlet))**, \(MarkdownText.code(fact.evidence))"
        return "- \(place): \(parts.joined(separator: " "))\n"
    }
}
