import Foundation
import ClaimModel

/// `claimcheck-bench desk`: the desk check as an editor runs it against a big record, in its
/// three forms, each the whole `claimcheck check CORPUS DRAFT` command as a child process on
/// files on disk: warm (`--cache`, the index already written), plain (no `--cache`, the record
/// read from JSON) and first (`--cache` with no index: the check, then the index written).
///
/// Why its own benchmark: `draft` uses the synthetic corpus and a one-sentence draft, whose
/// figures say little about a newsroom's archive; the figures of issue 16 are taken on the
/// realistic corpus (`realistic --generate-only 1`) with a real-sized draft. With `--against
/// OTHER` each form of the other build runs right before the same form of this one, so both
/// see the same load on a shared machine, and every report of either build must be
/// byte-identical to every other (the three forms give the same report). Each build has a
/// working folder of its own under `--work` (where its index lives), outside the corpus.
enum DeskBenchmark {
    static let summary = "desk check of a draft against the realistic corpus: warm, plain, first --cache"

    enum Form: String, CaseIterable { case warm, plain, first }

    struct Build {
        var label: String
        var binary: String
        var folder: String
        /// The corpus and the draft as every build is given them, absolute: the reports name the
        /// draft as given, so the same paths make them comparable byte for byte.
        var corpus: String
        var draft: String
        var times: [Form: [ChildProcess.Measurement]] = [:]
    }

    static func run(_ arguments: [String]) -> Int32 {
        var options = BenchmarkOptions(arguments, known: ["--corpus", "--draft", "--runs", "--work", "--claimcheck",
                                                          "--against", "--formats"])
        let corpus = absolute(options.string("--corpus",
                                             default: "/tmp/claimcheck-realistic/realistic-1000000-seed-1/claims"))
        let draftOption = options.string("--draft", default: "")
        let runs = options.int("--runs", default: 3)
        let work = absolute(options.string("--work", default: "/tmp/claimcheck-desk"))
        let binary = options.string("--claimcheck", default: "")
        let against = options.string("--against", default: "")
        let formats = options.string("--formats", default: "json").split(separator: ",").map(String.init)
        if let problem = options.problem { print("error: \(problem)"); return 64 }
        guard !draftOption.isEmpty else { print("error: --draft ARTICLE.md is required"); return 64 }
        guard InputFiles.isFile(draftOption) else { print("error: no draft at \(draftOption)"); return 64 }
        guard FileManager.default.fileExists(atPath: corpus) else {
            print("error: no corpus at \(corpus); generate it with: claimcheck-bench realistic --sizes 1000000 "
                  + "--generate-only 1")
            return 64
        }
        guard let claimcheck = binary.isEmpty ? BenchmarkBinaries.claimcheck() : absolute(binary),
              !formats.isEmpty else { return 1 }
        let draft = absolute(draftOption)
        var builds: [Build] = []
        if !against.isEmpty {
            builds.append(Build(label: "against", binary: absolute(against), folder: work + "/against",
                                corpus: corpus, draft: draft))
        }
        builds.append(Build(label: "this", binary: claimcheck, folder: work + "/this", corpus: corpus, draft: draft))
        print("desk check of \(draft) against \(corpus), \(runs) runs of each form, medians; "
              + "machine: \(MachineDescription.current)")
        for build in builds { print("  \(build.label): \(build.binary)") }

        let previous = FileManager.default.currentDirectoryPath
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        // Unmeasured: the corpus into the page cache, and each build's warm index written.
        for build in builds {
            for form in Form.allCases {
                try? FileManager.default.createDirectory(atPath: folder(build, form), withIntermediateDirectories: true)
            }
            guard check(build, .plain, format: formats[0]) != nil, check(build, .warm, format: formats[0]) != nil,
                  FileManager.default.fileExists(atPath: folder(build, .warm) + "/.claimcheck-cache/index.bin") else {
                print("error: \(build.binary) wrote no index in \(folder(build, .warm))")
                return 1
            }
        }
        for round in 1...max(1, runs) {
            for form in Form.allCases {
                for index in builds.indices {
                    guard let measured = check(builds[index], form, format: formats[0]) else { return 1 }
                    builds[index].times[form, default: []].append(measured)
                }
            }
            guard reportsAgree(builds, format: formats[0]) else { return 1 }
            print("  round \(round) done, load \(MachineLoad.current)")
        }
        // The other formats once each, compared, not timed.
        for format in formats.dropFirst() {
            for form in Form.allCases {
                for build in builds where check(build, form, format: format) == nil { return 1 }
            }
            guard reportsAgree(builds, format: format) else { return 1 }
        }

        for form in Form.allCases {
            for build in builds {
                let times = build.times[form] ?? []
                print(String(format: "%@ %@: wall %.3f s (runs %@), cpu %.3f s (runs %@), peak %.0f MB",
                             form.rawValue.padding(toLength: 5, withPad: " ", startingAt: 0), build.label,
                             Statistics.median(times.map(\.wallSeconds)), list(times.map(\.wallSeconds)),
                             Statistics.median(times.map(\.cpuSeconds)), list(times.map(\.cpuSeconds)),
                             Statistics.median(times.map(\.peakMegabytes))))
            }
        }
        for build in builds {
            func median(_ form: Form, _ value: KeyPath<ChildProcess.Measurement, Double>) -> Double {
                Statistics.median((build.times[form] ?? []).map { $0[keyPath: value] })
            }
            print(String(format: "%@: first / plain %.2f CPU, %.2f wall (target <= 2); warm %.3f s wall "
                                 + "(target 0.3 s)",
                         build.label, median(.first, \.cpuSeconds) / median(.plain, \.cpuSeconds),
                         median(.first, \.wallSeconds) / median(.plain, \.wallSeconds), median(.warm, \.wallSeconds)))
        }
        print("reports byte-identical (\(formats.joined(separator: ", ")); warm, plain and first"
              + (builds.count > 1 ? ", both builds)" : ")"))
        return 0
    }

