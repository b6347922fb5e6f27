/// "Did you mean …?": the candidate a misspelt name most likely meant, if it is close enough
/// to be a typo. Shared by the command line (options, subcommands) and the files people
/// write by hand (rule and attribute ids in the configuration).
public enum NameSuggestion {
    public static func closest(to name: String, among candidates: [String], maximumDistance: Int = 2) -> String? {
        let scored = candidates.map { ($0, editDistance(name, $0)) }.filter { $0.1 <= maximumDistance }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
