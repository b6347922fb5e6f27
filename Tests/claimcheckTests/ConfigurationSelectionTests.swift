import Foundation
import Testing

/// `include` and `exclude` choose claim files; they must not change what else is checked.
@Suite("Configured file selection")
struct ConfigurationSelectionTests {
    /// A note kept beside the claims is not a draft: a check with a configuration that
    /// selects files reports what a check without one reports.
    @Test func aNoteInTheClaimsFolderIsNotTakenForADraft() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        try "Reminder: ask AFP about the count.\n".write(toFile: corpus.path("claims/NOTES.txt"), atomically: true,
                                                         encoding: .utf8)
        let plain = try ToolRunner.run(["check", "claims", "--format", "json"], in: corpus.folder)
        #expect(plain.code == 1)
        try #"{"exclude": ["claims/nothing-here"]}"#.write(toFile: corpus.path(".claimcheck.json"), atomically: true,
                                                           encoding: .utf8)
        let configured = try ToolRunner.run(["check", "claims", "--format", "json"], in: corpus.folder)
        #expect(configured.code == plain.code, "\(configured.stderr)")
        #expect(configured.stdout == plain.stdout)
        let timeline = try ToolRunner.run(["timeline", "emmanuel-macron"], in: corpus.folder)
        #expect(timeline.code == 0, "\(timeline.stderr)")
    }
}
