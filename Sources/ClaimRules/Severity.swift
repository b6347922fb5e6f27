/// How much a finding matters. Errors fail a check; warnings fail it under `--strict`; info
/// findings (notes) never fail it.
public enum Severity: String, Sendable, CaseIterable, Comparable, Hashable {
    case error, warning, info

    /// Most severe first, the order reports list them in.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .info: return 2
        }
    }

    /// Plural heading used by the reports: "Errors", "Warnings", "Notes".
    public var heading: String {
        switch self {
        case .error: return "Errors"
        case .warning: return "Warnings"
        case .info: return "Notes"
        }
    }
}