    static func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    static func folder(_ build: Build, _ form: Form) -> String { build.folder + "/" + form.rawValue }

    static func report(_ build: Build, _ form: Form, format: String) -> String {
        folder(build, form) + "/report." + format
    }

    static func list(_ values: [Double]) -> String { values.map { String(format: "%.2f", $0) }.joined(separator: " ") }

    /// One desk check from the form's folder (where its cache is); the first form's cache is
    /// removed before it. Nil, with a message, when the command failed.
    static func check(_ build: Build, _ form: Form, format: String) -> ChildProcess.Measurement? {
        let folder = folder(build, form)
        if form == .first { try? FileManager.default.removeItem(atPath: folder + "/.claimcheck-cache") }
        _ = FileManager.default.changeCurrentDirectoryPath(folder)
        var arguments = ["check", build.corpus, build.draft, "--format", format, "--output",
                         report(build, form, format: format)]
        if form != .plain { arguments.append("--cache") }
        guard let measured = ChildProcess.run(build.binary, arguments),
              measured.status == 0 || measured.status == 1 else {
            print("error: \(build.binary) \(arguments.joined(separator: " ")) failed in \(folder)")
            return nil
        }
        return measured
    }

    /// Whether every build's report of every form in `format` is the same bytes.
    static func reportsAgree(_ builds: [Build], format: String) -> Bool {
        var first: (path: String, bytes: [UInt8])?
        for build in builds {
            for form in Form.allCases {
                let path = report(build, form, format: format)
                guard let bytes = try? InputFiles.read(path) else { print("error: no report at \(path)"); return false }
                guard let reference = first else { first = (path, bytes); continue }
                guard bytes == reference.bytes else {
                    print("error: \(path) differs from \(reference.path)")
                    return false
                }
            }
        }
        return true
    }
}
