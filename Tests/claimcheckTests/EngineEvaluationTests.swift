import Foundation
import Testing

/// `claimcheck evaluate --engine`: the rules alone on a news corpus half's gold claims, scored
/// against its expected.json, with the targets as the exit code under --require-targets.
@Suite struct EngineEvaluationTests {
    @Test func theBreakingStoryCasesMeetTheTargets() throws {
        let run = try ToolRunner.run(["evaluate", "--engine", "Tests/NewsCorpus/breaking", "--require-targets"])
        #expect(run.code == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("contradiction: 10 of 10 met (100.0%)"), "\(run.stdout)")
        #expect(run.stdout.contains("update: 3 of 3 met (100.0%)"))
        #expect(run.stdout.hasSuffix("— met\n"))
    }

    /// A half whose expectations the rules cannot meet fails under --require-targets, and
    /// names the expectation that was not met.
    @Test func aMissedContradictionFailsTheTargets() throws {
        let folder = NSTemporaryDirectory() + "claimcheck-engine-half-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let half = folder + "/half"
        try FileManager.default.copyItem(atPath: ToolRunner.packageRoot + "/Tests/NewsCorpus/breaking", toPath: half)
        try FileManager.default.copyItem(atPath: ToolRunner.packageRoot + "/Tests/NewsCorpus/news-attributes.json",
                                         toPath: folder + "/news-attributes.json")
        // Expect a contradiction where the figures agree: 12 then 27 is an update.
        let expected = """
            {"format": "claimcheck-expectations", "version": 1, "expectations": [
              {"kind": "contradiction", "rule": "count-mismatch", "subject": "karsfjord-ferry-fire-2026-03-02",
               "attribute": "death-toll", "event": "karsfjord-ferry-fire-2026-03-02",
               "articles": ["fjordpost-2026-03-02", "coast-daily-2026-03-04"], "why": "planted to fail"}]}
            """
        try expected.write(toFile: half + "/expected.json", atomically: true, encoding: .utf8)
        let run = try ToolRunner.run(["evaluate", "--engine", half, "--require-targets"])
        #expect(run.code == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("contradiction: 0 of 1 met (0.0%)"))
        #expect(run.stdout.contains("contradiction karsfjord-ferry-fire-2026-03-02 · death-toll · "
            + "karsfjord-ferry-fire-2026-03-02"))
        #expect(run.stdout.hasSuffix("— not met\n"))
        // Without --require-targets the score is a report, not a failure.
        #expect(try ToolRunner.run(["evaluate", "--engine", half]).code == 0)
    }

    @Test func aMissingHalfIsBadInput() throws {
        let run = try ToolRunner.run(["evaluate", "--engine", "Tests/NewsCorpus/no-such-half"])
        #expect(run.code == 2)
        #expect(run.stderr.contains("no-such-half"))
    }
}
