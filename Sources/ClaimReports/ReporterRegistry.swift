/// The output formats `check --format` accepts, in the order help lists them.
public enum ReporterRegistry {
    public static let identifiers = [
        TextReporter.identifier, JSONReporter.identifier,
        MarkdownReporter.identifier, HTMLReporter.identifier, SARIFReporter.identifier,
        JUnitReporter.identifier, GitHubReporter.identifier,
    ]

    public static func reporter(for identifier: String, colour: Bool) -> (any Reporter)? {
        reporter(for: identifier, options: ReporterOptions(colour: colour))
    }

    public static func reporter(for identifier: String, options: ReporterOptions) -> (any Reporter)? {
        switch identifier {
        case TextReporter.identifier: return TextReporter(colour: options.colour)
        case JSONReporter.identifier: return JSONReporter()
        case MarkdownReporter.identifier:
            return MarkdownReporter(maxBytes: options.maxBytes, fullReport: options.fullReport)
        case HTMLReporter.identifier: return HTMLReporter(allTimelines: options.allTimelines)
        case SARIFReporter.identifier: return SARIFReporter(readme: options.readme)
        case JUnitReporter.identifier: return JUnitReporter()
        case GitHubReporter.identifier: return GitHubReporter()
        default: return nil
        }
    }
}

/// What the command line tells the reporters beyond the report itself.
public struct ReporterOptions: Sendable {
    /// ANSI colour in the text report.
    public var colour = false
    /// The Markdown report's size limit in bytes; nil for none.
    public var maxBytes: Int?
    /// Where the full report is, for the Markdown report's line about what it left out.
    public var fullReport = "the same check with `--format text` or `--format html`"
    /// The HTML report draws every timeline, not only those whose values change or conflict.
    public var allTimelines = false
    /// The published README that SARIF rules link to; nil when the run does not know it.
    public var readme: String?

    public init(colour: Bool = false, maxBytes: Int? = nil, allTimelines: Bool = false) {
        self.colour = colour
        self.maxBytes = maxBytes
        self.allTimelines = allTimelines
    }
}
