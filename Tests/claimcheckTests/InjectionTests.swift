import Foundation
import Testing
import ClaimModel

/// Text from claim files (statements, outlet, entity and event names, keys) must not break out
/// of its place in a report: no terminal escape reaches the reader, no newline starts a line
/// of its own (where `::error` would become a GitHub workflow command), and the JSON report
/// parses back to exactly the text the file held.
@Suite("Injection")
struct InjectionTests {
    static let hostile = [
        "\u{1B}[2J\u{1B}]0;owned\u{07}", "\u{9B}31m", "<script>alert(1)</script>", "\"quoted\" 'single' \\",
        "100% %s %n %%", "line\nbreak\r\n::error file=x,line=1::owned", "a,b:c::d", "\u{202E}desrever",
            "\u{2028}\u{2029}",
        "</textarea></title><img src=x onerror=alert(1)>", "%0A%0D%25", "`code` ``double``", "@octocat",
            "![x](http://evil.example/x.png)",
        "[link](javascript:alert(1))", "www.evil.example", "&amp; &#60;", "\u{2066}isolate\u{2069}",
    ].joined(separator: " | ")

    /// The claims of `folder()` cite this file: a file name carries hostile text into link and
    /// location contexts (SARIF URIs, annotation properties, code spans).
    static let hostileFile = "a`` <b>|x</b>, line: 2 @octocat.txt"

    static func folder(text raw: String = hostile, file: String = hostileFile) -> ScratchFolder {
        let text = JSONWriter.quoted(raw)
        let folder = ScratchFolder()
        folder.write("claims/entities.json", #"{"format": "claimcheck-entities", "version": 1, "entities": "# +
                                             #"[{"id": "bloc", "name": \#(text), "kind": "group"}]}"#)
        folder.write("claims/events.json", #"{"format": "claimcheck-events", "version": 1, "events": "# +
                                           #"[{"id": "meeting", "name": \#(text), "start": "2024-03-01", "place": "# +
                                           #"\#(text)}]}"#)
        folder.write("claims/attributes.json", #"{"format": "claimcheck-attributes", "version": 1, "attributes": "# +
                                               #"[{"id": "members", "name": \#(text), "kind": "count", "units": "# +
                                               #"["countries"]}]}"#)
        for (index, value) in [12, 15].enumerated() {
            folder.write("claims/sources/s\(index).json", """
            {"format": "claimcheck-claims", "version": 1,
             "source": {"id": "s\(index)", "outlet": \(text), "title": \(text), "published": "2024-03-02", "file": \
            \(JSONWriter.quoted(file + "\(index)"))},
             "claims": [{"id": "c", "subject": "bloc", "attribute": "members", "value": \(value), "event": "meeting",
                         "statement": \(text), "evidence": {"line": 7}}]}
            """)
        }
        return folder
    }

    static func controlCharacters(in text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter {
            ($0 < 0x20 && $0 != 0x0A) || (0x7F...0x9F).contains($0) || (0x202A...0x202E).contains($0)
                || (0x2066...0x2069).contains($0)
        }
    }

    @Test func theTextReportNeutralisesControlsAndKeepsEachValueOnItsLine() throws {
        let folder = Self.folder()
        let outcome = try ToolRunner.run(["check"], in: folder.path)
        #expect(outcome.code == 1)
        #expect(outcome.stdout.contains("error [count-mismatch]"))
        #expect(Self.controlCharacters(in: outcome.stdout) == [])
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.hasPrefix("::") || $0.hasPrefix("break") })
        #expect(outcome.stdout.contains("<script>alert(1)</script>"), "text is shown, not dropped")
    }

    @Test func theJSONReportEscapesEverythingAndReadsBackExactly() throws {
        let folder = Self.folder()
        let outcome = try ToolRunner.run(["check", "--format", "json"], in: folder.path)
        #expect(outcome.code == 1)
        #expect(Self.controlCharacters(in: outcome.stdout) == [])
        #expect(!outcome.stdout.contains("\u{2028}") && !outcome.stdout.contains("\u{2029}"))
        let report = try JSONParser.parse(outcome.stdout)
        let message = try #require(report["findings"]?.arrayValue?.first?["message"]?.stringValue)
        #expect(message.contains(Self.hostile), "the outlet and names come back byte for byte")
    }

    @Test func diagnosticsOnStandardErrorNeutraliseControls() throws {
        let folder = Self.folder()
        let key = JSONWriter.quoted("\u{1B}]0;owned\u{07}\n::error::x")
        folder.write("claims/sources/s0.json", """
        {"format": "claimcheck-claims", "version": 1, \(key): 1,
         "source": {"id": "s0", "outlet": "O", "file": "a.txt"},
         "claims": [{"id": "c\\u001b[2J", "subject": "bloc", "attribute": "members", "value": 12, "evidence": {"line": \
        7}}]}
        """)
        let outcome = try ToolRunner.run(["check"], in: folder.path)
        #expect(outcome.code == 2)
        #expect(Self.controlCharacters(in: outcome.stderr) == [])
        #expect(!outcome.stderr.split(separator: "\n").contains { $0.hasPrefix("::") })
        #expect(outcome.stderr.contains("\"id\" is \"c\u{FFFD}[2J\""))
    }
}
