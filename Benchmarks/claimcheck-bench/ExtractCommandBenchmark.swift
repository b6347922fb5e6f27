import ClaimModel
import ClaimStore
import Foundation

/// `claimcheck-bench extract-command [--megabytes 50] [--files 5000] [--runs 3] [--binary PATH]
/// [--compare PATH] [--claims DIR] [--dir DIR]`: extraction as a user runs it. Writes the
/// benchmark's synthetic articles to disk as files, runs `claimcheck extract ARTICLES --out OUT`
/// as a child process (reading, extracting, writing and committing the claims folder), and
/// prints megabytes of article text per second of wall time and per second of the child's CPU
/// time (user + system, which is "one core" on a busy machine). With `--compare`, a second
/// build runs interleaved with the first, run by run, so both see the same machine, and the
/// two output folders must be byte-identical.
enum ExtractCommandBenchmark {
    static let summary = "claimcheck extract as a command over article files on disk (MB/s wall and CPU)"

    static func run(_ arguments: [String]) -> Int32 {
        var options = BenchmarkOptions(arguments, known: ["--megabytes", "--files", "--runs", "--binary", "--compare",
                                                          "--claims", "--dir"])
        let megabytes = Double(options.string("--megabytes", default: "50")) ?? 50
        let files = max(1, options.int("--files", default: 5000))
        let runs = max(1, options.int("--runs", default: 3))
        let binaries = [options.string("--binary", default: ".build/release/claimcheck")]
            + [options.string("--compare", default: "")].filter { !$0.isEmpty }
        let claims = options.string("--claims", default: "claims")
        let folder = options.string("--dir", default: ".build/extract-command-bench")
        if let problem = options.problem { print("error: \(problem)"); return 64 }
        guard let registry = try? ClaimLoader().load(paths: [claims], requireClaims: false).claimSet else {
            print("error: cannot load the registry in \(claims)")
            return 2
        }
        let articles = folder + "/articles"
        guard let total = writeArticles(megabytes: megabytes, files: files, registry: registry, to: articles) else {
            print("error: cannot write the articles to \(articles)")
            return 2
        }
        var rates = Array(repeating: [(wall: Double, cpu: Double)](), count: binaries.count)
        for run in 1...runs {
            for (index, binary) in binaries.enumerated() {
                let output = "\(folder)/out-\(index)"
                try? FileManager.default.removeItem(atPath: output)
                guard let measured = ChildProcess.run(binary, ["extract", articles, "--out", output,
                                                               "--claims", claims]),
                      measured.status == 0 else {
                    print("error: \(binary) extract failed")
                    return 2
                }
                let rate = (wall: total / 1e6 / measured.wallSeconds, cpu: total / 1e6 / measured.cpuSeconds)
                rates[index].append(rate)
                print("  run \(run) \(binary): \(format(measured.wallSeconds)) s wall, \(format(measured.cpuSeconds)) "
                      + "s CPU, \(format(rate.wall)) MB/s wall, \(format(rate.cpu)) MB/s CPU, peak "
                      + "\(Int(measured.peakMegabytes)) MB")
            }
        }
        for (index, binary) in binaries.enumerated() {
            print("median \(binary): \(format(Statistics.median(rates[index].map(\.wall)))) MB/s wall, "
                  + "\(format(Statistics.median(rates[index].map(\.cpu)))) MB/s CPU (target: 20 MB/s)")
        }
        return binaries.count == 2 ? compareOutputs(folder) : 0
    }

    /// Writes about `megabytes` of articles in about `files` files; returns their total size.
    static func writeArticles(megabytes: Double, files: Int, registry: ClaimSet, to folder: String) -> Double? {
        let bytes = Int(megabytes * 1_000_000)
        // About 105 bytes a sentence in the templates.
        let sentences = max(1, bytes / files / 105)
        let texts = SyntheticArticles.texts(bytes: bytes, registry: registry, sentences: sentences)
        try? FileManager.default.removeItem(atPath: folder)
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil
        else { return nil }
        var total = 0
        for (index, text) in texts.enumerated() {
            let path = "\(folder)/report-\(String(format: "%05d", index)).txt"
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { return nil }
            total += text.utf8.count
        }
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ")
            .prefix(3).joined(separator: " ") ?? "?"
        print("wrote \(texts.count) articles, \(format(Double(total) / 1e6)) MB, to \(folder); load average \(load)")
        return Double(total)
    }

    /// 0 when the two builds wrote the same folder, byte for byte.
    static func compareOutputs(_ folder: String) -> Int32 {
        guard let diff = ChildProcess.run("diff", ["-r", "-q", "\(folder)/out-0", "\(folder)/out-1"]) else {
            return 2
        }
        print(diff.status == 0 ? "outputs identical (diff -r)" : "error: the two builds' outputs differ")
        return diff.status == 0 ? 0 : 1
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
