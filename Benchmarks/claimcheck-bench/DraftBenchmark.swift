import Foundation
import ClaimModel
import ClaimRules

/// `claimcheck-bench draft`: the pre-publication check, one small draft against a big corpus.
/// Runs the whole `claimcheck check CORPUS DRAFT` command as a child process and reports
/// medians: without `--cache` (the record loaded from JSON), the first `--cache` run (which
/// also writes the index, `.claimcheck-cache/index.bin` in the corpus folder), and later
/// `--cache` runs (the index). The indexed report must be byte-identical to the plain one,
/// and the draft's planted contradiction must be found.
enum DraftBenchmark {
    static let summary = "pre-publication check of one draft article against a big corpus (index)"

    static func run(_ arguments: [String]) -> Int32 {
        var options = BenchmarkOptions(arguments, known: ["--claims", "--runs", "--seed", "--work"])
        let claims = options.int("--claims", default: 1_000_000)
        let runs = options.int("--runs", default: 5)
        let seed = UInt64(options.int("--seed", default: 1))
        let work = options.string("--work", default: ".build/bench-corpus")
        if let problem = options.problem { print("error: \(problem)"); return 64 }
        guard let claimcheck = BenchmarkBinaries.claimcheck(),
              let corpus = BenchmarkCorpus.prepare(claims: claims, seed: seed, under: work) else { return 1 }
        let absolute = URL(fileURLWithPath: corpus.folder).standardizedFileURL.path
        let draft = absolute + "/draft.md"
        do { try writeDraft(for: corpus, to: draft) } catch { print("error: \(error)"); return 1 }
        let arguments = ["check", absolute + "/claims", draft, "--format", "json"]

        // The command as an editor runs it, from the corpus folder, where its cache lives.
        let previous = FileManager.default.currentDirectoryPath
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        _ = FileManager.default.changeCurrentDirectoryPath(absolute)
        try? FileManager.default.removeItem(atPath: absolute + "/.claimcheck-cache")
        let report = absolute + "/draft-report.json"
        func timedCheck(_ extra: [String]) -> [ChildProcess.Measurement] {
            (0..<runs).compactMap { _ in ChildProcess.run(claimcheck, arguments + extra + ["--output", report]) }
        }
        let plain = timedCheck([])
        guard let plainReport = try? InputFiles.read(report) else { print("error: no report"); return 1 }
        // The files must have settled (2 s) before the index is trusted by stat.
        Thread.sleep(forTimeInterval: 2.5)
        // The report is written before the index: its modification time says when the
        // editor had the answer, the process's exit when the index was ready too.
        let buildingStarted = Date()
        let building = ChildProcess.run(claimcheck, arguments + ["--cache", "--output", report])
        let reportWritten = (try? FileManager.default.attributesOfItem(atPath: report)[.modificationDate] as? Date)
            .map { $0.timeIntervalSince(buildingStarted) }
        guard FileManager.default.fileExists(atPath: absolute + "/.claimcheck-cache/index.bin") else {
            print("error: no index written"); return 1 }
        let indexed = timedCheck(["--cache"])
        guard let indexedReport = try? InputFiles.read(report) else { print("error: no report"); return 1 }
        guard indexedReport == plainReport else { print("error: the indexed desk check's report differs from the " +
                                                        "plain one"); return 1 }
        guard let parsed = try? JSONParser.parse(indexedReport),
              parsed["findings"]?.arrayValue?.contains(where: {
                  $0["rule"]?.stringValue == "count-mismatch" }) == true else {
            print("error: the draft's contradiction was not found"); return 1
        }

        print("draft article against \(claims) claims, \(runs) runs, medians; machine: \(MachineDescription.current)")
        func line(_ label: String, _ outcomes: [ChildProcess.Measurement]) {
            print(String(format: "%@ %7.3f s wall, %6.3f s CPU, %5.0f MB peak",
                         label.padding(toLength: 46, withPad: " ", startingAt: 0),
                         Statistics.median(outcomes.map(\.wallSeconds)), Statistics.median(outcomes.map(\.cpuSeconds)),
                         Statistics.median(outcomes.map(\.peakMegabytes))))
        }
        line("check CORPUS DRAFT (JSON, no cache)", plain)
        if let building {
            line("check CORPUS DRAFT --cache (writes the index)", [building])
            if let reportWritten { print(String(format: "  of which the report was out after %.3f s; the index was " +
                                                        "written after it", reportWritten)) }
        }
        line("check CORPUS DRAFT --cache (index)", indexed)
        print("reports byte-identical: yes (target 0.5 s for the indexed check)")
        return 0
    }

    /// A dated article whose one sentence extracts into a count that contradicts the record at
    /// an injected contradiction's subject and event.
    static func writeDraft(for corpus: BenchmarkCorpus, to path: String) throws {
        let manifest = try JSONParser.parse(InputFiles.read(corpus.manifestPath))
        let registries = corpus.folder + "/claims/"
        let entities = try JSONParser.parse(InputFiles.read(registries + "entities.json"))["entities"]?.arrayValue ?? []
        let events = try JSONParser.parse(InputFiles.read(registries + "events.json"))["events"]?.arrayValue ?? []
        guard let injected = manifest["injected"]?.arrayValue?.first(where: {
            $0["rule"]?.stringValue == "count-mismatch" }),
              let subject = injected["subject"]?.stringValue, let eventID = injected["event"]?.stringValue,
              let entity = entities.first(where: { $0["id"]?.stringValue == subject }),
                  let name = entity["name"]?.stringValue,
              let event = events.first(where: { $0["id"]?.stringValue == eventID }),
              let eventName = event["name"]?.stringValue, let start = event["start"]?.stringValue else {
            throw CocoaError(.fileReadCorruptFile)
        }
        let text = "---\npublished: \(start)\n---\n\n\(name) pledged troops from 40 countries at the \(eventName).\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
