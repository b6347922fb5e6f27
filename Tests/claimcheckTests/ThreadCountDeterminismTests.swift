import Foundation
import Testing

/// Loading (per file) and the rules (per chunk of groups, per run of duplicates) fan out over
/// every core once a corpus is large enough. The report must not depend on that: the JSON
/// report of a generated corpus past those thresholds is byte-identical on one core
/// (`taskset -c 0`) and on all of them.
@Suite("Determinism across thread counts")
struct ThreadCountDeterminismTests {
    static let taskset = "/usr/bin/taskset"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: taskset)
                   && ProcessInfo.processInfo.activeProcessorCount > 1,
                   "needs taskset and more than one core"))
    func theJSONReportIsTheSameOnOneCoreAndOnAll() throws {
        let folder = ScratchFolder()
        let bench = URL(fileURLWithPath: ToolRunner.binary).deletingLastPathComponent()
            .appendingPathComponent("claimcheck-bench").path
        // 12,000 claims in 400 files: past the 10,000 claims at which duplicates are found in
        // parallel and the 64 groups at which the rules are.
        let generated = try ToolRunner.execute(bench, ["generate", "--claims", "12000", "--sources", "400", "--out",
                                                       ".", "--seed", "7"], in: folder.path)
        try #require(generated.code == 0, "\(generated.stdout)")
        let allCores = try ToolRunner.run(["check", "claims", "--format", "json"], in: folder.path)
        let oneCore = try ToolRunner.execute(Self.taskset, ["-c", "0", ToolRunner.binary, "check", "claims", "--format",
                                                            "json"], in: folder.path)
        #expect(allCores.code == 1, "the generated corpus holds injected contradictions")
        #expect(allCores.stdout.contains("\"fingerprint\""))
        #expect(oneCore.code == allCores.code)
        #expect(oneCore.stdout == allCores.stdout, "the report depends on the number of threads")
    }
}
