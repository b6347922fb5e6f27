import Foundation
import ClaimModel
import ClaimStore
import ClaimRules
import ClaimReports
import ClaimTestSupport

/// `claimcheck-bench realistic`: `scale` on `RealisticCorpus` (values that differ across
/// events, hot subjects, spread translations, background findings). Per size: the release
/// binary end to end on files on disk (medians of wall, CPU and peak memory), `jq empty` on
/// the same files, the report's size and findings, and, in this process after the timed
/// runs (so their peak memory is not inflated by ours), the screen's kept fraction and the
/// time of each phase. Every planted contradiction must be in every report.
enum RealisticBenchmark {
    static let summary = "load+check realistic corpora (100k/1M/3M) vs jq empty, kept fraction, phases"

    static func run(_ arguments: [String]) -> Int32 {
        let known: Set<String> = ["--sizes", "--runs", "--seed", "--work", "--claimcheck", "--phases",
                                  "--generate-only", "--against"]
        var options = BenchmarkOptions(arguments,
                                       known: known.union(RealisticCorpus.Parameters.optionNames.map(\.name)))
        let sizes = options.string("--sizes", default: "100000,1000000,3000000")
            .split(separator: ",").compactMap { Int($0) }
        let runs = options.int("--runs", default: 3)
        let work = options.string("--work", default: "/tmp/claimcheck-realistic")
        var parameters = RealisticCorpus.Parameters(claims: 0, seed: UInt64(options.int("--seed", default: 1)))
        for option in RealisticCorpus.Parameters.optionNames {
            parameters[keyPath: option.path] = options.int(option.name, default: parameters[keyPath: option.path])
        }
        let phases = options.int("--phases", default: 1) != 0
        let generateOnly = options.int("--generate-only", default: 0) != 0
        if let problem = options.problem { print("error: \(problem)"); return 64 }
        print("realistic corpus: \(parameters.summary)")
        if generateOnly {
            for size in sizes where RealisticCorpusFolder.prepare(claims: size, parameters, under: work) == nil {
                return 1
            }
            return 0
        }
        let binary = options.string("--claimcheck", default: "")
        guard let claimcheck = binary.isEmpty ? BenchmarkBinaries.claimcheck() : binary else { return 1 }
        let jq = ChildProcess.which("jq")
        let against = options.string("--against", default: "")
        print("\(claimcheck) check --format json, \(runs) runs each, medians; machine: \(MachineDescription.current)")
        if !against.isEmpty { print("interleaved with \(against): each run of it right before one of \(claimcheck)") }
        var rows: [(size: Int, wall: Double)] = []
        for size in sizes {
            guard let folder = RealisticCorpusFolder.prepare(claims: size, parameters, under: work),
                  let wall = measure(folder, size: size, runs: runs, claimcheck: claimcheck, jq: jq,
                                     against: against.isEmpty ? nil : against) else { return 1 }
            rows.append((size, wall))
            if phases { RealisticPhases.print(folder.claimsFolder) }
        }
        for (first, second) in zip(rows, rows.dropFirst()) {
            let exponent = Statistics.growthExponent(size1: Double(first.size), time1: first.wall,
                                                     size2: Double(second.size), time2: second.wall)
            print(String(format: "growth exponent %d -> %d: %.2f", first.size, second.size, exponent))
        }
        print("every report held every planted contradiction")
        return 0
    }

    /// The timed runs of one size; the median wall time, or nil when a run failed.
    ///
    /// `against`: another build, run right before each timed run (so both see the same load
    /// on a shared machine, which one build measured after the other did not), its report
    /// compared byte for byte with this build's; its medians are printed first.
    static func measure(_ corpus: BenchmarkCorpus, size: Int, runs: Int, claimcheck: String, jq: String?,
                        against: String? = nil) -> Double? {
        let arguments = ["check", corpus.claimsFolder, "--format", "json"]
        // One unmeasured run brings the files into the page cache (see `scale`).
        _ = ChildProcess.run(claimcheck, arguments, outputPath: corpus.reportPath)
        var walls: [Double] = [], cpus: [Double] = [], peaks: [Double] = []
        var other: (walls: [Double], cpus: [Double], peaks: [Double]) = ([], [], [])
        let otherReport = corpus.reportPath + ".against"
        for _ in 0..<runs {
            if let against {
                guard let measured = ChildProcess.run(against, arguments, outputPath: otherReport),
                      measured.status == 0 || measured.status == 1 else {
                    print("error: \(against) failed on \(corpus.claimsFolder)")
                    return nil
                }
                other.walls.append(measured.wallSeconds); other.cpus.append(measured.cpuSeconds)
                other.peaks.append(measured.peakMegabytes)
            }
            guard let measured = ChildProcess.run(claimcheck, arguments, outputPath: corpus.reportPath),
                  measured.status == 0 || measured.status == 1 else {
                print("error: claimcheck failed on \(corpus.claimsFolder)")
                return nil
            }
            walls.append(measured.wallSeconds); cpus.append(measured.cpuSeconds); peaks.append(measured.peakMegabytes)
            if let against {
                guard let mine = try? InputFiles.read(corpus.reportPath),
                      let theirs = try? InputFiles.read(otherReport), mine == theirs else {
                    print("error: the reports of \(against) and \(claimcheck) differ on \(corpus.claimsFolder)")
                    return nil
                }
            }
        }
        if let against {
            print(String(format: "%d claims, %@: wall %.3f s (runs %@), cpu %.3f s, peak %.0f MB; reports identical",
                         size, against, Statistics.median(other.walls),
                         other.walls.map { String(format: "%.2f", $0) }.joined(separator: " "),
                         Statistics.median(other.cpus), Statistics.median(other.peaks)))
        }
        guard let report = ReportFacts(corpus) else { return nil }
        let jqTime = jq.flatMap { jq -> Double? in
            let times = (0..<runs).compactMap { _ in corpus.timeJQEmpty(jq) }
            return times.count == runs ? Statistics.median(times) : nil
        }
        let wall = Statistics.median(walls)
        print(String(format: "%d claims, %d files, %.0f MB: wall %.3f s (runs %@), cpu %.3f s, peak %.0f MB, jq %@, "
                             + "ratio %@, load %@",
                     size, corpus.files.count, corpus.megabytes, wall,
                     walls.map { String(format: "%.2f", $0) }.joined(separator: " "),
                     Statistics.median(cpus), Statistics.median(peaks),
                     jqTime.map { String(format: "%.3f s", $0) } ?? "-",
                     jqTime.map { String(format: "%.2f", wall / $0) } ?? "-",
                     MachineLoad.current))
        print(String(format: "  report %.1f MB, %d findings, %d claim objects written, version %@",
                     report.megabytes, report.findings, report.claimListings, report.version))
        return report.missing.isEmpty ? wall : {
            print("error: \(report.missing.count) planted contradictions missing from the report, first "
                  + "\(report.missing[0])")
            return nil
        }()
    }
}

