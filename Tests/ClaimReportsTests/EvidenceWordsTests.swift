import ClaimModel
import ClaimRules
import Testing

@testable import ClaimReports

/// What a report puts in quote marks (only the article's own words) and how much of a large
/// finding the human formats list (a few claims per side, the rest counted).
@Suite struct EvidenceWordsTests {
    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    @Test func quoteIsTheSpanElseTheLine() {
        let article = Self.lines("Dateline\nThe minister said  twenty\tcountries would join.\n")
        #expect(
            EvidenceQuote(Evidence(file: "a.txt", line: 2, span: 19..<35), in: article)
                == EvidenceQuote(text: "twenty countries", extent: .span))
        #expect(
            EvidenceQuote(Evidence(file: "a.txt", line: 2), in: article)
                == EvidenceQuote(text: "The minister said twenty countries would join.", extent: .line))
        // A span that does not fit the line falls back to the line; a line past the end is no quote.
        #expect(EvidenceQuote(Evidence(file: "a.txt", line: 2, span: 30..<900), in: article)?.extent == .line)
        #expect(EvidenceQuote(Evidence(file: "a.txt", line: 9), in: article) == nil)
        #expect(EvidenceQuote(Evidence(file: "a.txt", line: 3), in: article) == nil, "a blank line quotes nothing")
    }

    @Test func longLinesAreCutAtAWord() throws {
        let long = Array(repeating: "word", count: 200).joined(separator: " ")
        let quote = try #require(EvidenceQuote(Evidence(file: "a.txt", line: 1), in: Self.lines(long)))
        #expect(quote.text.hasSuffix("word…"))
        #expect(quote.text.count <= EvidenceQuote.maximumLength + 1)
    }

    @Test func quotesAreReadOncePerArticleAndAbsentOnesAreNamed() {
        let claims = [ExampleClaim.pledge(.exactly(26), in: "outlet-a"), .pledge(.exactly(20), in: "outlet-b")]
        let set = ExampleCatalog.claimSet(for: claims)
        var reads: [String] = []
        let quotes = EvidenceQuotes(for: set.claims + set.claims, articles: ArticleLocations(folder: "news")) { path in
            reads.append(path)
            return path == "news/outlet-a.txt" ? Array("Twenty-six nations signed.\n".utf8) : nil
        }
        #expect(reads == ["news/outlet-a.txt", "news/outlet-b.txt"])
        #expect(quotes.absent == ["news/outlet-b.txt"])
        #expect(
            quotes.absentNote?.hasPrefix(
                "The text of 1 article is not at hand (news/outlet-b.txt), so claims from it show") == true)
        #expect(EvidenceQuotes().absentNote == nil)
    }

    /// The statement is labelled, never quoted; a generated one is dropped when the article's
    /// words are there; the article's words are quoted.
    @Test func everyHumanFormatQuotesOnlyTheArticle() throws {
        let set = ExampleCatalog.claimSet(for: [
            .pledge(.exactly(26), in: "outlet-a"), .pledge(.exactly(20), in: "outlet-b"),
        ])
        var report = Report(findings: RulesEngine().check(set), claimSet: set)
        report.draftSources = ["outlet-b"]
        report.quotes = EvidenceQuotes(for: set.claims, articles: report.articles) { path in
            path == "outlet-b.txt" ? Array("x\nTwenty nations, the draft says.\n".utf8) : nil
        }
        let text = TextReporter().generateReport(report)
        let markdown = MarkdownReporter().generateReport(report)
        let html = HTMLReporter().generateReport(report)
        for (format, output) in [("text", text), ("markdown", markdown), ("html", html)] {
            #expect(output.contains("“Twenty nations, the draft says.”"), "\(format)")
            #expect(output.contains("paraphrase"), "\(format)")
            #expect(!output.contains("“example claim"), "\(format): a statement in quote marks")
            #expect(
                !output.contains("example claim 2"),
                "\(format): the draft's generated statement is shown beside its words")
            #expect(output.components(separatedBy: "not at hand (outlet-a.txt)").count == 2, "\(format): said once")
        }
    }

    @Test func machineReportsGetBothWordsLabelled() {
        let set = ExampleCatalog.claimSet(for: [
            .pledge(.exactly(26), in: "outlet-a"), .pledge(.exactly(20), in: "outlet-b"),
        ])
        var report = Report(findings: RulesEngine().check(set), claimSet: set)
        report.draftSources = ["outlet-b"]
        report.quotes = EvidenceQuotes(for: set.claims, articles: report.articles) {
            $0 == "outlet-b.txt" ? Array("x\nTwenty.\n".utf8) : nil
        }
        let first = JSONWriter.write(.object(EvidenceQuote.jsonMembers(for: set.claims[0], in: report)))
        let second = JSONWriter.write(.object(EvidenceQuote.jsonMembers(for: set.claims[1], in: report)))
        #expect(first.contains("\"quote\": null") && first.contains("\"kind\": \"paraphrase\""), "\(first)")
        #expect(second.contains("\"extent\": \"line\"") && second.contains("\"kind\": \"generated\""), "\(second)")
    }

    /// 12 outlets say 26, one says 20: five of the twelve are listed, seven counted.
    @Test func largeSidesShowTheirFirstClaimsAndACount() throws {
        let many =
            (0..<12).map { ExampleClaim.pledge(.exactly(26), in: "outlet-\($0 + 10)") } + [
                .pledge(.exactly(20), in: "outlet-a")
            ]
        let set = ExampleCatalog.claimSet(for: many)
        let findings = RulesEngine().check(set)
        let finding = try #require(findings.first { $0.ruleID == "count-mismatch" })
        #expect(finding.claims.count == 13)
        let sides = FindingSides(finding, names: ClaimNames(set)).sides
        #expect(sides.map(\.shown.count).sorted() == [1, 5])
        #expect(sides.map(\.hidden).sorted() == [0, 7])
        let report = Report(findings: [finding], claimSet: set)
        let sentence = "and 7 more claims with 26 countries (see the JSON report)"
        let findingsOnly = HTMLReporter().generateReport(report).components(separatedBy: "<section id=\"timelines\">")[
            0]
        for output in [
            TextReporter().generateReport(report), MarkdownReporter().generateReport(report),
            findingsOnly, GitHubReporter().generateReport(report),
        ] {
            #expect(output.contains(sentence))
            // Six claims are listed; all thirteen would name 13 places or more in every format.
            #expect(output.components(separatedBy: ".txt:").count - 1 < 13, "every claim is listed")
        }
        // The timeline of that group draws every claim while it is small.
        #expect(HTMLReporter().generateReport(report).components(separatedBy: "<tr").count - 1 == 14)
        #expect(FindingSides.grouped(49_995) == "49,995")
        #expect(FindingSides.grouped(999) == "999")
    }

    @Test func oneNoteIsSingular() throws {
        let set = ExampleCatalog.claimSet(for: [
            .attendance("video-link", in: "outlet-b"),
            .attendance("in-person", in: "outlet-d", event: "summit-jan"),
        ])
        let findings = RulesEngine().check(set)
        #expect(findings.map(\.severity) == [.info])
        let report = Report(findings: findings, claimSet: set)
        #expect(
            GitHubReporter().generateReport(report).hasSuffix("claimcheck: 0 errors, 0 warnings, 1 note; 0 failing\n"))
        #expect(HTMLReporter().generateReport(report).contains("<li class=\"info\"><b>1</b>note</li>"))
        #expect(TextReporter().generateReport(report).contains("0 errors, 0 warnings, 1 note in 2 claims"))
    }

    /// A timeline of a huge group draws its contradiction's sides and a bounded number of
    /// points, and says how many it leaves out.
    @Test func timelinesOfHugeGroupsAreBounded() throws {
        let many =
            (0..<60).map { ExampleClaim.pledge(.exactly(26), in: "outlet-\($0 + 10)") } + [
                .pledge(.exactly(20), in: "outlet-a")
            ]
        let set = ExampleCatalog.claimSet(for: many)
        let report = Report(findings: RulesEngine().check(set), claimSet: set)
        let html = HTMLReporter().generateReport(report)
        let timelines = try #require(html.components(separatedBy: "<section id=\"timelines\">").last)
        #expect(timelines.components(separatedBy: "<tr").count - 1 == HTMLReporter.timelineEntryLimit + 1)
        #expect(
            timelines.contains(
                "and 21 more claims not drawn; "
                    + "&quot;claimcheck timeline coalition troop-pledge-countries&quot; lists every one."
            ))
        #expect(timelines.contains("outlet-a.txt:61"), "the lone side of the contradiction is drawn")
    }
}
