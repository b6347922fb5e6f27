/// Bookkeeping that has gone stale: a baseline entry nothing matches any more, or a
/// suppression that suppresses nothing. Not a contradiction to fix, but a line to delete; a
/// notice normally and a failure under `--strict`. Worded once here, so every format says
/// the same thing in its own markup.
public struct StaleNotice: Sendable, Equatable {
    public enum Kind: Sendable, CaseIterable {
        case resolved, unusedSuppression

        public var heading: String {
            switch self {
            case .resolved: return "Resolved since the baseline"
            case .unusedSuppression: return "Suppressions that suppress nothing"
            }
        }

        /// One word for the start of a line in text formats.
        public var label: String {
            switch self {
            case .resolved: return "resolved"
            case .unusedSuppression: return "unused"
            }
        }
    }

    public var kind: Kind
    /// One or two sentences, raw: each format escapes.
    public var text: String
    /// Where to act: the baseline file, or the suppression's file and line.
    public var file: String
    public var line: Int?

    public var location: String { line.map { "\(file):\($0)" } ?? file }

    /// Resolved baseline entries first, then unused suppressions, each in report order.
    public static func notices(in report: Report) -> [StaleNotice] {
        var notices: [StaleNotice] = []
        if let baseline = report.baseline {
            for entry in baseline.resolved {
                let times = entry.count > 1 ? " (\(entry.count) times)" : ""
                notices.append(StaleNotice(kind: .resolved,
                    text: "[\(entry.rule)] \(entry.fingerprint)\(times) is no longer found: “\(entry.message)”. "
                        + "Remove it with --write-baseline.",
                    file: baseline.file))
            }
        }
        for suppression in report.unusedSuppressions {
            notices.append(StaleNotice(kind: .unusedSuppression,
                text: "\(suppression.targetDescription) matches no finding (reason given: \(suppression.reason)). "
                    + "Remove the suppression.",
                file: suppression.file, line: suppression.line))
        }
        return notices
    }

    /// The notices grouped under their headings, skipping empty groups.
    public static func sections(in report: Report) -> [(kind: Kind, notices: [StaleNotice])] {
        let all = notices(in: report)
        return Kind.allCases.map { kind in (kind, all.filter { $0.kind == kind }) }.filter { !$0.notices.isEmpty }
    }
}
