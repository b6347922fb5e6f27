import Foundation

/// The names of the tool's temporary files and staging folders:
/// `.<target>.claimcheck-<pid>-<16 hex digits>.<kind>`.
///
/// Why this shape: the random part makes the name unpredictable (the old
/// `.index.bin.<pid>.tmp` let anyone who could write to the working tree plant links at the
/// next few thousand names), the pid says which run owns it, so the next run can tell a
/// leftover of a killed run from the temporary of one still running; and the fixed
/// `claimcheck-` part means the sweep that removes leftovers recognises only names this tool
/// makes. Creation is still `O_CREAT | O_EXCL | O_NOFOLLOW`: the name is never trusted alone.
public struct TemporaryName: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A file being written, renamed over its target when complete.
        case file = "tmp"
        /// A folder being filled, renamed into place or swapped with its target.
        case stage
        /// A target folder swapped out, removed once the new one is in place.
        case old
    }

    public var target: String
    public var pid: Int32
    public var nonce: UInt64
    public var kind: Kind

    public init(for target: String, kind: Kind) {
        self.target = target
        pid = getpid()
        nonce = UInt64.random(in: .min ... .max)
        self.kind = kind
    }

    public var name: String {
        let hex = String(nonce, radix: 16)
        return ".\(target).claimcheck-\(pid)-\(String(repeating: "0", count: 16 - hex.count) + hex).\(kind.rawValue)"
    }

    /// The parts of a name this tool made, or nil for any other name.
    public init?(parsing name: String) {
        guard name.hasPrefix("."), let dot = name.lastIndex(of: "."), dot > name.startIndex,
              let kind = Kind(rawValue: String(name[name.index(after: dot)...])) else { return nil }
        let stem = name[name.index(after: name.startIndex)..<dot]
        guard let marker = stem.range(of: ".claimcheck-", options: .backwards) else { return nil }
        let parts = stem[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 16, let pid = Int32(parts[0]), pid > 0,
              let nonce = UInt64(parts[1], radix: 16), !stem[..<marker.lowerBound].isEmpty else { return nil }
        target = String(stem[..<marker.lowerBound])
        self.pid = pid
        self.nonce = nonce
        self.kind = kind
    }

    /// Whether the run that made this name has ended. A pid reused by another process keeps
    /// the leftover until a later run; nothing is removed while its owner might be writing.
    public var ownerHasEnded: Bool {
        pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }
}
