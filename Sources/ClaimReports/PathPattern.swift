/// A path pattern from the configuration's `include` and `exclude`: `*` matches within one
/// folder name, `**` any number of folders, `?` one character. A pattern without wildcards
/// also matches everything below it, so `claims/drafts` excludes that whole folder.
///
/// Matching takes time linear in the path's length for a given pattern: the recursive
/// matcher this replaces backtracked, and a committed `.claimcheck.json` with `**/` × 400
/// then `*-` × 20 stalled CI for over a minute. Folders are matched as a set of positions in
/// the pattern (a `**` stays and also steps on), so no path is walked twice; a name is matched
/// with the two-pointer wildcard scan, which returns to the last `*` only. Patterns are also
/// limited in length (`maximumLength`), so the work per path is bounded outright.
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    /// Folder names of the pattern, runs of `**` taken as one.
    let parts: [[Unicode.Scalar]]

    /// Longer patterns are refused in the configuration, with their line.
    public static let maximumLength = 1_024

    public init(_ pattern: String) {
        self.pattern = Self.normalised(pattern)
        var parts: [[Unicode.Scalar]] = []
        for part in self.pattern.split(separator: "/", omittingEmptySubsequences: true) {
            let scalars = Array(part.unicodeScalars)
            if scalars == Self.anyFolders && parts.last == Self.anyFolders { continue }
            parts.append(scalars)
        }
        self.parts = parts
    }

    static let anyFolders: [Unicode.Scalar] = ["*", "*"]

    public var description: String { pattern }

    public func matches(_ path: String) -> Bool {
        let pathParts = Self.normalised(path).split(separator: "/", omittingEmptySubsequences: true)
            .map { Array($0.unicodeScalars) }
        if matchesFolders(pathParts) { return true }
        // A plain folder name covers what is inside it.
        return !pattern.contains("*") && !pattern.contains("?") && pathParts.starts(with: parts)
    }

    static func normalised(_ path: String) -> String {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.hasSuffix("/") && text.count > 1 { text.removeLast() }
        return text
    }

    /// Positions in `parts` reachable after each folder name of the path.
    func matchesFolders(_ path: [[Unicode.Scalar]]) -> Bool {
        var current = [Bool](repeating: false, count: parts.count + 1)
        current[0] = true
        closeOverAnyFolders(&current)
        for name in path {
            var next = [Bool](repeating: false, count: parts.count + 1)
            var any = false
            for position in 0..<parts.count where current[position] {
                if parts[position] == Self.anyFolders {
                    next[position] = true
                    any = true
                } else if Self.matchName(parts[position], name) {
                    next[position + 1] = true
                    any = true
                }
            }
            guard any else { return false }
            closeOverAnyFolders(&next)
            current = next
        }
        return current[parts.count]
    }

    /// A `**` may match no folder at all: standing before it is standing after it too.
    func closeOverAnyFolders(_ positions: inout [Bool]) {
        for position in 0..<parts.count where positions[position] && parts[position] == Self.anyFolders {
            positions[position + 1] = true
        }
    }

    /// `*` and `?` within one name: the classic scan that, on a mismatch, resumes after the
    /// last `*` with one more character given to it. Linear for a pattern without `*`, and
    /// at most pattern × name steps otherwise.
    static func matchName(_ pattern: [Unicode.Scalar], _ name: [Unicode.Scalar]) -> Bool {
        var p = 0, n = 0
        var star: Int?, resume = 0
        while n < name.count {
            if p < pattern.count && (pattern[p] == "?" || (pattern[p] != "*" && pattern[p] == name[n])) {
                p += 1; n += 1
            } else if p < pattern.count && pattern[p] == "*" {
                star = p; resume = n; p += 1
            } else if let star {
                p = star + 1; resume += 1; n = resume
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
