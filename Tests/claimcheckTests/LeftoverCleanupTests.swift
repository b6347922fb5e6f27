import Foundation
import Testing

/// Issue 11, case 11: temporary files and staging folders of killed runs are removed by the
/// next run that writes into the same folder, and nothing else is: not a name of another
/// pattern, not a link, not a leftover whose run is still going.
@Suite("Leftover cleanup")
struct LeftoverCleanupTests {
    /// A pid no process has now: that of a child that has just ended.
    static func endedPid() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    static func name(_ target: String, pid: Int32, kind: String) -> String {
        ".\(target).claimcheck-\(pid)-00000000deadbeef.\(kind)"
    }

    @Test func aReportRunRemovesOnlyTheTemporaryFilesOfEndedRuns() throws {
        let folder = CommandLineTests.folder(claims: [CommandLineTests.claim(12)])
        let ended = try Self.endedPid()
        let dead = Self.name("r.txt", pid: ended, kind: "tmp")
        let running = Self.name("r.txt", pid: 1, kind: "tmp")
        let deadLink = Self.name("other.txt", pid: ended, kind: "tmp")
        let otherPattern = ".r.txt.tmp.Ab12Cd"
        let deadFolder = Self.name("r.txt", pid: ended, kind: "tmp") + "x"
        folder.write(dead, "half a report")
        folder.write(running, "being written")
        folder.write(otherPattern, "not ours")
        folder.write(deadFolder, "not our name either")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/" + deadLink,
                                                   withDestinationPath: "claims/entities.json")
        let outcome = try ToolRunner.run(["check", "--output", "r.txt"], in: folder.path)
        #expect(outcome.code == 0)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(!names.contains(dead))
        #expect(names.isSuperset(of: [running, otherPattern, deadFolder, deadLink, "r.txt", "claims"]))
        #expect(names.count == 6)
    }

    @Test func anUncommittedStagingFolderIsRemovedWhole() throws {
        let folder = ScratchFolder()
        let ended = try Self.endedPid()
        let stage = Self.name("out", pid: ended, kind: "stage")
        folder.write(stage + "/.claimcheck-staging", "")
        folder.write(stage + "/half.json", "{")
        let outcome = try ToolRunner.run(["extract", ExtractOutputTests.article, "--claims",
                                          ExtractOutputTests.fixtures + "/claims", "--out", "out"],
                                         in: folder.path)
        #expect(outcome.code == 0, "\(outcome.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])
    }

    /// Without the marker, the staging name holds a swapped-out folder: only what the live
    /// folder holds too may go; a file that exists only there is kept.
    @Test func aSwappedOutFolderKeepsWhatExistsNowhereElse() throws {
        let folder = ScratchFolder()
        let ended = try Self.endedPid()
        let stage = Self.name("out", pid: ended, kind: "stage")
        folder.write("out/shared.json", "{}\n")
        folder.write(stage + "/only-here.json", "{\"unique\": true}\n")
        try FileManager.default.linkItem(atPath: folder.path + "/out/shared.json",
                                         toPath: folder.path + "/" + stage + "/shared.json")
        let outcome = try ToolRunner.run(["extract", ExtractOutputTests.article, "--claims",
                                          ExtractOutputTests.fixtures + "/claims", "--out", "out"],
                                         in: folder.path)
        #expect(outcome.code == 0, "\(outcome.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/" + stage) == ["only-here.json"])
    }

    /// A kill between the two renames of the fallback swap leaves no output folder and the
    /// old one under an `.old` name: the next run puts it back first.
    @Test func anOldFolderWithoutItsReplacementIsPutBack() throws {
        let folder = ScratchFolder()
        let ended = try Self.endedPid()
        folder.write(Self.name("out", pid: ended, kind: "old") + "/curated.json", ExtractOutputTests.curated)
        let outcome = try ToolRunner.run(["extract", ExtractOutputTests.article, "--claims",
                                          ExtractOutputTests.fixtures + "/claims", "--out", "out"],
                                         in: folder.path)
        #expect(outcome.code == 0, "\(outcome.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out"))
        #expect(names.isSuperset(of: ["curated.json", "fire-first-report.json"]))
    }
}
