/// The rule catalog in words, for `claimcheck rules` and the README (a test keeps the README
/// in step with it).
public enum RuleCatalog {
    public static func text() -> String {
        var text = ""
        for rule in RuleRegistry.all {
            let d = rule.description
            text += "\(d.id) (\(d.defaultSeverity.rawValue), per \(d.scope.rawValue))\n"
            text += "  \(d.name): \(d.summary)\n"
            text += "  Why: \(d.rationale)\n"
            text += "  Fires on:\n" + d.triggeringExamples.map { "    + \($0.summary)\n" }.joined()
            text += "  Stays quiet on:\n" + d.nonTriggeringExamples.map { "    - \($0.summary)\n" }.joined()
            text += "\n"
        }
        return text
    }

    public static func markdown() -> String {
        var text = "| rule | severity | fires when |\n|---|---|---|\n"
        for rule in RuleRegistry.all {
            let d = rule.description
            text += "| `\(d.id)` | \(d.defaultSeverity.rawValue) | \(d.summary) |\n"
        }
        text += "\n"
        for rule in RuleRegistry.all {
            let d = rule.description
            // A heading per rule gives it an anchor (#count-mismatch), which SARIF's helpUri links to.
            text += "#### `\(d.id)`\n\n\(d.rationale)\n\n"
            text += d.triggeringExamples.map { "- fires: \($0.summary)\n" }.joined()
            text += d.nonTriggeringExamples.map { "- quiet: \($0.summary)\n" }.joined()
            text += "\n"
        }
        return text
    }
}
