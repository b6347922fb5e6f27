import Foundation
import Testing

/// Issue 11, case 1: links planted where the tool writes. The index's temporary file used to be
/// `.claimcheck-cache/.index.bin.<pid>.tmp`, opened without O_EXCL or O_NOFOLLOW: links planted
/// at the next few thousand such names made `check --cache` write the index through one of
/// them into a claim file. Now no planted link is written through, none is removed (it is not
/// the tool's to remove), and the claims stay byte for byte as they were.
@Suite("Planted links")
struct PlantedLinkTests {
    /// The pid the next process will get, as far as the kernel says (Linux), else our own.
    static func predictedPid() -> Int {
        let text = (try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8)) ?? ""
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)).map { $0 + 1 } ?? Int(getpid())
    }

    @Test func linksPlantedAroundTheIndexTemporaryNameAreNeitherFollowedNorRemoved() throws {
        let folder = ScratchFolder()
        let bench = URL(fileURLWithPath: ToolRunner.binary).deletingLastPathComponent()
            .appendingPathComponent("claimcheck-bench").path
        // 20,000 claims: the smallest record the index is written for.
        let generated = try ToolRunner.execute(bench, ["generate", "--claims", "20000", "--sources", "200", "--out",
                                                       ".", "--seed", "5"], in: folder.path)
        try #require(generated.code == 0, "\(generated.stdout)")
        folder.write("draft.md", try DeskCheckIndexTests.contradictingDraft(in: folder.path))
        let victim = try #require(try FileManager.default.subpathsOfDirectory(atPath: folder.path + "/claims/sources")
            .filter { $0.hasSuffix(".json") }.sorted().first)
        let claimsBefore = FolderState.of(folder.path + "/claims")

        // The index vouches only for files that settled before the load began: wait past it.
        Thread.sleep(forTimeInterval: 3.2)
        // Links at the old name for 4,000 pids around the next one, and at the new pattern's
        // names with a guessed random part: all point at a claim file. Planted last, so the
        // pid is predicted just before the check starts (other work on the machine takes pids).
        let cache = folder.path + "/.claimcheck-cache"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let next = Self.predictedPid()
        var planted: [String] = []
        for pid in max(2, next - 1_000)..<(next + 3_000) {
            planted.append(".index.bin.\(pid).tmp")
            planted.append(".index.bin.claimcheck-\(pid)-0000000000000000.tmp")
            // The registry's tables are written beside the index the same way.
            planted.append(".registry.bin.claimcheck-\(pid)-0000000000000000.tmp")
        }
        for name in planted {
            try FileManager.default.createSymbolicLink(atPath: cache + "/" + name,
                                                       withDestinationPath: "../claims/sources/" + victim)
        }

        let check = ["check", "claims", "draft.md", "--format", "json", "--cache"]
        let writing = try ToolRunner.run(check, in: folder.path)
        #expect(writing.code == 1, "the draft contradicts the record: \(writing.stderr)")
        #expect(FolderState.of(folder.path + "/claims") == claimsBefore, "no claim file was written")
        var status = stat()
        #expect(lstat(cache + "/index.bin", &status) == 0 && status.st_mode & S_IFMT == S_IFREG,
                "the index is a file of its own")
        #expect(lstat(cache + "/registry.bin", &status) == 0 && status.st_mode & S_IFMT == S_IFREG,
                "the registry's tables are a file of their own")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: cache))
        #expect(names == Set(planted + ["index.bin", "registry.bin"]),
                "every planted link is still there, and no temporary file is left")
        for name in planted.prefix(50) {
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: cache + "/"
                                                                      + name) == "../claims/sources/" + victim)
        }

        // The record is intact: a plain check reads it (exit 1: it holds planted contradictions).
        #expect(try ToolRunner.run(["check", "claims", "--format", "json"], in: folder.path).code == 1)
        let indexed = try ToolRunner.run(check, in: folder.path)
        #expect(indexed.stdout == writing.stdout, "the index written among the links answers as the first run did")
    }

    /// `.claimcheck-cache` itself a link into the claims, or `index.bin` a link to a claim
    /// file: the index is not written through either (and `check` says nothing: the index
    /// is only an optimisation).
    @Test(arguments: ["cache folder", "index file"])
    func aCacheLinkedIntoTheClaimsIsNotWrittenThrough(_ planted: String) throws {
        let folder = ScratchFolder()
        let bench = URL(fileURLWithPath: ToolRunner.binary).deletingLastPathComponent()
            .appendingPathComponent("claimcheck-bench").path
        let generated = try ToolRunner.execute(bench, ["generate", "--claims", "20000", "--sources", "200", "--out",
                                                       ".", "--seed", "6"], in: folder.path)
        try #require(generated.code == 0, "\(generated.stdout)")
        folder.write("draft.md", try DeskCheckIndexTests.contradictingDraft(in: folder.path))
        let victim = try #require(try FileManager.default.subpathsOfDirectory(atPath: folder.path + "/claims/sources")
            .filter { $0.hasSuffix(".json") }.sorted().first)
        if planted == "cache folder" {
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/.claimcheck-cache",
                                                       withDestinationPath: "claims/sources")
        } else {
            try FileManager.default.createDirectory(atPath: folder.path + "/.claimcheck-cache",
                                                    withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/.claimcheck-cache/index.bin",
                                                       withDestinationPath: "../claims/sources/" + victim)
        }
        let before = FolderState.of(folder.path + "/claims")
        Thread.sleep(forTimeInterval: 3.2)
        let outcome = try ToolRunner.run(["check", "claims", "draft.md", "--format", "json", "--cache"],
                                         in: folder.path)
        #expect(outcome.code == 1)
        #expect(FolderState.of(folder.path + "/claims") == before)
        #expect(try ToolRunner.run(["check", "claims", "--format", "json"], in: folder.path).code == 1)
    }
}
