import Foundation
import Testing

/// `claimcheck evaluate` on a news corpus half of our own: two reports of an invented ferry fire
/// that disagree on the toll, scored end to end through the built binary.
@Suite struct EvaluateNewsCorpusTests {
    static let articleA = """
    ---
    title: Ferry fire off Kvarby
    outlet: Kvarby Post
    published: 2025-02-10
    ---

    A fire broke out on a ferry off Kvarby on Sunday.
    The fire killed 9 people.
    """
    static let articleB = """
    ---
    title: Nine or twelve?
    outlet: Coast Wire
    published: 2025-02-10
    ---

    The ferry fire off Kvarby killed 12 people on Sunday.
    """

    static func claim(_ id: String, _ attribute: String, _ value: String, _ unit: String?, line: Int) -> String {
        """
        {"id": "\(id)", "subject": "kvarby-ferry-fire", "attribute": "\(attribute)", "value": \(value),
         \(unit.map { "\"unit\": \"\($0)\"," } ?? "") "speaker": "narrator", "attribution": "narrator", "modality": \
        "asserted",
         "event": "kvarby-ferry-fire", "statement": "The \(attribute) as reported.", "evidence": {"line": \(line)}}
        """
    }

    static func source(_ id: String, outlet: String, claims: [String]) -> String {
        """
        {"format": "claimcheck-claims", "version": 1,
         "source": {"id": "\(id)", "outlet": "\(outlet)", "published": "2025-02-10", "file": "\(id).txt"},
         "claims": [\(claims.joined(separator: ",\n"))]}
        """
    }

    /// Writes the corpus; `expected` is the expectations list.
    static func corpus(expected: String) throws -> String {
        let root = NSTemporaryDirectory() + "claimcheck-news-" + UUID().uuidString
        func write(_ path: String, _ text: String) throws {
            let file = root + "/" + path
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
        try write("articles/post-a.txt", articleA + "\n")
        try write("articles/wire-b.txt", articleB + "\n")
        try write("given/entities.json", #"{"format": "claimcheck-entities", "version": 1, "entities": []}"#)
        try write("given/events.json", #"{"format": "claimcheck-events", "version": 1, "events": []}"#)
        try write("gold/entities.json", """
        {"format": "claimcheck-entities", "version": 1, "entities": [{"id": "kvarby-ferry-fire", "name": "Kvarby ferry \
        fire", "kind": "group"}]}
        """)
        try write("gold/events.json", """
        {"format": "claimcheck-events", "version": 1, "events": [{"id": "kvarby-ferry-fire", "name": "Kvarby ferry \
        fire", "start": "2025-02-09"}]}
        """)
        try write("gold/attributes.json", #"{"format": "claimcheck-attributes", "version": 1, "attributes": []}"#)
        try write("gold/sources/post-a.json", source("post-a", outlet: "Kvarby Post", claims: [
            claim("date", "event-date", "\"2025-02-09\"", nil, line: 7),
                claim("toll", "death-toll", "9", "people", line: 8),
        ]))
        try write("gold/sources/wire-b.json", source("wire-b", outlet: "Coast Wire", claims: [
            claim("toll", "death-toll", "12", "people", line: 7),
                claim("date", "event-date", "\"2025-02-09\"", nil, line: 7),
        ]))
        try write("expected.json", """
        {"format": "claimcheck-expectations", "version": 1, "expectations": [\(expected)]}
        """)
        return root
    }

    static let contradiction = """
    {"kind": "contradiction", "rule": "count-mismatch", "subject": "kvarby-ferry-fire", "attribute": "death-toll",
     "event": "kvarby-ferry-fire", "articles": ["post-a", "wire-b"], "why": "9 against 12, same day."}
    """
    static let trap = """
    {"kind": "trap", "subject": "kvarby-ferry-fire", "attribute": "event-date", "event": "kvarby-ferry-fire", "why": \
    "Both say Sunday."}
    """

    @Test func aCorpusHalfIsScoredAndItsTargetsMet() throws {
        let root = try Self.corpus(expected: Self.contradiction + "," + Self.trap)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let outcome = try ToolRunner.run(["evaluate", root, "--require-targets", "--verbose"])
        #expect(outcome.code == 0, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stdout.contains("against 4 gold claims"))
        #expect(outcome.stdout.contains("death-toll                  2        2      1.00    2          2        1.00"))
        #expect(outcome.stdout.contains("contradiction: 1 of 1 as expected"))
        #expect(outcome.stdout.contains("trap: 1 of 1 as expected"))
        #expect(outcome.stdout.contains("Unexpected errors and warnings (answering no expectation): 0"))
        #expect(outcome.stdout.hasSuffix("Targets met\n"))
    }

    /// The same contradiction left out of expected.json is an unexpected error: two articles
    /// allow none (one per ten articles), so the targets fail.
    @Test func anUnexpectedErrorFailsTheTargets() throws {
        let root = try Self.corpus(expected: Self.trap)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let outcome = try ToolRunner.run(["evaluate", root, "--require-targets"])
        #expect(outcome.code == 1, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stdout.contains("Unexpected errors and warnings (answering no expectation): 1"))
        #expect(outcome.stdout.contains("error count-mismatch"))
        #expect(outcome.stdout.contains("not met unexpected errors and warnings <= 0"))
        let plain = try ToolRunner.run(["evaluate", root])
        #expect(plain.code == 0, "without --require-targets the score is a report")
    }

    /// Gold that disagrees with what extraction reads: a toll recorded as 10 where the text says
    /// 9 is "read with another value" (and the 9 is shown as what it was read as); an injured
    /// count on a line that states none is "nothing read"; the trap's date line is matched.
    @Test func missedClaimsAreExplainedByWhatWasReadBesideThem() throws {
        let root = try Self.corpus(expected: Self.trap)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.source("post-a", outlet: "Kvarby Post", claims: [
            Self.claim("date", "event-date", "\"2025-02-09\"", nil, line: 7),
            Self.claim("toll", "death-toll", "10", "people", line: 8),
            Self.claim("hurt", "injured-count", "3", "people", line: 7),
        ]).write(toFile: root + "/gold/sources/post-a.json", atomically: true, encoding: .utf8)
        let outcome = try ToolRunner.run(["evaluate", root, "--verbose"])
        #expect(outcome.code == 0, "\(outcome.stdout)\(outcome.stderr)")
        let out = outcome.stdout
        #expect(out.contains("Why the 2 missed gold claims were missed"), "\(out)")
        #expect(out.contains("  nothing read on its line  1\n"), "\(out)")
        #expect(out.contains("  read with another value   1\n"), "\(out)")
        #expect(out.contains("post-a.txt:8  kvarby-ferry-fire death-toll 10 people @ kvarby-ferry-fire"), "\(out)")
        #expect(out.contains("      read as post-a.txt:8  kvarby-ferry-fire death-toll 9 people"), "\(out)")
        let plain = try ToolRunner.run(["evaluate", root])
        #expect(plain.stdout.contains("read with another value   1"), "the causes are counted without --verbose")
        #expect(!plain.stdout.contains("read as"), "claims are listed only with --verbose")
    }

    @Test func claimsIsForTheSeedLayout() throws {
        let root = try Self.corpus(expected: Self.trap)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let outcome = try ToolRunner.run(["evaluate", root, "--claims", "claims"])
        #expect(outcome.code == 64)
        #expect(outcome.stderr.contains("is a news corpus half"))
    }
}
