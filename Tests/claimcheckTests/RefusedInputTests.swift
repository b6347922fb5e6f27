import Foundation
import Testing

/// Input that used to be accepted and is now refused (issue 11, cases 8 to 10): each ends in
/// exit 2 with file, line and problem, prints no report, and writes nothing, not even with
/// `--output` given.
@Suite("Refused input")
struct RefusedInputTests {
    typealias Case = BadInputMatrixTests.Case
    static func replacing(_ old: String, _ new: String) -> String { BadInputMatrixTests.replacing(old, new) }
    static func write(_ text: String, _ path: String) { try! text.write(toFile: path, atomically: true,
                                                                        encoding: .utf8) }
    static func link(_ path: String, to target: String) {
        try! FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    static func attributesWith(_ values: String) -> String {
        #"{"format": "claimcheck-attributes", "version": 1, "attributes": [{"id": "members", "name": "Members", "# +
            #""kind": "count", "units": ["countries"]},"#
            + "\n" + #"{"id": "mode", "name": "Mode", "kind": "category", "values": ["# + values + "]}]}"
    }

    static let cases: [Case] = [
        Case(name: "a dangling link named like a source file",
             spoil: { link($0 + "/claims/sources/gone.json", to: "moved-away.json") },
             stderr: "error: claims/sources/gone.json: is a symbolic link to moved-away.json, which does not exist; " +
                     "restore the file, or remove the link\n"),
        Case(name: "links named like source files that loop, to themselves and to each other",
             spoil: { folder in
                 link(folder + "/claims/sources/self.json", to: "self.json")
                 link(folder + "/claims/sources/a.json", to: "b.json")
                 link(folder + "/claims/sources/b.json", to: "a.json")
             },
             stderr: """
             error: claims/sources/a.json: is a symbolic link that loops (to b.json); replace it with the file, or \
             remove it
             error: claims/sources/b.json: is a symbolic link that loops (to a.json); replace it with the file, or \
             remove it
             error: claims/sources/self.json: is a symbolic link that loops (to self.json); replace it with the file, \
             or remove it

             """),
        Case(name: "a dangling link named like an article given as a folder to extract",
             spoil: { try! FileManager.default.createDirectory(atPath: $0 + "/articles",
                                                               withIntermediateDirectories: true)
                 link($0 + "/articles/story.txt", to: "nowhere.txt") },
             arguments: ["extract", "articles", "--out", "out"],
             stderr: "error: articles/story.txt: is a symbolic link to nowhere.txt, which does not exist; restore " +
                     "the file, or remove the link\n"),
        Case(name: "category values that refine each other in a cycle",
             spoil: { write(attributesWith(#"{"id": "present", "broader": "hall"},"# + "\n"
                                            + #"{"id": "in-person", "broader": "present"},"# + "\n"
                                            + #"{"id": "hall", "broader": "in-person"}"#), $0
                                                + "/claims/attributes.json") },
             stderr: "error: claims/attributes.json:4: category values refine each other in a cycle: hall → " +
                     "in-person → present → hall; one of them must refine nothing\n"),
        Case(name: "a category value that refines itself",
             spoil: { write(attributesWith(#"{"id": "remote"},"# + "\n"
                                           + #"{"id": "video-link", "broader": "video-link"}"#),
                            $0 + "/claims/attributes.json") },
             stderr: "error: claims/attributes.json:3: category value \"video-link\" refines itself; remove its " +
                     "\"broader\"\n"),
        Case(name: "a count that underflows to zero", claim: replacing(#""value": 12"#, #""value": 1e-400"#),
             stderr: "error: claims/sources/s.json:4: invalid JSON: number 1e-400 is too small to represent (it " +
                     "would read as 0) (column 74)\n"),
        Case(name: "a number that loses its digits below the smallest normal Double",
             claim: replacing(#""value": 12"#, #""value": 4.9e-320"#),
             stderr: "error: claims/sources/s.json:4: invalid JSON: number 4.9e-320 is too small to represent " +
                     "exactly (column 76)\n"),
        Case(name: "an empty evidence file", claim: replacing(#"{"line": 7}"#, #"{"file": "", "line": 7}"#),
             stderr: "error: claims/sources/s.json:4: \"file\" in the evidence is empty; name the article file, or " +
                     "leave \"file\" out\n"),
        Case(name: "an empty source file",
             spoil: { write(BadInputMatrixTests.source(claim: BadInputMatrixTests.claim)
                 .replacingOccurrences(of: #""file": "a.txt""#, with: #""file": """#),
                            $0 + "/claims/sources/s.json") },
             stderr: "error: claims/sources/s.json:2: \"file\" in the source is empty; name the article file, or " +
                     "leave \"file\" out\n"),
        Case(name: "a baseline fingerprint that is not one",
             spoil: { write("{\"format\": \"claimcheck-baseline\", \"version\": 1, \"findings\": " +
                            "[\n{\"fingerprint\": \"zz<script>\", \"rule\": \"count-mismatch\"}]}\n",
                            $0 + "/baseline.json") },
             arguments: ["check", "claims", "--baseline", "baseline.json", "--output", "report.txt"],
             stderr: "error: baseline.json:2: \"zz<script>\" is not a fingerprint (16 lowercase hexadecimal digits, " +
                     "as reports give them)\n"),
        Case(name: "a suppression fingerprint that is not one",
             spoil: { write("{\"suppressions\": [\n{\"fingerprint\": \"1AA2EAE2D77C4723\", \"reason\": \"upper " +
                            "case\"}]}\n", $0 + "/.claimcheck.json") },
             stderr: "error: .claimcheck.json:2: \"1AA2EAE2D77C4723\" is not a fingerprint (16 lowercase hexadecimal " +
                     "digits, as reports give them)\n"),
    ]

    @Test(arguments: cases)
    func refusedWithFileLineAndNothingWritten(_ refused: Case) throws {
        let folder = BadInputMatrixTests.folder(claim: refused.claim)
        refused.spoil(folder.path)
        let before = FolderState.of(folder.path)
        let arguments = refused.arguments.contains("--output") || refused.arguments.first != "check"
            ? refused.arguments : refused.arguments + ["--output", "report.txt"]
        let outcome = try ToolRunner.run(arguments, in: folder.path)
        #expect(outcome.code == refused.code)
        #expect(outcome.stderr == refused.stderr)
        #expect(outcome.stdout == "")
        #expect(FolderState.of(folder.path) == before, "nothing is written")
    }

    /// Values that refine in a chain, ending at one that refines nothing, are fine.
    @Test func aChainOfBroaderValuesIsAccepted() throws {
        let folder = BadInputMatrixTests.folder()
        Self.write(Self.attributesWith(#"{"id": "present"}, {"id": "remote", "broader": "present"}, "# +
                                       #"{"id": "video-link", "broader": "remote"}"#),
                   folder.path + "/claims/attributes.json")
        let outcome = try ToolRunner.run(["check", "claims"], in: folder.path)
        #expect(outcome.code == 0)
        #expect(outcome.stderr == "")
    }

    /// A dangling link with a name the walk does not read stays none of its business.
    @Test func aDanglingLinkWithAnotherNameIsLeftAlone() throws {
        let folder = BadInputMatrixTests.folder()
        Self.link(folder.path + "/claims/sources/notes.txt", to: "nowhere.txt")
        Self.link(folder.path + "/claims/sources/drafts", to: "nowhere")
        let outcome = try ToolRunner.run(["check", "claims"], in: folder.path)
        #expect(outcome.code == 0)
        #expect(outcome.stdout == BadInputMatrixTests.passed)
    }
}
