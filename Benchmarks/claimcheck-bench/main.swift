import Foundation

// Benchmarks for release builds: `swift run -c release claimcheck-bench <name> [options]`.
// Each benchmark is one file in this folder and one line in this table.
let benchmarks: [(name: String, summary: String, run: ([String]) -> Int32)] = [
    ("generate", GenerateBenchmark.summary, GenerateBenchmark.run),
    ("phases", PhasesBenchmark.summary, PhasesBenchmark.run),
    ("scale", ScaleBenchmark.summary, ScaleBenchmark.run),
    ("realistic", RealisticBenchmark.summary, RealisticBenchmark.run),
    ("draft", DraftBenchmark.summary, DraftBenchmark.run),
    ("desk", DeskBenchmark.summary, DeskBenchmark.run),
    ("extract", ExtractionThroughput.summary, ExtractionThroughput.run),
    ("extract-command", ExtractCommandBenchmark.summary, ExtractCommandBenchmark.run),
    ("resolve", ResolutionBenchmark.summary, ResolutionBenchmark.run),
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks.first(where: { $0.name == name }) else {
    print("usage: claimcheck-bench <benchmark> [options]\n\nbenchmarks:")
    for benchmark in benchmarks { print("  \(benchmark.name.padding(toLength: 14, withPad: " ", startingAt: 0)) " +
                                        "\(benchmark.summary)") }
    exit(arguments.isEmpty ? 0 : 64)
}
exit(benchmark.run(Array(arguments.dropFirst())))
