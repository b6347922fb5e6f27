import Foundation
import ClaimTestSupport

/// `claimcheck-bench generate --claims N --sources M --out DIR --seed S`: writes a synthetic
/// corpus (DIR/claims) and the manifest of its injected contradictions (DIR/manifest.json).
enum GenerateBenchmark {
    static let summary = "write a synthetic corpus with known contradictions"

    static func run(_ arguments: [String]) -> Int32 {
        var options = BenchmarkOptions(arguments, known: ["--claims", "--sources", "--out", "--seed"])
        let claims = options.int("--claims", default: 10_000)
        let parameters = SyntheticCorpus.Parameters(claims: claims,
                                                    sources: options.int("--sources", default: max(2, claims / 100)),
                                                    seed: UInt64(options.int("--seed", default: 1)))
        let folder = options.string("--out", default: "synthetic-corpus")
        if let problem = options.problem {
            print("error: \(problem)\nusage: claimcheck-bench generate --claims N --sources M --out DIR --seed S")
            return 64
        }
        do {
            let corpus = try SyntheticCorpusWriter.generate(parameters, into: folder)
            print("wrote \(corpus.claimCount) claims in \(corpus.sourceFiles.count) sources to \(folder)/claims, "
                  + "\(corpus.injections.count) injected contradictions in \(folder)/manifest.json")
            return 0
        } catch {
            print("error: \(error)")
            return 1
        }
    }
}