/// A realistic corpus under the work folder, regenerated when its size, seed or parameters
/// differ from those asked for (recorded in `parameters.txt` beside the manifest).
enum RealisticCorpusFolder {
    static func prepare(claims: Int, _ parameters: RealisticCorpus.Parameters, under work: String) -> BenchmarkCorpus? {
        var parameters = parameters
        parameters.claims = claims
        let folder = "\(work)/realistic-\(claims)-seed-\(parameters.seed)"
        let recorded = "claims \(claims), seed \(parameters.seed), \(parameters.summary)\n"
        if (try? String(contentsOfFile: folder + "/parameters.txt", encoding: .utf8)) != recorded {
            print("generating \(claims) realistic claims in \(folder) ...")
            do {
                try SyntheticCorpusWriter.write(RealisticCorpus.generate(parameters), to: folder)
                try recorded.write(toFile: folder + "/parameters.txt", atomically: true, encoding: .utf8)
            } catch {
                print("error: cannot generate the corpus: \(error)")
                return nil
            }
        }
        guard let files = try? InputFiles.collect(folder + "/claims", extensions: ["json"]) else { return nil }
        let bytes = files.reduce(0) {
            $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0)
        }
        return BenchmarkCorpus(folder: folder, files: files, megabytes: Double(bytes) / 1_048_576)
    }
}

/// What the last report holds, read by scanning its bytes (a report of hundreds of MB is
/// not worth a tree): its size, version, findings, claim listings, and the planted
/// contradictions it lacks.
struct ReportFacts {
    var megabytes: Double
    var version: String
    var findings: Int
    var claimListings: Int
    var missing: [String]

    init?(_ corpus: BenchmarkCorpus) {
        guard let bytes = try? InputFiles.read(corpus.reportPath),
              let expected = try? SyntheticCorpusWriter.expectedFingerprints(manifestAt: corpus.manifestPath) else {
            return nil
        }
        let text = String(decoding: bytes, as: UTF8.self)
        megabytes = Double(bytes.count) / 1_048_576
        let fingerprints = Self.values(after: "\"fingerprint\": \"", in: text)
        findings = fingerprints.count
        version = text.range(of: "\"version\": ").map { String(text[$0.upperBound...].prefix { $0.isNumber }) } ?? "?"
        // Claim objects written: one per finding that names a claim in version 1, one per
        // claim in version 2.
        claimListings = text.components(separatedBy: "\"source\": ").count - 1
        let found = Set(fingerprints)
        missing = expected.filter { !found.contains($0) }
    }

    static func values(after marker: String, in text: String) -> [String] {
        text.components(separatedBy: marker).dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}

/// The load average, for saying how busy the shared machine was.
enum MachineLoad {
    static var current: String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?"
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}

/// One check's phases in this process, with the screen's kept fraction.
enum RealisticPhases {
    static func print(_ folder: String) {
        var clock = PhaseClock()
        guard let loaded = try? ClaimLoader().load(paths: [folder]) else {
            Swift.print("error: cannot load \(folder)"); return
        }
        let total = loaded.claimSet.claimCount
        clock.lap("load (\(total) claims)")
        let positions = ConflictScreen.candidates(in: loaded.claimSet)
        clock.lap(String(format: "screen (kept %d, %.2f%%)", positions.count,
                         100 * Double(positions.count) / Double(max(1, total))))
        let folded = DuplicateClaims.fold(positions.map { loaded.claimSet.claimList[$0] })
        clock.lap("decode and fold (\(folded.count) left)")
        let groups = RulesEngine.groups(of: folded, attributes: loaded.claimSet.attributes,
                                        events: loaded.claimSet.events)
        clock.lap("group (\(groups.comparison.count) + \(groups.series.count) groups)")
        let findings = RulesEngine().check(loaded.claimSet)
        clock.lap("whole check again (\(findings.count) findings)")
        let json = JSONReporter().generateReport(Report(findings: findings, claimSet: loaded.claimSet))
        clock.lap(String(format: "JSON report (%.1f MB)", Double(json.utf8.count) / 1_048_576))
    }
}
