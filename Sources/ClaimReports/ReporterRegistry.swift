/// The output formats `check --format` accepts, in the order help lists them.
public enum ReporterRegistry {
    public static let identifiers = [
        TextReporter.identifier, JSONReporter.identifier,
        MarkdownReporter.identifier, HTMLReporter.identifier, SARIFReporter.identifier,
        JUnitReporter.identifier, GitHubReporter.identifier,
    ]

    public static func reporter(for identifier: String, colour: Bool) -> (any Reporter)? {
        switch identifier {
        case TextReporter.identifier: return TextReporter(colour: colour)
        case JSONReporter.identifier: return JSONReporter()
        case MarkdownReporter.identifier: return MarkdownReporter()
        case HTMLReporter.identifier: return HTMLReporter()
        case SARIFReporter.identifier: return SARIFReporter()
        case JUnitReporter.identifier: return JUnitReporter()
        case GitHubReporter.identifier: return GitHubReporter()
        default: return nil
        }
    }
}
