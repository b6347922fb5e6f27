import Foundation
import Testing

/// Runs the built binary the way a desk editor would: a draft beside the claims on record.
struct DeskCheckEndToEndTests {
    static let binary = Fixture.packageRoot + "/.build/debug/claimcheck"

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: binary + " (run swift build first)"])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Drafts are filed under source ids of their own: one named like a source on record, and
    /// one named like the id that draft is then given, both keep their claims.
    @Test func draftsNamedLikeTheRecordKeepSourcesOfTheirOwn() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimcheck-drafts-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let draft = try String(contentsOfFile: Fixture.articles + "/draft.md", encoding: .utf8)
        for name in ["fjord-times-2025-03-12.md", "fjord-times-2025-03-12-draft.md"] {
            try draft.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let result = try Self.run(["check", Fixture.claims, folder + "/fjord-times-2025-03-12.md",
                                   folder + "/fjord-times-2025-03-12-draft.md"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("fjord-times-2025-03-12.md:7"), "\(result.stdout)")
        #expect(result.stdout.contains("fjord-times-2025-03-12-draft.md:7"), "\(result.stdout)")
        // Two drafts filed under one id would read as one article repeating itself.
        #expect(result.stdout.contains("from 3 sources"), "\(result.stdout)")
    }

    @Test func draftContradictingTheRecordFailsAtTheDraftsLine() throws {
        let result = try Self.run(["check", Fixture.claims, Fixture.articles + "/draft.md"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error [category-conflict] Ingrid Halvorsen"))
        #expect(result.stdout.contains("draft.md:7"))
        #expect(result.stdout.contains("fjord-times.txt:4"))
        #expect(!result.stdout.contains("participating countries"), "14 countries agrees with the record")
        // The draft's "on Wednesday" is also when the summit happened: an event-date claim, whose
        // subject is the summit's own entity.
        #expect(result.stderr == "extracted 1 article, 4 claims, 0 warnings; 1 new entity, 0 new events\n")
    }

    /// A record with its own contradiction, in the draft's series but at another event: the desk
    /// check leaves it out and says so on stderr; the full check still reports it.
    @Test func deskCheckReportsOnlyTheDraftsFindings() throws {
        let record = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimcheck-desk-\(ProcessInfo.processInfo.processIdentifier)").path
        defer { try? FileManager.default.removeItem(atPath: record) }
        try FileManager.default.copyItem(atPath: Fixture.claims, toPath: record)
        // A trailing backslash joins a line to the next, so the file written is the same as unwrapped.
        let oslo = """
          {"format": "claimcheck-claims", "version": 1,
           "source": {"id": "oslo-wire-2025-10-02", "outlet": "Oslo Wire", "published": "2025-10-02", \
          "file": "oslo-wire.txt"},
           "claims": [
             {"id": "halvorsen-in-person", "subject": "ingrid-halvorsen", "attribute": "attendance-mode", \
          "value": "in-person",
              "event": "oslo-summit-2025-10-02", "statement": "Halvorsen was in Oslo.", \
          "evidence": {"file": "oslo-wire.txt", "line": 2}},
             {"id": "halvorsen-video", "subject": "ingrid-halvorsen", "attribute": "attendance-mode", \
          "value": "video-link",
              "event": "oslo-summit-2025-10-02", "statement": "Halvorsen joined Oslo by video.", \
          "evidence": {"file": "oslo-wire.txt", "line": 5}}
           ]}
          """
        try Data(oslo.utf8).write(to: URL(fileURLWithPath: record + "/sources/oslo-wire.json"))

        let full = try Self.run(["check", record])
        #expect(full.stdout.contains("Oslo summit"))
        let desk = try Self.run(["check", record, Fixture.articles + "/draft.md"])
        #expect(desk.status == 1)
        #expect(desk.stdout.contains("draft.md:7"))
        #expect(!desk.stdout.contains("Oslo summit"), "the record's own finding is not the draft's")
        #expect(desk.stderr == "extracted 1 article, 4 claims, 0 warnings; 1 new entity, 0 new events\n"
                    + "1 finding already on record among the claims compared with the draft not shown "
                    + "(check without the draft to see it)\n")
    }

    @Test func extractWritesFilesThatCheckAccepts() throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimcheck-e2e-\(ProcessInfo.processInfo.processIdentifier)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let extract = try Self.run(["extract", Fixture.articles + "/fire-first-report.txt",
                                    Fixture.articles + "/fire-update.md",
                                    "--claims", Fixture.claims, "--out", output])
        #expect(extract.status == 0)
        // Six: the mayor's visit to the fire's site is no attendance (an incident is no gathering).
        #expect(extract.stderr.hasSuffix("extracted 2 articles, 6 claims, 0 warnings; 3 new entities, 1 new event\n"))
        let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(files == ["extracted-entities.json", "extracted-events.json", "fire-first-report.json",
                          "fire-update.json"])
        let check = try Self.run(["check", Fixture.claims, output])
        #expect(check.status == 0)
        #expect(check.stdout.contains("check passed"))
    }

    @Test func unreadableInputExitsTwoWithTheFileName() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimcheck-binary-\(ProcessInfo.processInfo.processIdentifier).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])))
        let result = try Self.run(["extract", path, "--claims", Fixture.claims])
        #expect(result.status == 2)
        #expect(result.stderr.contains(path))
        #expect(result.stderr.contains("binary"))
    }

    /// A draft that cannot be read stops the desk check with its problem, said once.
    @Test func anUnreadableDraftIsReportedOnce() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimcheck-draft-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])))
        let result = try Self.run(["check", Fixture.claims, path])
        #expect(result.status == 2)
        #expect(result.stderr.components(separatedBy: path).count - 1 == 1, "\(result.stderr)")
    }
}
