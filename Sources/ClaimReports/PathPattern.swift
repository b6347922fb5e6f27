/// A path pattern from the configuration's `include` and `exclude`: `*` matches within one
/// folder name, `**` any number of folders, `?` one character. A pattern without wildcards
/// also matches everything below it, so `claims/drafts` excludes that whole folder.
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String

    public init(_ pattern: String) { self.pattern = Self.normalised(pattern) }

    public var description: String { pattern }

    public func matches(_ path: String) -> Bool {
        let path = Self.normalised(path)
        let patternParts = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let pathParts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if Self.match(patternParts[...], pathParts[...]) { return true }
        // A plain folder name covers what is inside it.
        return !pattern.contains("*") && !pattern.contains("?") && pathParts.starts(with: patternParts)
    }

    static func normalised(_ path: String) -> String {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.hasSuffix("/") && text.count > 1 { text.removeLast() }
        return text
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            for skip in 0...path.count where match(rest, path.dropFirst(skip)) { return true }
            return false
        }
        guard let name = path.first, matchName(Array(first.unicodeScalars)[...], Array(name.unicodeScalars)[...]) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchName(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return name.isEmpty }
        switch first {
        case "*":
            for skip in 0...name.count where matchName(pattern.dropFirst(), name.dropFirst(skip)) { return true }
            return false
        case "?":
            return !name.isEmpty && matchName(pattern.dropFirst(), name.dropFirst())
        default:
            return name.first == first && matchName(pattern.dropFirst(), name.dropFirst())
        }
    }
}
