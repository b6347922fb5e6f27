import ClaimModel

/// `diff` for a terminal: new, severity-changed and resolved findings with their claims,
/// the number unchanged, and a verdict line.
public struct ReportDiffText: Sendable {
    public let terminal: TerminalText

    public init(colour: Bool = false) { terminal = TerminalText(colour: colour) }

    public func render(_ diff: ReportDiff, strict: Bool) -> String {
        var output = ""
        if !diff.new.isEmpty {
            output += terminal.styled("New (\(diff.new.count))", .bold) + "\n\n"
            for finding in diff.new {
                output += render(finding, label: terminal.styled("new \(finding.severity.rawValue)", .bold, .red))
            }
        }
        if !diff.severityChanged.isEmpty {
            output += terminal.styled("Severity changed (\(diff.severityChanged.count))", .bold) + "\n\n"
            for change in diff.severityChanged {
                let label = "\(change.old.severity.rawValue) → \(change.new.severity.rawValue)"
                output += render(change.new, label: terminal.styled(label, .bold, .yellow))
            }
        }
        if !diff.resolved.isEmpty {
            output += terminal.styled("Resolved (\(diff.resolved.count))", .bold) + "\n\n"
            for finding in diff.resolved {
                let label = terminal.styled("resolved \(finding.severity.rawValue)", .bold, .green)
                output += render(finding, label: label)
            }
        }
        let failing = diff.failing(strict: strict).count
        output += "\(diff.new.count) new, \(diff.resolved.count) resolved, "
            + "\(diff.severityChanged.count) severity changed, \(diff.unchanged.count) unchanged. "
        output += failing > 0
            ? terminal.styled("diff failed: \(failing) new failing \(failing == 1 ? "finding" : "findings")",
                              .bold, .red) + ".\n"
            : terminal.styled("no new failing findings", .bold, .green) + ".\n"
        return output
    }

    func render(_ finding: ReportedFinding, label: String) -> String {
        var text = "\(label) [\(TerminalText.sanitize(finding.rule))] \(finding.fingerprint) "
            + "\(TerminalText.sanitize(finding.message))\n"
        for claim in finding.claims {
            text += "    \(TerminalText.sanitize(claim.stableID))  \(TerminalText.sanitize(claim.value))  "
            text += terminal.styled(TerminalText.sanitize("\(claim.file):\(claim.line)"), .dim) + "\n"
        }
        return text + "\n"
    }
}
