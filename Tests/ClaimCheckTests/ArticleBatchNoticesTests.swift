import Foundation
import Testing
import ClaimCheck
import ClaimExtraction
import ClaimModel

/// The check library reports through `CheckNotices`, never to a terminal: progress per
/// article (cleared before a problem is shown and at the end) only when someone watches it,
/// and an unreadable article's problems only when the caller goes on past it.
@Suite struct ArticleBatchNoticesTests {
    /// Everything the batch said, in order.
    final class Heard {
        var lines: [String] = []
    }

    static func notices(_ heard: Heard, watchingProgress: Bool) -> CheckNotices {
        CheckNotices(warning: { heard.lines.append("warning: " + $0) }, note: { heard.lines.append("note: " + $0) },
                     diagnostics: { heard.lines += $0.map { "problem: " + $0.location } },
                     progress: watchingProgress ? { heard.lines.append("progress: " + ($0 ?? "-")) } : nil)
    }

    static func articles() throws -> (folder: String, paths: [String]) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimcheck-batch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let first = folder + "/harbour.txt", second = folder + "/ferry.txt"
        try "The Tollmoor harbour board said 12 boats sailed on Monday.\n".write(toFile: first, atomically: true,
                                                                                  encoding: .utf8)
        try "Brevik ferry staff counted 300 passengers on Tuesday.\n".write(toFile: second, atomically: true,
                                                                             encoding: .utf8)
        return (folder, [first, folder + "/missing.txt", second])
    }

    @Test func progressIsReportedPerArticleAndClearedOnlyWhenWatched() throws {
        let (folder, paths) = try Self.articles()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let heard = Heard()
        var batch = ArticleBatch(registry: ExtractionRegistry(ClaimSet()))
        batch.run(paths, notices: Self.notices(heard, watchingProgress: true))
        #expect(batch.articles.count == 2)
        #expect(batch.failures.count == 1)
        let progress = heard.lines.filter { $0.hasPrefix("progress: [") }
        #expect(progress == paths.enumerated().map { "progress: [\($0.offset + 1)/3] \($0.element)" })
        let problem = try #require(heard.lines.firstIndex { $0.hasPrefix("problem: ") })
        #expect(heard.lines[problem - 1] == "progress: -", "the progress line is cleared before the problem")
        #expect(heard.lines.last == "progress: -")

        let unwatched = Heard()
        var quiet = ArticleBatch(registry: ExtractionRegistry(ClaimSet()))
        quiet.run(paths, reportsFailures: false, notices: Self.notices(unwatched, watchingProgress: false))
        #expect(quiet.failures.count == 1)
        #expect(!unwatched.lines.contains { $0.hasPrefix("progress: ") || $0.hasPrefix("problem: ") })
    }
}
