import Testing
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ClaimModel
import ClaimRules
import ClaimReports

/// The fixture's hostile statement (`<script>`, quotes, `%`, CR LF, commas, colons, `|`, `*`,
/// brackets) and hostile outlet and file names must come out as text in every format.
@Suite struct EscapingTests {
    let report: Report

    init() throws { report = try FixtureCorpus.report(.plain) }

    func render(_ format: String) throws -> String {
        try #require(ReporterRegistry.reporter(for: format, colour: false)).generateReport(report)
    }

    @Test func htmlHasNoMarkupFromClaims() throws {
        let html = try render("html")
        #expect(!html.lowercased().contains("<script"), "a claim's <script> reached the page as markup")
        #expect(!html.contains("<b>Daily</b>"), "the outlet's <b> reached the page as markup")
        #expect(html.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; 100% sure: 20, not 26"))
        #expect(html.contains("The &lt;b&gt;Daily&lt;/b&gt; &quot;Echo&quot;"))
        #expect(html.contains("hostile, part: 1.txt:7"))
        // Self-contained: nothing is fetched.
        for external in ["<link", "src=", "url(", "@import", "<script"] {
            #expect(!html.contains(external), "the page refers to something outside itself: \(external)")
        }
    }

    @Test func markdownEscapesMarkupAndTableBreakers() throws {
        let markdown = try render("markdown")
        #expect(!markdown.contains("<script"))
        #expect(markdown.contains("&lt;script&gt;alert(\"pwned\")&lt;/script&gt; 100% sure: 20, not 26 "
                                  + "\\| \\*really\\* \\[link\\](http\\://x) second line: done"))
        // The statement's CR LF must not end a table row or its list item.
        for line in markdown.split(separator: "\n") where line.contains("pwned") {
            #expect(line.hasPrefix("- ") || line.hasPrefix("| "), "a statement broke out of its block: \(line)")
        }
    }

    @Test func sarifRoundTripsTheStatementAsJSONText() throws {
        let sarif = try render("sarif")
        let document = try JSONParser.parse(sarif)
        let results = try #require(document["runs"]?.arrayValue?.first?["results"]?.arrayValue)
        let texts = results.flatMap { result in
            ((result["locations"]?.arrayValue ?? []) + (result["relatedLocations"]?.arrayValue ?? []))
                .compactMap { $0["message"]?["text"]?.stringValue }
        }
        let hostile = try #require(texts.first { $0.contains("pwned") })
        // SARIF message text escapes only brackets (embedded-link syntax); the rest is JSON's job.
        let expected = FixtureCorpus.hostileStatement.replacingOccurrences(of: "[", with: "\\[")
            .replacingOccurrences(of: "]", with: "\\]")
        #expect(hostile.contains(expected))
        let uris = results.compactMap {
            $0["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue
        }
        #expect(uris.contains("hostile%2C%20part%3A%201.txt"))
    }

    @Test func junitIsWellFormedXMLCarryingTheStatement() throws {
        let xml = try render("junit")
        #expect(!xml.contains("<script"))
        #if canImport(FoundationXML) || canImport(Darwin)
        final class TextCollector: NSObject, XMLParserDelegate {
            var text = ""
            func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = TextCollector()
        parser.delegate = collector
        #expect(parser.parse(), "JUnit output is not well-formed XML: \(String(describing: parser.parserError))")
        // XML normalises CR LF to LF; everything else comes back exactly.
        #expect(collector.text.contains(FixtureCorpus.hostileStatement.replacingOccurrences(of: "\r\n", with: "\n")))
        #endif
    }

    @Test func githubAnnotationsStayOnOneLineAndEscapeLikeTheToolkit() throws {
        let output = try render("github")
        let annotation = try #require(output.split(separator: "\n").first { $0.contains("speaker-inconsistency") })
        #expect(annotation.hasPrefix(
            "::error file=hostile%2C part%3A 1.txt,line=7,title=claimcheck speaker-inconsistency::"))
        #expect(annotation.contains("100%25 sure: 20, not 26"))
        #expect(annotation.contains("[link](http://x)%0D%0Asecond line: done"))
        #expect(!annotation.contains("\r"))
    }

    @Test func workflowCommandEscapingMatchesActionsCore() {
        // @actions/core: escapeData replaces % CR LF; escapeProperty also : and ,.
        #expect(WorkflowCommand.escapeData("100% a:b,c\r\nd") == "100%25 a:b,c%0D%0Ad")
        #expect(WorkflowCommand.escapeProperty("100% a:b,c\r\nd") == "100%25 a%3Ab%2Cc%0D%0Ad")
        #expect(WorkflowCommand.line("warning", properties: [("file", "a,b.txt"), ("line", "3")], message: "x%\ny")
                == "::warning file=a%2Cb.txt,line=3::x%25%0Ay\n")
    }

    @Test func workflowCommandEscapesBeforeCombiningMarksAndReplacesControls() {
        // A line break or `%` followed by a combining mark is escaped like any other: an
        // unescaped line break would end the command and start the next line as a new one.
        #expect(WorkflowCommand.escapeData("a\n\u{301}::error::x") == "a%0A\u{301}::error::x")
        #expect(WorkflowCommand.escapeData("50%\u{308} \r\u{301}") == "50%25\u{308} %0D\u{301}")
        #expect(WorkflowCommand.escapeProperty(":\u{301},\u{301}") == "%3A\u{301}%2C\u{301}")
        // C0 (not CR, LF), DEL, C1 and the bidirectional controls become U+FFFD; their
        // neighbours in UTF-8 (U+00A0, U+2029, U+202F, U+2065, U+206A) stay.
        #expect(WorkflowCommand.escapeData("\u{1B}[1m\t\u{7F}\u{80}\u{9F}\u{202A}\u{202E}\u{2066}\u{2069}")
                == "\u{FFFD}[1m" + String(repeating: "\u{FFFD}", count: 8))
        #expect(WorkflowCommand.escapeData("\u{A0}\u{2029}\u{202F}\u{2065}\u{206A}é€👍")
                == "\u{A0}\u{2029}\u{202F}\u{2065}\u{206A}é€👍")
    }

    @Test func markupEscapingCoversAttributesAndForbiddenControls() {
        #expect(MarkupText.escape("<a href='x'>\"&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;")
        #expect(MarkupText.escape("bell\u{07}") == "bell\u{FFFD}")
        #expect(MarkupText.escapeAttribute("a\nb") == "a&#10;b")
    }
}
