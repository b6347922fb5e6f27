/// `--name value` pairs of a benchmark's command line, with defaults, so every benchmark
/// reads its options the same way.
struct BenchmarkOptions {
    private var values: [String: String] = [:]
    private(set) var problem: String?

    init(_ arguments: [String], known: Set<String>) {
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            // "--help" lands here too: the message lists what the benchmark takes.
            guard known.contains(name) else {
                problem = "unknown option '\(name)'; options: " + known.sorted().joined(separator: " ")
                return
            }
            guard index + 1 < arguments.count else { problem = "option '\(name)' needs a value"; return }
            values[name] = arguments[index + 1]
            index += 2
        }
    }

    func string(_ name: String, default value: String) -> String { values[name] ?? value }

    mutating func int(_ name: String, default value: Int) -> Int {
        guard let text = values[name] else { return value }
        guard let number = Int(text.replacingOccurrences(of: "_", with: "")), number >= 0 else {
            problem = "option '\(name)' needs a whole number, found '\(text)'"
            return value
        }
        return number
    }
}
