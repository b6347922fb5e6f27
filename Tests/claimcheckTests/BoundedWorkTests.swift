import Foundation
import Testing

/// Issue 11, cases 5 and 6: work that grew without bound on hostile input. A committed
/// `.claimcheck.json` with a pathological pattern stalled CI (glob matching backtracked), and
/// `sameQuoteAs` chains took time quadratic in their length. Bounds here are generous (a debug
/// build on a shared machine); the old code missed them by minutes.
@Suite("Bounded work")
struct BoundedWorkTests {
    static func timed(_ arguments: [String], in folder: String) throws
        -> (outcome: ToolRunner.Outcome, seconds: Double) {
        let start = Date()
        let outcome = try ToolRunner.run(arguments, in: folder)
        return (outcome, Date().timeIntervalSince(start))
    }

    @Test func aBacktrackingPatternIsMatchedQuickly() throws {
        let folder = CommandLineTests.folder(claims: (0..<20).map { _ in CommandLineTests.claim(12) })
        // 400 × "**/" then 20 × "*-": 1,240 characters, so the limit is raised past it by
        // splitting across two patterns of the same shape under the limit.
        let pattern = String(repeating: "**/", count: 300) + String(repeating: "*-", count: 20)
        folder.write(".claimcheck.json", "{\"include\": [\"\(pattern)\", \"claims/**\"]}\n")
        let (outcome, seconds) = try Self.timed(["check", "claims"], in: folder.path)
        #expect(outcome.code == 0, "\(outcome.stderr)")
        #expect(seconds < 10, "took \(seconds) s")
    }

    @Test func aPatternOverTheLimitIsRefusedWithItsLine() throws {
        let folder = CommandLineTests.folder(claims: [CommandLineTests.claim(12)])
        let pattern = String(repeating: "**/", count: 400) + String(repeating: "*-", count: 20)
        folder.write(".claimcheck.json", "{\"exclude\": [\n\"claims/drafts\",\n\"\(pattern)\"]}\n")
        let outcome = try ToolRunner.run(["check", "claims", "--output", "r.txt"], in: folder.path)
        #expect(outcome.code == 2)
        #expect(outcome.stderr == "error: .claimcheck.json:3: a pattern in \"exclude\" is 1240 characters long; " +
                                  "patterns are limited to 1024\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/r.txt"))
    }

    /// 20,000 claims, each the translation of the one before, in two sources.
    @Test func aLongChainOfTranslationsIsFollowedInLinearTime() throws {
        let folder = ScratchFolder()
        for (name, text) in CommandLineTests.registries { folder.write("claims/" + name, text) }
        for source in 0..<2 {
            var claims: [String] = []
            for index in stride(from: source, to: 20_000, by: 2) {
                let link = index == 0 ? "" : ", \"sameQuoteAs\": \"s\((index - 1) % 2)#c\(index - 1)\""
                claims.append("{\"id\": \"c\(index)\", \"subject\": \"bloc\", \"attribute\": \"members\", \"value\": " +
                              "12, \"event\": \"meeting\", "
                              + "\"evidence\": {\"line\": \(index + 1)}\(link)}")
            }
            folder.write("claims/sources/s\(source).json", """
                {"format": "claimcheck-claims", "version": 1,
                 "source": {"id": "s\(source)", "outlet": "Outlet \(source)", "published": "2024-03-02", "file": \
                "a\(source).txt"},
                 "claims": [\(claims.joined(separator: ",\n"))]}
                """)
        }
        let (outcome, seconds) = try Self.timed(["check", "claims"], in: folder.path)
        #expect(outcome.code == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "0 errors, 0 warnings, 0 notes in 20000 claims from 2 sources. check passed.\n")
        #expect(seconds < 20, "took \(seconds) s")
    }
}
