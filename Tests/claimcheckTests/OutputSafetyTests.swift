import Foundation
import Testing

/// Reports are written atomically, never into the claims being checked, and never through a
/// symbolic link at the target: a link there is refused and the user names the file it points
/// to (see ReportFile.checkReplaceable for why).
@Suite("Output safety")
struct OutputSafetyTests {
    static let previous = "the previous report\n"

    /// 100 claims of 12 and 100 of 15 members: a report of a few megabytes.
    static func conflictingFolder() -> ScratchFolder {
        CommandLineTests.folder(claims: (0..<200).map { CommandLineTests.claim($0 % 2 == 0 ? 12 : 15) })
    }

    /// Runs `check claims --format json --output report.json` under a 64-block file size
    /// limit, so the write that crosses it raises SIGXFSZ. `disposition` is what env(1) sets
    /// the signal to first: `default` ends the process there and then, as a crash or an
    /// operator's kill would; `ignore` makes the write fail with EFBIG instead. Deterministic,
    /// unlike a SIGKILL sent on a timer (and the test runner may hand down either disposition).
    static func checkUnderFileSizeLimit(in folder: ScratchFolder, signal disposition: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--\(disposition)-signal=XFSZ", "/bin/sh", "-c",
                             "ulimit -f 64 && exec \"$0\" check claims --format json --output report.json",
                                 ToolRunner.binary]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process
    }

    static func leftovers(in folder: ScratchFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix(".report.json.claimcheck-") }
    }

    @Test func aCheckKilledMidWriteLeavesThePreviousReportIntact() throws {
        let folder = Self.conflictingFolder()
        folder.write("report.json", Self.previous)
        let process = try Self.checkUnderFileSizeLimit(in: folder, signal: "default")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGXFSZ)
        #expect(try String(contentsOfFile: folder.path + "/report.json", encoding: .utf8) == Self.previous)
        // The signal's handler removed the half-written temporary file before dying of it.
        #expect(try Self.leftovers(in: folder).isEmpty)

        // Without the limit the same command replaces the report whole.
        let outcome = try ToolRunner.run(["check", "claims", "--format", "json", "--output", "report.json"],
                                         in: folder.path)
        #expect(outcome.code == 1)
        let report = try String(contentsOfFile: folder.path + "/report.json", encoding: .utf8)
        #expect(report.hasPrefix("{\n  \"format\": \"claimcheck-report\""))
        #expect(report.hasSuffix("}\n"))
    }

    @Test func aWriteThatFailsLeavesThePreviousReportAndNoTemporaryFile() throws {
        let folder = Self.conflictingFolder()
        folder.write("report.json", Self.previous)
        let process = try Self.checkUnderFileSizeLimit(in: folder, signal: "ignore")
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 2)
        #expect(try String(contentsOfFile: folder.path + "/report.json", encoding: .utf8) == Self.previous)
        #expect(try Self.leftovers(in: folder).isEmpty)
    }

    @Test func aSymbolicLinkAtTheOutputPathIsRefusedAndLeftAsItWas() throws {
        let folder = CommandLineTests.folder(claims: [CommandLineTests.claim(12)])
        folder.write("elsewhere/target.txt", Self.previous)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/report.txt",
                                                   withDestinationPath: "elsewhere/target.txt")
        let outcome = try ToolRunner.run(["check", "--output", "report.txt"], in: folder.path)
        #expect(outcome.code == 2)
        #expect(outcome.stderr == "error: report.txt: cannot write the report: it is a symbolic link to " +
                                  "elsewhere/target.txt; name the file it points to, or remove the link\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path
                                                                  + "/report.txt") == "elsewhere/target.txt")
        #expect(try String(contentsOfFile: folder.path + "/elsewhere/target.txt", encoding: .utf8) == Self.previous)

        // Named directly, the file the link points to is replaced.
        let named = try ToolRunner.run(["check", "--output", "elsewhere/target.txt"], in: folder.path)
        #expect(named.code == 0)
        #expect(try String(contentsOfFile: folder.path + "/elsewhere/target.txt", encoding: .utf8)
            .hasSuffix("check passed.\n"))
    }

    /// A link on the way is refused as one at the target is: committed to a repository, it
    /// would steer CI output anywhere the runner can write.
    @Test func aLinkedFolderOnTheWayIsRefusedAndTheRealPathIsWritten() throws {
        let folder = CommandLineTests.folder(claims: [CommandLineTests.claim(12)])
        try FileManager.default.createDirectory(atPath: folder.path + "/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/reports", withDestinationPath: "real")
        let outcome = try ToolRunner.run(["check", "--output", "reports/r.txt"], in: folder.path)
        #expect(outcome.code == 2)
        #expect(outcome.stderr == "error: reports/r.txt: cannot write the report: reports is a symbolic link to " +
                                  "real; name the folder it points to, or remove the link\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/real").isEmpty)

        let named = try ToolRunner.run(["check", "--output", "real/r.txt"], in: folder.path)
        #expect(named.code == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/real/r.txt"))
    }

    /// As root, renaming over /dev/null would have replaced the device with a regular file.
    @Test func aDeviceAtTheOutputPathIsRefused() throws {
        let folder = CommandLineTests.folder(claims: [CommandLineTests.claim(12)])
        let outcome = try ToolRunner.run(["check", "--output", "/dev/null"], in: folder.path)
        #expect(outcome.code == 2)
        #expect(outcome.stderr == "error: /dev/null: cannot write the report: it is not a regular file\n")
    }

    @Test(arguments: [
        ("claims/report.json", "error: claims/report.json: refusing to write inside the claims folder claims, which " +
                               "the check reads; write it elsewhere\n"),
        ("claims/sources/x.JSON", "error: claims/sources/x.JSON: refusing to write inside the claims folder claims, " +
                                  "which the check reads; write it elsewhere\n"),
        ("claims/sources/notes.md", "error: claims/sources/notes.md: refusing to write inside the claims folder " +
                                    "claims, which the check reads; write it elsewhere\n"),
        ("claims/sources/s0.json", "error: claims/sources/s0.json: refusing to write over a claim file that is being " +
                                   "checked; write it elsewhere\n"),
        ("./claims/../claims/entities.json", "error: ./claims/../claims/entities.json: refusing to write over a " +
                                             "claim file that is being checked; write it elsewhere\n"),
    ])
    func aReportIsNeverWrittenWhereTheNextCheckWouldReadIt(output: String, message: String) throws {
        let folder = CommandLineTests.folder(claims: [CommandLineTests.claim(12)])
        let before = ScratchFolder.snapshot(folder.path + "/claims")
        let outcome = try ToolRunner.run(["check", "claims", "--format", "json", "--output", output], in: folder.path)
        #expect(outcome.code == 2)
        #expect(outcome.stderr == message)
        #expect(ScratchFolder.snapshot(folder.path + "/claims") == before)
    }

    /// Issue 11, case 3: with the claim files given one by one, their folders are still
    /// folders the check reads.
    @Test func aReportIsNeverWrittenBesideClaimFilesGivenOneByOne() throws {
        let folder = CommandLineTests.folder(claims: [CommandLineTests.claim(12), CommandLineTests.claim(15)])
        let before = FolderState.of(folder.path)
        let files = ["claims/entities.json", "claims/events.json", "claims/attributes.json", "claims/sources/s0.json",
                     "claims/sources/s1.json"]
        let outcome = try ToolRunner.run(["check"] + files + ["--format", "json", "--output", "claims/sources/zz.json"],
                                         in: folder.path)
        #expect(outcome.code == 2)
        #expect(outcome.stderr == "error: claims/sources/zz.json: refusing to write inside the claims folder " +
                                  "claims/sources, which the check reads; write it elsewhere\n")
        #expect(outcome.stdout == "")
        #expect(FolderState.of(folder.path) == before)
        #expect(try ToolRunner.run(["check", "claims"], in: folder.path).code == 1,
                "the next check reads the folder as before")
    }

    /// A draft is read, so it is never written over; its folder holds no claim file, so a report
    /// beside it is where an editor puts one (refused there before, because the draft counted as a
    /// claim file whose folder the next check would read).
    @Test func aDeskCheckWritesItsReportBesideTheDraftButNeverOverIt() throws {
        let folder = CommandLineTests.folder(claims: [CommandLineTests.claim(12)])
        let draft = "---\npublished: 2024-03-02\n---\n\nThe Bloc has 12 member countries.\n"
        folder.write("draft.md", draft)
        let beside = try ToolRunner.run(["check", "claims", "draft.md", "--format", "json", "--output", "report.json"],
                                        in: folder.path)
        #expect(beside.code == 0, "\(beside.stderr)")
        let report = try String(contentsOfFile: folder.path + "/report.json", encoding: .utf8)
        #expect(report.hasPrefix("{\n  \"format\": \"claimcheck-report\""))

        let over = try ToolRunner.run(["check", "claims", "draft.md", "--format", "json", "--output", "draft.md"],
                                      in: folder.path)
        #expect(over.code == 2)
        #expect(over.stderr.hasSuffix("error: draft.md: refusing to write over an article that is being checked; " +
                                      "write it elsewhere\n"), "\(over.stderr)")
        #expect(try String(contentsOfFile: folder.path + "/draft.md", encoding: .utf8) == draft)
    }

    @Test func aBaselineIsNeverWrittenWhereTheNextCheckWouldReadIt() throws {
        let folder = CommandLineTests.folder(claims: [CommandLineTests.claim(12)])
        let before = ScratchFolder.snapshot(folder.path + "/claims")
        let outcome = try ToolRunner.run(["check", "claims", "--write-baseline", "claims/baseline.json"],
                                         in: folder.path)
        #expect(outcome.code == 2)
        #expect(outcome.stderr == "error: claims/baseline.json: refusing to write inside the claims folder claims, " +
                                  "which the check reads; write it elsewhere\n")
        #expect(ScratchFolder.snapshot(folder.path + "/claims") == before)
    }

    @Test(arguments: ["text", "json"])
    func checkLeavesTheClaimsFolderByteForByteAsItWas(format: String) throws {
        let folder = Self.conflictingFolder()
        let before = ScratchFolder.snapshot(folder.path + "/claims")
        #expect(try ToolRunner.run(["check", "--format", format], in: folder.path).code == 1)
        #expect(try ToolRunner.run(["check", "--format", format, "--output", "report." + format], in: folder.path)
            .code == 1)
        #expect(ScratchFolder.snapshot(folder.path + "/claims") == before)
    }
}
