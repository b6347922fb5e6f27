import ClaimModel

/// `diff --format json` and `--format markdown`: the same comparison for machines and for a
/// pull-request comment.
public enum ReportDiffDocument {
    public static let formatName = "claimcheck-diff"
    public static let formatVersion = 1

    public static func json(_ diff: ReportDiff, old: String, new: String, strict: Bool) -> String {
        JSONWriter.write(.object([
            ("format", .string(formatName)),
            ("version", .number(formatVersion)),
            ("old", .string(old)),
            ("new", .string(new)),
            ("summary", .object([
                ("new", .number(diff.new.count)),
                ("resolved", .number(diff.resolved.count)),
                ("severityChanged", .number(diff.severityChanged.count)),
                ("unchanged", .number(diff.unchanged.count)),
                ("failing", .number(diff.failing(strict: strict).count)),
            ])),
            ("new", .array(diff.new.map(\.json))),
            ("resolved", .array(diff.resolved.map(\.json))),
            ("severityChanged", .array(diff.severityChanged.map { change in
                .object([("from", .string(change.old.severity.rawValue)), ("to", .string(change.new.severity.rawValue)),
                         ("finding", change.new.json)])
            })),
            ("unchanged", .array(diff.unchanged.map { .string($0.fingerprint) })),
        ]))
    }

    public static func markdown(_ diff: ReportDiff, old: String, new: String, strict: Bool) -> String {
        let failing = diff.failing(strict: strict).count
        var output = "## claimcheck diff: \(failing > 0 ? "\(failing) new failing" : "no new failing findings")\n\n"
        output += "Comparing \(MarkdownText.code(old)) with \(MarkdownText.code(new)).\n\n"
        output += "| new | resolved | severity changed | unchanged |\n|---:|---:|---:|---:|\n"
        output += "| \(diff.new.count) | \(diff.resolved.count) | \(diff.severityChanged.count) "
            + "| \(diff.unchanged.count) |\n\n"
        func section(_ title: String, _ rows: [(String, ReportedFinding)]) {
            guard !rows.isEmpty else { return }
            output += "### \(title) (\(rows.count))\n\n"
            for (label, finding) in rows {
                output += "- **\(label)** \(MarkdownText.code(finding.rule)) "
                    + "\(MarkdownText.code(finding.fingerprint)): "
                    + "\(MarkdownText.escape(finding.message))\n"
                for claim in finding.claims {
                    output += "  - \(MarkdownText.code(claim.stableID)) \(MarkdownText.code(claim.value)) "
                        + "at \(MarkdownText.code("\(claim.file):\(claim.line)"))\n"
                }
            }
            output += "\n"
        }
        section("New", diff.new.map { ($0.severity.rawValue, $0) })
        section("Severity changed", diff.severityChanged.map {
            ("\($0.old.severity.rawValue) → \($0.new.severity.rawValue)", $0.new)
        })
        section("Resolved", diff.resolved.map { ($0.severity.rawValue, $0) })
        return String(output.dropLast())
    }
}
