import Foundation
import Testing

/// Issue 11, case 4: a FIFO where the tool reads (the index, a configuration, a baseline, a
/// draft, an article) must not hang it: every open is non-blocking and checked with fstat.
/// Each run here is given 20 seconds; a hang is a failure, not a stalled test suite.
@Suite("Non-blocking reads")
struct NonBlockingReadTests {
    /// Runs the binary, killing it after `seconds`; nil when it had to be killed.
    static func run(_ arguments: [String], in folder: String, seconds: Double = 20) throws
        -> (code: Int32, stderr: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ToolRunner.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        guard ended.wait(timeout: .now() + seconds) == .success else {
            // SIGKILL: the test runner may hand down SIGTERM ignored.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, text)
    }

    @Test func aFIFOAtTheIndexIsPassedOverAndTheCheckAnswers() throws {
        let folder = CommandLineTests.folder(claims: [CommandLineTests.claim(12)])
        folder.write("draft.md", "---\npublished: 2024-03-02\n---\n\nThe Bloc has 12 member countries.\n")
        try FileManager.default.createDirectory(atPath: folder.path + "/.claimcheck-cache",
                                                withIntermediateDirectories: true)
        #expect(mkfifo(folder.path + "/.claimcheck-cache/index.bin", 0o644) == 0)
        let outcome = try #require(try Self.run(["check", "claims", "draft.md", "--cache"], in: folder.path),
                                   "check --cache hung on a FIFO")
        #expect(outcome.code == 0, "\(outcome.stderr)")
        var status = stat()
        #expect(lstat(folder.path + "/.claimcheck-cache/index.bin", &status) == 0 && status.st_mode & S_IFMT == S_IFIFO,
                "left as it was")
    }

    @Test(arguments: [
        (["check", "claims", "--config", "pipe.json"], "error: pipe.json: is not a regular file (a pipe, socket or " +
                                                       "device); only regular files are read\n"),
        (["check", "claims", "--baseline", "pipe.json"], "error: pipe.json: is not a regular file (a pipe, socket or " +
                                                         "device); only regular files are read\n"),
        (["diff", "pipe.json", "pipe.json"], "error: pipe.json: is not a regular file (a pipe, socket or device); " +
                                             "only regular files are read\n"),
    ])
    func aFIFOGivenAsAnInputIsRefusedAtOnce(arguments: [String], stderr: String) throws {
        let folder = CommandLineTests.folder(claims: [CommandLineTests.claim(12)])
        #expect(mkfifo(folder.path + "/pipe.json", 0o644) == 0)
        let before = FolderState.of(folder.path)
        let outcome = try #require(try Self.run(arguments, in: folder.path), "hung on a FIFO")
        #expect(outcome.code == 2)
        #expect(outcome.stderr == stderr)
        #expect(FolderState.of(folder.path) == before)
    }

    @Test(arguments: [["check", "claims", "pipe.md"], ["extract", "pipe.md"]])
    func aFIFONamedLikeAnArticleIsRefusedAtOnce(arguments: [String]) throws {
        let folder = CommandLineTests.folder(claims: [CommandLineTests.claim(12)])
        #expect(mkfifo(folder.path + "/pipe.md", 0o644) == 0)
        let outcome = try #require(try Self.run(arguments, in: folder.path), "hung on a FIFO")
        #expect(outcome.code == 2)
        #expect(outcome.stderr.hasPrefix("error: pipe.md: is not a regular file (a pipe, socket or device); only " +
                                         "regular files are read\n"))
    }
}
