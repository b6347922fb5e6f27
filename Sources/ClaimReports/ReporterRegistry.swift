/// The output formats `check --format` accepts, in the order help lists them.
public enum ReporterRegistry {
    public static let identifiers = [TextReporter.identifier, JSONReporter.identifier]

    public static func reporter(for identifier: String, colour: Bool) -> (any Reporter)? {
        switch identifier {
        case TextReporter.identifier: return TextReporter(colour: colour)
        case JSONReporter.identifier: return JSONReporter()
        default: return nil
        }
    }
}
