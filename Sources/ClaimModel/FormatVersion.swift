/// The `"version"` check every claimcheck file shares (claim files, registries, and the
/// baseline, configuration and report files of ClaimReports), so a file from a newer
/// claimcheck is refused in the same words everywhere.
public enum FormatVersion {
    /// Nil when `found` is `supported`; otherwise the message for the line it stands on.
    /// A function with a plain switch, not an inline Optional.map: written inline, this check
    /// crashes the Swift 6.3 optimiser (CopyPropagation) in release builds.
    public static func problem(_ found: JSONValue, of format: String, supported: Int) -> String? {
        problem(found, of: format, supported: supported...supported)
    }

    /// The same for a format read in several versions (the JSON report: 1 and 2).
    public static func problem(_ found: JSONValue, of format: String, supported: ClosedRange<Int>) -> String? {
        let text: String
        switch found.kind {
        case .number(let number):
            if number.rounded() == number, number >= Double(supported.lowerBound),
                number <= Double(supported.upperBound) {
                return nil
            }
            text = JSONWriter.formatNumber(number)
        default:
            text = found.typeDescription
        }
        let versions = supported.count == 1 ? "version \(supported.lowerBound)"
            : supported.count == 2 ? "versions \(supported.lowerBound) and \(supported.upperBound)"
            : "versions \(supported.lowerBound) to \(supported.upperBound)"
        return "unsupported \"version\" \(text) of \(format); this claimcheck reads \(versions)"
    }
}
