import Testing
@testable import ClaimReports

/// The linear matcher answers as the backtracking one it replaced, on every small pattern
/// and path over a tiny alphabet, and stays fast on the pattern that stalled the old one.
@Suite struct PathPatternTests {
    /// The old matcher, kept as the reference.
    static func reference(_ pattern: String, _ path: String) -> Bool {
        func folders(_ p: ArraySlice<Substring>, _ n: ArraySlice<Substring>) -> Bool {
            guard let first = p.first else { return n.isEmpty }
            if first == "**" { return (0...n.count).contains { folders(p.dropFirst(), n.dropFirst($0)) } }
            guard let name = n.first, names(Array(first)[...], Array(name)[...]) else { return false }
            return folders(p.dropFirst(), n.dropFirst())
        }
        func names(_ p: ArraySlice<Character>, _ n: ArraySlice<Character>) -> Bool {
            guard let first = p.first else { return n.isEmpty }
            if first == "*" { return (0...n.count).contains { names(p.dropFirst(), n.dropFirst($0)) } }
            if first == "?" { return !n.isEmpty && names(p.dropFirst(), n.dropFirst()) }
            return n.first == first && names(p.dropFirst(), n.dropFirst())
        }
        let p = pattern.split(separator: "/"), n = path.split(separator: "/")
        return folders(p[...], n[...]) || (!pattern.contains("*") && !pattern.contains("?") && n.starts(with: p))
    }

    @Test func agreesWithTheBacktrackingMatcher() {
        var generator = SystemRandomNumberGenerator()
        let patternPieces = ["a", "b", "*", "?", "**", "a*", "*b", "a?b", "*a*"]
        let pathPieces = ["a", "b", "ab", "ba", "aab", "abb"]
        var disagreements: [String] = []
        for _ in 0..<4_000 {
            let pattern = (0..<Int.random(in: 1...4, using: &generator))
                .map { _ in patternPieces.randomElement(using: &generator)! }.joined(separator: "/")
            let path = (0..<Int.random(in: 1...4, using: &generator))
                .map { _ in pathPieces.randomElement(using: &generator)! }.joined(separator: "/")
            if PathPattern(pattern).matches(path) != Self.reference(pattern, path) {
                disagreements.append("\(pattern) ~ \(path)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    @Test func thePatternThatStalledTheOldMatcherIsQuick() {
        let pattern = PathPattern(String(repeating: "**/", count: 300) + String(repeating: "*-", count: 20))
        let path = (0..<40).map { "f\($0)" }.joined(separator: "/") + "/" + String(repeating: "x-", count: 19) + "x"
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(!pattern.matches(path)) }
        #expect(elapsed < .seconds(2))
        #expect(PathPattern("claims/**/*.json").matches("claims/a/b/c.json"))
        #expect(!PathPattern("claims/*.json").matches("claims/a/c.json"))
    }
}
