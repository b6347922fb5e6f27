import Foundation
import Testing

/// `claimcheck evaluate HALF` on a news-corpus half: both resolution scores, and
/// `--require-targets` failing when the gold says the articles are about two events.
struct EvaluateResolutionTests {
    static func gold(_ folder: String, events: [(article: String, event: String)]) throws {
        let ids = Set(events.map(\.event)).sorted()
        let entities = ids.map { #"{"id": "\#($0)", "name": "\#($0)", "kind": "group"}"# }
        try #"{"format": "claimcheck-entities", "version": 1, "entities": [\#(entities.joined(separator: ", "))]}"#
            .write(toFile: folder + "/gold/entities.json", atomically: true, encoding: .utf8)
        let records = ids.map { #"{"id": "\#($0)", "name": "Korsgade fire", "start": "2026-04-11"}"# }
        try #"{"format": "claimcheck-events", "version": 1, "events": [\#(records.joined(separator: ", "))]}"#
            .write(toFile: folder + "/gold/events.json", atomically: true, encoding: .utf8)
        for (index, entry) in events.enumerated() {
            let source = entry.article.replacingOccurrences(of: ".txt", with: "")
            let value = index == 0 ? 4 : 6
            let claims = #"""
                {"format": "claimcheck-claims", "version": 1,
                 "source": {"id": "\#(source)", "outlet": "x", "published": "2026-04-1\#(2 + index)", \#
                "file": "\#(entry.article)"},
                 "claims": [{"id": "toll", "subject": "\#(entry.event)", "attribute": "death-toll", "value": \#(value),
                   "unit": "people", "speaker": "narrator", "attribution": "narrator", "modality": "asserted",
                   "event": "\#(entry.event)", "statement": "toll", \#
                "evidence": {"file": "\#(entry.article)", "line": 7}}]}
                """#
            try claims.write(toFile: folder + "/gold/sources/\(source).json", atomically: true, encoding: .utf8)
        }
    }

    @Test func scoresAHalfAndRequiresItsTargets() throws {
        let folder = try ResolutionEndToEndTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.gold(folder, events: [("a.txt", "korsgade-fire"), ("b.txt", "korsgade-fire")])
        let run = try ToolRunner.run(["evaluate", folder])
        #expect(run.stdout.contains("Event clustering (B-cubed over 2 gold claims): precision 1.00, recall 1.00, F1 " +
                                    "1.00"), "\(run.stdout)")
        #expect(run.stdout.contains("Entity linking (0 gold subjects and speakers): precision 1.00, recall 1.00"))
        #expect(run.stdout.contains("met     event clustering F1 >= 0.90 and every article with its event"))
        #expect(run.stdout.contains("met     entity linking precision >= 0.95 and recall >= 0.90"))
        #expect(run.code == 0, "\(run.stdout)\(run.stderr)")

        // Gold that puts the two articles under two events: clustering precision falls.
        try Self.gold(folder, events: [("a.txt", "korsgade-fire"), ("b.txt", "other-fire")])
        let split = try ToolRunner.run(["evaluate", folder, "--require-targets"])
        #expect(split.stdout.contains("precision 0.50, recall 1.00"), "\(split.stdout)")
        #expect(split.stdout.contains("not met event clustering F1 >= 0.90"), "\(split.stdout)")
        #expect(split.code == 1)
    }
}
