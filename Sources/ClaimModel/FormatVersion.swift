/// The `"version"` check every claimcheck file shares (claim files, registries, and the
/// baseline, configuration and report files of ClaimReports), so a file from a newer
/// claimcheck is refused in the same words everywhere.
public enum FormatVersion {
    /// Nil when `found` is `supported`; otherwise the message for the line it stands on.
    /// A function with a plain switch, not an inline Optional.map: written inline, this check
    /// crashes the Swift 6.3 optimiser (CopyPropagation) in release builds.
    public static func problem(_ found: JSONValue, of format: String, supported: Int) -> String? {
        let text: String
        switch found.kind {
        case .number(let number):
            if number == Double(supported) { return nil }
            text = JSONWriter.formatNumber(number)
        default:
            text = found.typeDescription
        }
        return "unsupported \"version\" \(text) of \(format); this claimcheck reads version \(supported)"
    }
}
