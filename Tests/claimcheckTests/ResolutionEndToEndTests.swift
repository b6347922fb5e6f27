import Foundation
import Testing

/// The built tool on coverage of an incident the registry lacks: `extract --out` proposes one
/// reviewable event for all its articles, and `evaluate` scores a news-corpus half.
struct ResolutionEndToEndTests {
    static let attributes = """
        {"format": "claimcheck-attributes", "version": 1, "attributes": [
          {"id": "death-toll", "name": "Death toll", "kind": "count", "units": ["people"], "cues": ["killed", "died"]}]}
        """
    static let articles = [
        ("a.txt", "---\ntitle: Warehouse fire in Dalby\noutlet: Dalby Post\npublished: 2026-04-12\n---\n\n"
            + "A fire at the Korsgade warehouse in Dalby killed 4 people on Saturday, police said.\n"),
        ("b.txt", "---\ntitle: Dalby toll rises\noutlet: Fjord Wire\npublished: 2026-04-13\n---\n\n"
            + "The death toll from the Korsgade fire in Dalby has risen. The blaze killed 6 people, officials said.\n"),
    ]

    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "claimcheck-resolution-" + UUID().uuidString
        for sub in ["articles", "given", "gold/sources"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
        }
        for (name, text) in articles { try text.write(toFile: folder + "/articles/" + name, atomically: true,
                                                      encoding: .utf8) }
        for registry in ["given", "gold"] {
            try attributes.write(toFile: folder + "/\(registry)/attributes.json", atomically: true, encoding: .utf8)
        }
        try #"{"format": "claimcheck-entities", "version": 1, "entities": []}"#
            .write(toFile: folder + "/given/entities.json", atomically: true, encoding: .utf8)
        try #"{"format": "claimcheck-events", "version": 1, "events": []}"#
            .write(toFile: folder + "/given/events.json", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func oneIncidentTwoArticlesOneProposedEvent() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/out"
        let run = try ToolRunner.run(["extract", folder + "/articles", "--claims", folder + "/given", "--out", out])
        #expect(run.code == 0, "\(run.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/extracted-events.json"))
        let document = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let events = document["events"] as! [[String: Any]]
        #expect(events.count == 1)
        #expect(events.first?["start"] as? String == "2026-04-11")
        let evidence = events.first?["evidence"] as? [[String: Any]] ?? []
        #expect(Set(evidence.compactMap { $0["file"] as? String }) == ["a.txt", "b.txt"])
        // The proposal is an ordinary registry file: check reads it with no warning about it.
        let check = try ToolRunner.run(["check", folder + "/given", out])
        #expect(!check.stderr.contains("evidence"), "\(check.stderr)")
        #expect(check.code == 0 || check.code == 1, "\(check.stderr)")
    }
}
