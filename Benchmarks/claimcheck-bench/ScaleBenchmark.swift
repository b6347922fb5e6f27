import Foundation
import ClaimModel
import ClaimTestSupport

/// `claimcheck-bench scale`: load and check generated corpora of growing size with the
/// release `claimcheck` binary, as a user runs it, and report medians of wall time, CPU time
/// and peak memory, claims per second, the growth exponent, and the ratio to `jq empty` on the
/// same files. Every run's report must hold exactly the manifest's injected contradictions.
enum ScaleBenchmark {
    static let summary = "load+check 10k/100k/1M claims vs jq empty (medians)"

    static func run(_ arguments: [String]) -> Int32 {
        var options = BenchmarkOptions(arguments, known: ["--sizes", "--runs", "--seed", "--work"])
        let sizes = options.string("--sizes", default: "10000,100000,1000000").split(separator: ",").compactMap {
            Int($0) }
        let runs = options.int("--runs", default: 5)
        let seed = UInt64(options.int("--seed", default: 1))
        let work = options.string("--work", default: ".build/bench-corpus")
        if let problem = options.problem { print("error: \(problem)"); return 64 }
        guard let claimcheck = BenchmarkBinaries.claimcheck() else { return 1 }
        let jq = ChildProcess.which("jq")
        if jq == nil { print("note: jq not found; the jq column is skipped (apt-get install -y jq)") }

        print("claimcheck check --format json, \(runs) runs each, medians; machine: \(MachineDescription.current)")
        print("size        files      MB   wall s    cpu s  claims/s   peak MB   jq s  ratio")
        var medians: [(size: Int, wall: Double, peak: Double, ratio: Double?)] = []
        for size in sizes {
            guard let corpus = BenchmarkCorpus.prepare(claims: size, seed: seed, under: work) else { return 1 }
            var walls: [Double] = [], cpus: [Double] = [], peaks: [Double] = []
            // One run unmeasured, so the files are in the page cache for every measured one:
            // this VM's memory reclaim (kdamond) drops idle file pages, and a run that reads
            // the 464 MB corpus from disk measures the disk.
            _ = ChildProcess.run(claimcheck, ["check", corpus.claimsFolder, "--format", "json"],
                                 outputPath: corpus.reportPath)
            for _ in 0..<runs {
                guard let measured = ChildProcess.run(claimcheck, ["check", corpus.claimsFolder, "--format", "json"],
                                                      outputPath: corpus.reportPath),
                      measured.status == 1 || measured.status == 0 else {
                    print("error: claimcheck failed on \(corpus.claimsFolder)")
                    return 1
                }
                guard corpus.reportMatchesManifest() else {
                    print("error: the report on \(corpus.claimsFolder) does not hold exactly the injected " +
                          "contradictions")
                    return 1
                }
                walls.append(measured.wallSeconds); cpus.append(measured.cpuSeconds);
                    peaks.append(measured.peakMegabytes)
            }
            var jqTime: Double?
            if let jq {
                let times = (0..<runs).compactMap { _ in corpus.timeJQEmpty(jq) }
                if times.count == runs { jqTime = Statistics.median(times) }
            }
            let wall = Statistics.median(walls)
            let ratio = jqTime.map { wall / $0 }
            medians.append((size, wall, Statistics.median(peaks), ratio))
            print(String(format: "%-9d %7d %7.0f %8.3f %8.3f %9.0f %9.0f %6@ %6@", size, corpus.files.count,
                         corpus.megabytes, wall,
                         Statistics.median(cpus), Double(size) / wall, Statistics.median(peaks),
                         jqTime.map { String(format: "%.3f", $0) } ?? "-", ratio.map { String(format: "%.2f", $0) }
                             ?? "-"))
        }
        if let first = medians.first, let last = medians.last, last.size > first.size {
            let exponent = Statistics.growthExponent(size1: Double(first.size), time1: first.wall,
                                                     size2: Double(last.size), time2: last.wall)
            print(String(format: "growth exponent %d -> %d: %.2f", first.size, last.size, exponent))
        }
        print("every report held exactly the injected contradictions")
        return 0
    }
}

/// A generated corpus kept under the work folder (`.build/bench-corpus` by default, ignored by
/// git), regenerated only when its manifest does not match the size and seed asked for.
struct BenchmarkCorpus {
    var folder: String
    var files: [String]
    var megabytes: Double

    var claimsFolder: String { folder + "/claims" }
    var manifestPath: String { folder + "/manifest.json" }
    var reportPath: String { folder + "/report.json" }

    static func prepare(claims: Int, seed: UInt64, under work: String, sources: Int? = nil) -> BenchmarkCorpus? {
        let folder = "\(work)/claims-\(claims)-seed-\(seed)"
        let parameters = SyntheticCorpus.Parameters(claims: claims, sources: sources ?? max(2, claims / 100),
                                                    seed: seed)
        let manifest = try? JSONParser.parse(InputFiles.read(folder + "/manifest.json"))
        if manifest?["claims"]?.numberValue != Double(claims) || manifest?["seed"]?.numberValue != Double(seed) {
            print("generating \(claims) claims in \(folder) ...")
            do { try SyntheticCorpusWriter.generate(parameters, into: folder) } catch {
                print("error: cannot generate the corpus: \(error)")
                return nil
            }
        }
        guard let files = try? InputFiles.collect(folder + "/claims", extensions: ["json"]) else { return nil }
        let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int)
                                            ?? 0) }
        return BenchmarkCorpus(folder: folder, files: files, megabytes: Double(bytes) / 1_048_576)
    }

    /// Whether the last report's fingerprints are exactly the manifest's.
    func reportMatchesManifest() -> Bool {
        guard let expected = try? SyntheticCorpusWriter.expectedFingerprints(manifestAt: manifestPath),
              let report = try? JSONParser.parse(InputFiles.read(reportPath)) else { return false }
        let found = (report["findings"]?.arrayValue ?? []).compactMap { $0["fingerprint"]?.stringValue }
        return found.sorted() == expected.sorted()
    }

    /// `jq empty` over every file, in batches that fit a command line.
    func timeJQEmpty(_ jq: String) -> Double? {
        var total = 0.0
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(files.count, start + 2000)])
            guard let measured = ChildProcess.run(jq, ["empty"] + batch), measured.status == 0 else { return nil }
            total += measured.wallSeconds
            start += batch.count
        }
        return total
    }
}

/// The release binaries next to this benchmark.
enum BenchmarkBinaries {
    static func claimcheck() -> String? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().path
        let path = folder + "/claimcheck"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            print("error: no claimcheck binary beside the benchmark; run: swift build -c release")
            return nil
        }
        if !folder.contains("release") { print("warning: \(path) is not a release build; figures will be slow") }
        return path
    }
}

/// The machine the figures were taken on, for the README.
enum MachineDescription {
    static var current: String {
        let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuInfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let memory = ProcessInfo.processInfo.physicalMemory / 1_073_741_824
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(model), \(memory) GB"
    }
}
