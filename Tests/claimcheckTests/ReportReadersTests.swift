import Foundation
import Testing

/// Reports as their readers see them, run through the built binary: paths a code-scanning
/// upload and an annotation can resolve, the draft leading a desk-check finding, quote marks
/// only around an article's own words, and a Markdown comment that fits GitHub's limit.
@Suite struct ReportReadersTests {
    static let fixtures = ToolRunner.packageRoot + "/Tests/ClaimExtractionTests/Fixtures"

    /// A working folder that is not the package root, holding `drafts/bergen/<name>`.
    static func workspace(draftName: String = "draft.md") throws -> String {
        let folder = NSTemporaryDirectory() + "claimcheck-readers-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/drafts/bergen", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: fixtures + "/articles/draft.md", toPath: folder + "/drafts/bergen/" + draftName)
        return folder
    }

    static func sarifURIs(_ sarif: String) throws -> [String] {
        let document = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as! [String: Any]
        let results = ((document["runs"] as! [[String: Any]])[0]["results"] as! [[String: Any]])
        return results.map { result in
            let location = (result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any]
            return (location["artifactLocation"] as! [String: Any])["uri"] as! String
        }
    }

    /// Run from another folder with a nested draft path: every format names the draft by
    /// that path, so the alert and the annotation land on a file that exists.
    @Test func deskCheckFromAnotherFolderNamesTheDraftAsGiven() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let arguments = ["check", Self.fixtures + "/claims", "drafts/bergen/draft.md"]
        let sarif = try ToolRunner.run(arguments + ["--format", "sarif"], in: folder)
        #expect(sarif.code == 1, "\(sarif.stderr)")
        #expect(try Self.sarifURIs(sarif.stdout) == ["drafts/bergen/draft.md"])
        let github = try ToolRunner.run(arguments + ["--format", "github"], in: folder)
        #expect(
            github.stdout.hasPrefix("::error file=drafts/bergen/draft.md,line=7,title=claimcheck category-conflict::"),
            "\(github.stdout)")
        let text = try ToolRunner.run(arguments, in: folder)
        #expect(text.stdout.contains("Desk Draft, 13 Mar 2025   drafts/bergen/draft.md:7\n"), "\(text.stdout)")
        // A `./` in front is the same file; reports drop it.
        let dotted = try ToolRunner.run(
            ["check", Self.fixtures + "/claims", "./drafts/bergen/draft.md", "--format", "sarif"], in: folder)
        #expect(try Self.sarifURIs(dotted.stdout) == ["drafts/bergen/draft.md"])
    }

    /// With an articles folder configured, the record's articles get it in front, the draft
    /// (a path the user typed) does not.
    @Test func configuredArticlesFolderLeavesTheDraftsPathAlone() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #"{"format": "claimcheck-config", "version": 1, "articles": "coverage"}"#
            .write(toFile: folder + "/.claimcheck.json", atomically: true, encoding: .utf8)
        let text = try ToolRunner.run(["check", Self.fixtures + "/claims", "drafts/bergen/draft.md"], in: folder)
        #expect(text.stdout.contains(" drafts/bergen/draft.md:7\n"), "\(text.stdout)")
        #expect(text.stdout.contains(" coverage/fjord-times.txt:4\n"), "\(text.stdout)")
        let github = try ToolRunner.run(
            ["check", Self.fixtures + "/claims", "drafts/bergen/draft.md", "--format", "github"], in: folder)
        #expect(github.stdout.contains("file=drafts/bergen/draft.md,"))
        #expect(github.stdout.contains("(coverage/fjord-times.txt:4)"))
    }

    /// A draft whose source id sorts after the record's would not lead on its own: the desk
    /// check puts its claim first anyway.
    @Test func theDraftsClaimLeadsEveryDeskCheckFinding() throws {
        let folder = try Self.workspace(draftName: "zz-late-edition.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let arguments = ["check", Self.fixtures + "/claims", "drafts/bergen/zz-late-edition.md"]
        let text = try ToolRunner.run(arguments, in: folder)
        let primary = text.stdout.split(separator: "\n").first { $0.hasPrefix("  ▸ ") }
        #expect(primary?.hasSuffix("drafts/bergen/zz-late-edition.md:7") == true, "\(text.stdout)")
        let sarif = try ToolRunner.run(arguments + ["--format", "sarif"], in: folder)
        #expect(try Self.sarifURIs(sarif.stdout) == ["drafts/bergen/zz-late-edition.md"])
    }

    /// Quote marks only around the article's own words: the draft's sentence is quoted from
    /// the file, extraction's generated description never appears as a quotation, the
    /// record's statement is labelled a paraphrase, and the absent article is said once.
    @Test func quoteMarksHoldOnlyTheArticlesOwnWords() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for format in ["text", "markdown", "html"] {
            let run = try ToolRunner.run(
                ["check", Self.fixtures + "/claims", "drafts/bergen/draft.md", "--format", format], in: folder)
            let output = run.stdout
            #expect(
                output.contains("“Norwegian Prime Minister Ingrid Halvorsen attended the Bergen summit in person”"),
                "\(format): \(output)")
            #expect(
                !output.contains("Ingrid Halvorsen: attendance in person"),
                "\(format): the generated description is shown")
            #expect(!output.contains("“Halvorsen joined"), "\(format): the curator's statement is in quote marks")
            #expect(output.contains("aphrase"), "\(format): the statement is not labelled")
            #expect(
                output.components(separatedBy: "is not at hand (fjord-times.txt)").count == 2, "\(format): say it once")
        }
        // With the record's article beside it, its line is quoted too, and nothing is absent.
        try "Fjord Times\n\n\nHalvorsen  followed the Bergen talks\tby video link.\n".write(
            toFile: folder + "/fjord-times.txt", atomically: true, encoding: .utf8)
        let run = try ToolRunner.run(["check", Self.fixtures + "/claims", "drafts/bergen/draft.md"], in: folder)
        #expect(
            run.stdout.contains(
                "      “Halvorsen followed the Bergen talks by video link.”\n"
                    + "      paraphrase: Halvorsen joined the Bergen summit by video link.\n"
            ), "\(run.stdout)")
        #expect(!run.stdout.contains("not at hand"))
    }

    /// `count` people, two outlets giving each a different count (an error each), and a
    /// third hedging a third value for every other person (a warning each).
    static func largeRecord(people count: Int) throws -> String {
        let folder = NSTemporaryDirectory() + "claimcheck-large-" + UUID().uuidString
        let claims = folder + "/claims"
        try FileManager.default.createDirectory(atPath: claims + "/sources", withIntermediateDirectories: true)
        let people = (1...count).map { String(format: "person-%03d", $0) }
        func write(_ name: String, _ text: String) throws {
            try text.write(toFile: claims + "/" + name, atomically: true, encoding: .utf8)
        }
        try write(
            "attributes.json",
            #"{"format": "claimcheck-attributes", "version": 1, "#
                + #""attributes": [{"id": "pledge", "name": "Troops pledged", "#
                + #""kind": "count", "units": ["soldiers"], "tolerance": {"about": 0, "slack": 0}}]}"#
        )
        try write(
            "entities.json",
            #"{"format": "claimcheck-entities", "version": 1, "entities": ["#
                + people.map { #"{"id": "\#($0)", "name": "Minister \#($0) `tick` | pipe", "kind": "person"}"# }.joined(
                    separator: ",") + "]}")
        try write(
            "events.json",
            #"{"format": "claimcheck-events", "version": 1, "#
                + #""events": [{"id": "summit", "name": "Summit", "start": "2025-09-04"}]}"#
        )
        for (outlet, base, modality) in [
            ("alpha", 100, "asserted"), ("beta", 200, "asserted"), ("gamma", 300, "hedged"),
        ] {
            let listed = outlet == "gamma" ? people.enumerated().filter { $0.offset % 2 == 0 }.map(\.element) : people
            let items = listed.enumerated().map { index, person in
                #"{"id": "\#(person)", "subject": "\#(person)", "attribute": "pledge", "value": \#(base), "#
                    + #""unit": "soldiers", "event": "summit", "modality": "\#(modality)", "#
                    + #""statement": "\#(outlet) says \#(base) for \#(person).", "evidence": {"line": \#(index + 1)}}"#
            }
            try write(
                "sources/\(outlet).json",
                #"{"format": "claimcheck-claims", "version": 1, "source": {"id": "\#(outlet)", "#
                    + #""outlet": "\#(outlet.capitalized)", "published": "2025-09-04", "#
                    + #""file": "\#(outlet).txt"}, "claims": ["#
                    + items.joined(separator: ",") + "]}")
        }
        return folder
    }

    /// GitHub refuses a comment over 65,536 characters: the report stays under the limit,
    /// errors first, whole findings only, and says what it left out and where the rest is.
    @Test func markdownStaysUnderItsByteLimitWithoutCuttingATable() throws {
        let folder = try Self.largeRecord(people: 200)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let unlimited = try ToolRunner.run(["check", "claims", "--format", "markdown", "--max-bytes", "0"], in: folder)
        #expect(unlimited.stdout.utf8.count > 65_536, "the record must be big enough to need the limit")
        #expect(!unlimited.stdout.contains("left out"))

        let byDefault = try ToolRunner.run(["check", "claims", "--format", "markdown"], in: folder)
        #expect(byDefault.code == 1)
        #expect(byDefault.stdout.utf8.count <= 60_000)
        for limit in [6_000, 20_000] {
            let run = try ToolRunner.run(
                ["check", "claims", "--format", "markdown", "--max-bytes", String(limit)], in: folder)
            let markdown = run.stdout
            #expect(markdown.utf8.count <= limit)
            let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            let last = lines.last { !$0.isEmpty } ?? ""
            #expect(
                last.hasPrefix("**") && last.contains("findings left out**")
                    && last.contains("under \(limit == 6_000 ? "6,000" : "20,000") bytes"), "\(last)")
            #expect(
                last.contains("The full report: `claimcheck check claims --format html --output report.html`."),
                "\(last)")
            // Every table that starts is whole: header, rule, then rows until a blank line.
            let shown = markdown.components(separatedBy: "**error** `count-mismatch`").count - 1
            #expect(shown > 0)
            #expect(
                markdown.components(
                    separatedBy: "| | value | said by | outlet, date | where |\n|---|---|---|---|---|\n"
                ).count - 1 == shown)
            for (index, line) in lines.enumerated() where line.hasPrefix("| ") && index + 1 < lines.count {
                #expect(
                    lines[index + 1].hasPrefix("|") || lines[index + 1].isEmpty,
                    "a table stops mid-row at line \(index + 1)")
            }
            // Errors come before any warning; with this budget no warning fits.
            #expect(!markdown.contains("**warning**"))
            #expect(last.contains("errors, 100 warnings"), "\(last)")
        }
    }

    /// GitHub's Markdown engine reads the shortened comment as whole tables: one per finding
    /// shown, plus the summary. cmark-gfm is Debian's package (installed by `.ci/run`).
    @Test func cmarkGfmReadsTheShortenedReportAsWholeTables() throws {
        guard
            let cmark = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first(
                where: FileManager.default.isExecutableFile)
        else {
            print(
                "skipped: cmark-gfm is not installed (apt-get install cmark-gfm); "
                    + "the byte-limit test still checks the tables"
            )
            return
        }
        let folder = try Self.largeRecord(people: 40)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try ToolRunner.run(
            ["check", "claims", "--format", "markdown", "--max-bytes", "5000", "--output", "comment.md"], in: folder)
        #expect(run.code == 1, "\(run.stderr)")
        let markdown = try String(contentsOfFile: folder + "/comment.md", encoding: .utf8)
        let html = try ToolRunner.execute(cmark, ["-e", "table", folder + "/comment.md"]).stdout
        let shown = markdown.components(separatedBy: "**error** `count-mismatch`").count - 1
        #expect(shown > 1)
        #expect(html.components(separatedBy: "<table>").count - 1 == shown + 1, "\(html)")
        #expect(html.components(separatedBy: "<code>").count == html.components(separatedBy: "</code>").count)
        #expect(html.contains("findings left out</strong>"), "\(html.suffix(500))")
        #expect(html.contains("Minister person-001 `tick` | pipe"), "names with backticks and pipes stay text")
    }

    @Test func sizeAndTimelineOptionsBelongToTheirFormats() throws {
        let maxBytes = try ToolRunner.run(["check", "claims", "--max-bytes", "100"])
        #expect(maxBytes.code == 64)
        #expect(
            maxBytes.stderr.hasPrefix("Error: --max-bytes limits the Markdown report only: add --format markdown\n"))
        let bad = try ToolRunner.run(["check", "claims", "--format", "markdown", "--max-bytes", "lots"])
        #expect(bad.code == 64)
        let timelines = try ToolRunner.run(["check", "claims", "--all-timelines"])
        #expect(timelines.code == 64)
        #expect(timelines.stderr.hasPrefix("Error: --all-timelines shapes the HTML report only: add --format html\n"))
    }
}
