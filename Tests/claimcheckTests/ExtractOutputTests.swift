import Foundation
import Testing

/// Issue 11, cases 2 and 11: `extract --out` never replaces a file without `--force` (it names
/// each one, exits 2 and writes nothing), and commits the folder as a whole: a run that fails
/// or is killed leaves the folder exactly as it was, and the next run clears what it left.
@Suite("Extract output")
struct ExtractOutputTests {
    static let fixtures = ToolRunner.packageRoot + "/Tests/ClaimExtractionTests/Fixtures"
    static let article = fixtures + "/articles/fire-first-report.txt"
    static let curated = "{\"curated\": \"28 claims someone checked by hand\"}\n"

    static func extract(_ extra: [String], in folder: ScratchFolder, articles: [String] = [article]) throws
        -> ToolRunner.Outcome {
        try ToolRunner.run(["extract"] + articles + ["--claims", fixtures + "/claims", "--out", "out"] + extra,
                           in: folder.path)
    }

    static func staging(in folder: ScratchFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".claimcheck-") }
    }

    @Test func anExistingClaimFileIsNamedAndNothingIsWritten() throws {
        let folder = ScratchFolder()
        folder.write("out/fire-first-report.json", Self.curated)
        folder.write("out/rail-crash.json", Self.curated)
        folder.write("out/notes.txt", "kept\n")
        let before = FolderState.of(folder.path)
        let outcome = try Self.extract([], in: folder, articles: [Self.article,
                                                                  Self.fixtures + "/articles/rail-crash.txt"])
        #expect(outcome.code == 2)
        // Notes on figures extraction could not place come first; the refusal is the errors.
        let errors = outcome.stderr.split(separator: "\n").filter { !$0.hasPrefix("note: ") }
        #expect(errors == [
            "error: out/fire-first-report.json: already exists; extract replaces files only with --force (nothing " +
            "was written)",
            "error: out/rail-crash.json: already exists; extract replaces files only with --force (nothing was " +
            "written)",
        ])
        #expect(outcome.stdout == "")
        #expect(FolderState.of(folder.path) == before, "nothing written, no staging folder left")
    }

    @Test func forceReplacesThoseFilesAndKeepsTheRestOfTheFolder() throws {
        let folder = ScratchFolder()
        folder.write("out/fire-first-report.json", Self.curated)
        folder.write("out/notes.txt", "kept\n")
        folder.write("out/sub/deep.txt", "deep\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/out/link.txt",
                                                   withDestinationPath: "notes.txt")
        var before = stat()
        #expect(lstat(folder.path + "/out/notes.txt", &before) == 0)
        let outcome = try Self.extract(["--force"], in: folder)
        #expect(outcome.code == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.hasPrefix("wrote 1 claim files to out\n"))
        let state = FolderState.of(folder.path + "/out")
        #expect(state["fire-first-report.json"]?.contains("\"claimcheck-claims\"") == true)
        #expect(state["notes.txt"] == "file: kept\n")
        #expect(state["sub/deep.txt"] == "file: deep\n")
        #expect(state["link.txt"] == "link to notes.txt")
        #expect(state.keys.contains("extracted-entities.json"))
        var after = stat()
        #expect(lstat(folder.path + "/out/notes.txt", &after) == 0)
        #expect(after.st_ino == before.st_ino, "kept files are the same files, linked across, not copies")
        #expect(try Self.staging(in: folder).isEmpty)
        #expect(try ToolRunner.run(["check", Self.fixtures + "/claims", "out"], in: folder.path).code != 2)
    }

    /// The addendum is read first and written back with the new entries: not a replacement.
    @Test func aSecondRunIntoTheSameFolderExtendsTheAddendum() throws {
        let folder = ScratchFolder()
        #expect(try Self.extract([], in: folder).code == 0)
        let second = try Self.extract([], in: folder, articles: [Self.fixtures + "/articles/rail-crash.txt"])
        #expect(second.code == 0, "\(second.stderr)")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out"))
        #expect(names == ["fire-first-report.json", "rail-crash.json", "extracted-entities.json",
                          "extracted-events.json"])
    }

    /// `extract` of the fixture article under a one-block file size limit: its claims file
    /// (over 1 KB) crosses it.
    static func extractUnderFileSizeLimit(in folder: ScratchFolder, signal disposition: String) throws -> Process {
        folder.write("long.txt", try String(contentsOfFile: article, encoding: .utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--\(disposition)-signal=XFSZ", "/bin/sh", "-c",
                             "ulimit -f 1 && exec \"$0\" extract long.txt --claims \"$1\" --out out --force",
                                 ToolRunner.binary, fixtures + "/claims"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process
    }

    @Test func aWriteThatFailsLeavesTheFolderAsItWas() throws {
        let folder = ScratchFolder()
        folder.write("out/long.json", Self.curated)
        folder.write("out/notes.txt", "kept\n")
        let before = FolderState.of(folder.path + "/out")
        let process = try Self.extractUnderFileSizeLimit(in: folder, signal: "ignore")
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 2)
        #expect(FolderState.of(folder.path + "/out") == before)
        #expect(try Self.staging(in: folder).isEmpty, "the staging folder is removed")
    }

    @Test func aKilledRunLeavesTheFolderAsItWasAndTheNextRunClearsUp() throws {
        let folder = ScratchFolder()
        folder.write("out/long.json", Self.curated)
        let before = FolderState.of(folder.path + "/out")
        let process = try Self.extractUnderFileSizeLimit(in: folder, signal: "default")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(FolderState.of(folder.path + "/out") == before)
        #expect(try Self.staging(in: folder).count == 1, "the kill left its staging folder")

        let next = try Self.extract([], in: folder)
        #expect(next.code == 0, "\(next.stderr)")
        #expect(try Self.staging(in: folder).isEmpty, "the next run removed it")
        #expect(FolderState.of(folder.path + "/out")["long.json"] == "file: " + Self.curated)
    }

    @Test func aLinkAtTheOutputFolderOrOnTheWayIsRefused() throws {
        let folder = ScratchFolder()
        folder.write("real/keep.txt", "kept\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/out", withDestinationPath: "real")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/via", withDestinationPath: "real")
        let before = FolderState.of(folder.path)
        let atTarget = try Self.extract([], in: folder)
        #expect(atTarget.code == 2)
        #expect(atTarget.stderr == "error: out: cannot write the claim files: it is a symbolic link to real; name " +
                                   "the folder it points to, or remove the link (nothing was written)\n")
        let onTheWay = try ToolRunner.run(["extract", Self.article, "--claims", Self.fixtures + "/claims", "--out",
                                           "via/out"], in: folder.path)
        #expect(onTheWay.code == 2)
        #expect(onTheWay.stderr == "error: via/out: cannot write the claim files: via is a symbolic link to real; " +
                                   "name the folder it points to, or remove the link (nothing was written)\n")
        #expect(FolderState.of(folder.path) == before)
    }
}
