import Foundation
import ClaimModel
import ClaimRules

/// `claimcheck-bench draft`: the pre-publication check, one small draft against a big corpus.
/// Measures, in this process and as medians: loading the corpus from JSON, loading it from the
/// cache (`.claimcheck-cache` in the work folder), and load-plus-check of the draft's findings
/// (`RulesEngine.check(_:involvingSources:)`); also the whole `claimcheck check CORPUS DRAFT
/// --cache` command. The draft's planted contradiction must be found.
enum DraftBenchmark {
    static let summary = "pre-publication check of one draft against a big corpus (cache)"

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
        let draft = absolute + "/draft.json"
        let cacheFolder = absolute + "/.claimcheck-cache"
        do { try writeDraft(for: corpus, to: draft) } catch { print("error: \(error)"); return 1 }
        let paths = [absolute + "/claims", draft]

        func timed(_ body: () -> Bool) -> Double? {
            let start = DispatchTime.now().uptimeNanoseconds
            guard body() else { return nil }
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        var found = 0
        func loadAndCheck(_ loaderOptions: ClaimLoader.Options, checkDraft: Bool) -> Bool {
            guard let loaded = try? ClaimLoader(options: loaderOptions).load(paths: paths) else { return false }
            if checkDraft { found = RulesEngine().check(loaded.claimSet, involvingSources: [draftSourceID]).count }
            return true
        }
        try? FileManager.default.removeItem(atPath: cacheFolder)
        let noCache = ClaimLoader.Options()
        let withCache = ClaimLoader.Options(cacheFolder: cacheFolder)
        guard timed({ loadAndCheck(withCache, checkDraft: false) }) != nil else { print("error: cannot load \(paths)"); return 1 }  // fills the cache
        let parse = (0..<runs).compactMap { _ in timed { loadAndCheck(noCache, checkDraft: false) } }
        let cached = (0..<runs).compactMap { _ in timed { loadAndCheck(withCache, checkDraft: false) } }
        let draftCheck = (0..<runs).compactMap { _ in timed { loadAndCheck(withCache, checkDraft: true) } }
        guard found > 0 else { print("error: the draft's contradiction was not found"); return 1 }

        // The command as an editor runs it; its cache is in its working folder.
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(absolute)
        _ = ChildProcess.run(claimcheck, ["check"] + paths + ["--format", "json", "--cache"])
        let command = (0..<runs).compactMap { _ in ChildProcess.run(claimcheck, ["check"] + paths + ["--format", "json", "--cache"]) }
        _ = FileManager.default.changeCurrentDirectoryPath(previous)

        print("draft of 3 claims against \(claims) claims, \(runs) runs, medians; machine: \(MachineDescription.current)")
        print(String(format: "load from JSON (fast decoder)          %7.3f s", Statistics.median(parse)))
        print(String(format: "load from the cache                    %7.3f s", Statistics.median(cached)))
        print(String(format: "load from the cache + draft's findings %7.3f s  (target 0.5 s)", Statistics.median(draftCheck)))
        print(String(format: "claimcheck check CORPUS DRAFT (all findings, cache) %7.3f s wall, %.0f MB peak",
                     Statistics.median(command.map(\.wallSeconds)), Statistics.median(command.map(\.peakMegabytes))))
        return 0
    }

    static let draftSourceID = "draft-under-review"

    /// Three claims about a corpus subject: two agree with the record, one contradicts the
    /// count an injected contradiction's subject already has.
    static func writeDraft(for corpus: BenchmarkCorpus, to path: String) throws {
        let manifest = try JSONParser.parse(InputFiles.read(corpus.manifestPath))
        guard let injected = manifest["injected"]?.arrayValue?.first(where: { $0["rule"]?.stringValue == "count-mismatch" }),
              let subject = injected["subject"]?.stringValue, let event = injected["event"]?.stringValue else {
            throw CocoaError(.fileReadCorruptFile)
        }
        func claim(_ id: String, _ value: JSONValue, line: Int) -> JSONValue {
            .object([("id", .string(id)), ("subject", .string(subject)), ("attribute", .string("troop-pledge-countries")),
                     ("value", value), ("unit", .string("countries")), ("speaker", .string("narrator")),
                     ("attribution", .string("narrator")), ("modality", .string("asserted")), ("event", .string(event)),
                     ("statement", .string("Draft sentence \(line).")), ("evidence", .object([("line", .number(line))]))])
        }
        let document = JSONValue.object([
            ("format", .string("claimcheck-claims")), ("version", .number(1)),
            ("source", .object([("id", .string(draftSourceID)), ("outlet", .string("Our desk")), ("published", .string("2026-01-01")),
                                ("file", .string("draft.md"))])),
            ("claims", .array([claim("agrees-26", .number(26), line: 1), claim("at-least-20", .object([("min", .number(20)), ("max", .null)]), line: 2),
                               claim("says-40", .number(40), line: 3)])),
        ])
        try Data(JSONWriter.write(document).utf8).write(to: URL(fileURLWithPath: path))
    }
}
