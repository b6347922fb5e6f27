import Foundation
import Testing

/// `check CLAIMS DRAFT --cache` through the binary, as an editor runs it: the first run
/// answers from the JSON and leaves an index, the next answers from the index, a changed
/// claim file retires it, and every answer is the plain check's, byte for byte.
@Suite("Desk check with the index")
struct DeskCheckIndexTests {
    @Test func theIndexGivesThePlainAnswerAndIsRetiredByAChange() throws {
        let folder = ScratchFolder()
        let bench = URL(fileURLWithPath: ToolRunner.binary).deletingLastPathComponent()
            .appendingPathComponent("claimcheck-bench").path
        // 20,000 claims: the smallest record the index is written for.
        let generated = try ToolRunner.execute(bench, ["generate", "--claims", "20000", "--sources", "200", "--out",
                                                       ".", "--seed", "3"], in: folder.path)
        try #require(generated.code == 0, "\(generated.stdout)")
        folder.write("draft.md", try Self.contradictingDraft(in: folder.path))
        // The index vouches only for files that settled two seconds before the load began,
        // in whole seconds of the clock: 2.5 s can read as two, so wait past three.
        Thread.sleep(forTimeInterval: 3.2)

        let check = ["check", "claims", "draft.md", "--format", "json"]
        let plain = try ToolRunner.run(check, in: folder.path)
        #expect(plain.code == 1, "the draft contradicts the record: \(plain.stderr)")
        #expect(plain.stdout.contains("\"count-mismatch\""))
        let index = folder.path + "/.claimcheck-cache/index.bin"
        #expect(!FileManager.default.fileExists(atPath: index), "only --cache writes an index")

        let writing = try ToolRunner.run(check + ["--cache"], in: folder.path)
        #expect(writing.code == plain.code)
        #expect(writing.stdout == plain.stdout)
        #expect(FileManager.default.fileExists(atPath: index), "the first --cache run leaves an index")
        let written = try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as? Date
        let tables = folder.path + "/.claimcheck-cache/registry.bin"
        let kept = try Data(contentsOf: URL(fileURLWithPath: tables))

        let indexed = try ToolRunner.run(check + ["--cache"], in: folder.path)
        #expect(indexed.code == plain.code)
        #expect(indexed.stdout == plain.stdout, "the index gives the plain answer")
        #expect(try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as? Date == written,
                "a valid index is read, not written again")

        // The registry's people tables were kept with the index by the first run, and are read,
        // not written again, by the next.
        #expect(kept.count > 64, "the first --cache run keeps the registry's tables")
        #expect(try Data(contentsOf: URL(fileURLWithPath: tables)) == kept)
        // Damaged tables (a payload byte flipped, then the file cut short, then another
        // build's version) are not used: the answer stays the plain one, and they are written anew.
        var flipped = kept
        flipped[flipped.count - 3] ^= 0x5A
        var versioned = kept
        versioned[20] &+= 1
        for damaged in [flipped, kept.prefix(kept.count / 2), versioned] {
            try damaged.write(to: URL(fileURLWithPath: tables))
            let rerun = try ToolRunner.run(check + ["--cache"], in: folder.path)
            #expect(rerun.stdout == plain.stdout, "damaged tables give the plain answer")
            let rewritten = try Data(contentsOf: URL(fileURLWithPath: tables))
            #expect(rewritten != damaged && rewritten.count == kept.count, "damaged tables are written anew")
        }

        // The run through the index takes the files' identities from its own check of them:
        // a hard link to a claim file, outside the claims folder, is still refused as a report.
        let claimFiles = try FileManager.default.subpathsOfDirectory(atPath: folder.path + "/claims/sources")
        let claimFile = try #require(claimFiles.first { $0.hasSuffix(".json") })
        try FileManager.default.linkItem(atPath: folder.path + "/claims/sources/" + claimFile,
                                         toPath: folder.path + "/linked.json")
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/linked.json"))
        let over = try ToolRunner.run(check + ["--cache", "--output", "linked.json"], in: folder.path)
        #expect(over.code == 2)
        #expect(over.stderr.contains("refusing to write over a claim file that is being checked"), "\(over.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/linked.json")) == before)
        try FileManager.default.removeItem(atPath: folder.path + "/linked.json")

        // The files holding the claims the draft contradicts are taken away: an index still
        // trusted would give the old answer.
        let subject = try Self.injectedSubject(in: folder.path)
        let sources = try FileManager.default.subpathsOfDirectory(atPath: folder.path + "/claims/sources").filter {
            $0.hasSuffix(".json") }
        for source in sources {
            let path = folder.path + "/claims/sources/" + source
            if try String(contentsOfFile: path, encoding: .utf8).contains("\"subject\": \"\(subject)\"") {
                try FileManager.default.removeItem(atPath: path)
            }
        }
        let replain = try ToolRunner.run(check, in: folder.path)
        #expect(replain.stdout != plain.stdout, "the change must matter to the draft")
        let reindexed = try ToolRunner.run(check + ["--cache"], in: folder.path)
        #expect(reindexed.code == replain.code)
        #expect(reindexed.stdout == replain.stdout, "removed files retire the index")
    }

    static func injected(in folder: String) throws -> [String: Any] {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/manifest.json"))
        let manifest = try JSONSerialization.jsonObject(with: bytes) as? [String: Any]
        return try #require((manifest?["injected"] as? [[String: Any]] ?? []).first {
            $0["rule"] as? String == "count-mismatch" })
    }

    static func injectedSubject(in folder: String) throws -> String {
        try #require(injected(in: folder)["subject"] as? String) }

    /// A dated one-sentence article giving 40 countries where the record's planted
    /// count mismatch stands (its subject and event from the manifest).
    static func contradictingDraft(in folder: String) throws -> String {
        func json(_ name: String) throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/"
                                                                        + name))) as? [String: Any] ?? [:]
        }
        let injected = try Self.injected(in: folder)
        let subject = try #require(injected["subject"] as? String), eventID = try #require(injected["event"] as? String)
        let entity = (try json("claims/entities.json")["entities"] as? [[String: Any]] ?? []).first {
            $0["id"] as? String == subject }
        let event = (try json("claims/events.json")["events"] as? [[String: Any]] ?? []).first {
            $0["id"] as? String == eventID }
        let name = try #require(entity?["name"] as? String), eventName = try #require(event?["name"] as? String)
        let start = try #require(event?["start"] as? String)
        return "---\npublished: \(start)\n---\n\n\(name) pledged troops from 40 countries at the \(eventName).\n"
    }
}
