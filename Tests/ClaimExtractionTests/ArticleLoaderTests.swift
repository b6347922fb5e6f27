import ClaimModel
import Testing
@testable import ClaimExtraction

struct ArticleLoaderTests {
    @Test(arguments: [
        ("6.1.2026 - 19:48", "2026-01-06"),
        ("Thu, 04 Sep 2025 14:12:00 +0300", "2025-09-04"),
        ("Published: September 4, 2025", "2025-09-04"),
        ("2025-03-12T18:00:00Z", "2025-03-12"),
        ("4 March 2025", "2025-03-04"),
    ])
    func readsDatelines(_ line: String, _ iso: String) {
        #expect(DateText.dateLine(line) == Day(iso: iso), "\(line)")
    }

    @Test(arguments: ["The summit opened on 4 September 2025 in Paris.", "Thursday", "SDA", "31.2.2025"])
    func proseIsNotADateline(_ line: String) {
        #expect(DateText.dateLine(line) == nil, "\(line)")
    }

    @Test func frontMatterWinsAndIsBlanked() throws {
        let text = "---\ntitle: \"A title\"\noutlet: Desk\npublished: 2025-03-13\n---\nBody text.\n"
        let article = try ArticleLoader().read(Array(text.utf8), path: "a.md")
        #expect(article.metadata == ArticleMetadata(title: "A title", outlet: "Desk",
                                                    published: Day(iso: "2025-03-13")))
        #expect(!article.text.text(0..<article.text.bytes.count).contains("outlet"))
        #expect(article.text.bytes.count == article.text.original.count)
    }

    @Test func metadataFromFirstLines() throws {
        let article = try Fixture.article("fire-first-report.txt")
        #expect(article.metadata.published == Day(iso: "2025-03-10"))
        #expect(article.metadata.outlet == "Harbour Gazette")
        #expect(article.metadata.title == "Warehouse blaze kills workers in Port Helm")
        #expect(article.warnings.isEmpty)
    }

    @Test func knownOutletAliasNamesTheOutlet() throws {
        let text = "Headline here\n\nSDA\n\n6.1.2026 - 19:48\n\nBody."
        let article = try ArticleLoader(knownOutlets: ["sda": "Keystone-SDA"]).read(Array(text.utf8), path: "a.txt")
        #expect(article.metadata.outlet == "Keystone-SDA")
    }

    /// A "Source:" line names the outlet when it is among the last eight short lines with text
    /// (paragraphs and blank lines do not count), the latest such line first.
    @Test func sourceLineAtTheFootNamesTheOutlet() throws {
        let paragraph = String(repeating: "The harbour board met again to discuss the ferry timetable. ", count: 8)
        let notes = (1...7).map { "Note \($0)." }
        let body = ["Ferry timetable talks", "", "6.1.2026 - 19:48", "", paragraph, "Source: Far Away"]
            + notes[0..<5] + ["Source: Inner Old", notes[5], "Source: Harbour Desk", notes[6], "   ", paragraph]
        let article = try ArticleLoader().read(Array(body.joined(separator: "\n").utf8), path: "a.txt")
        #expect(article.metadata.outlet == "Harbour Desk")
        #expect(article.metadata.title == "Ferry timetable talks")
        let farOnly = ["Ferry timetable talks", "", "6.1.2026 - 19:48", "", paragraph, "Source: Far Away"]
            + (1...8).map { "Note \($0)." } + [paragraph]
        let far = try ArticleLoader().read(Array(farOnly.joined(separator: "\n").utf8), path: "b.txt")
        #expect(far.metadata.outlet == nil)
        #expect(far.metadata.published == Day(iso: "2026-01-06"))
    }

    @Test func htmlDropsScriptsAndKeepsOffsets() throws {
        let article = try Fixture.article("bergen-summit.html")
        let text = article.text.text(0..<article.text.bytes.count)
        #expect(!text.contains("tracking"))
        #expect(!text.contains("color"))
        #expect(text.contains("Denmark did not sign the closing declaration & will decide later."))
        #expect(article.metadata.outlet == "Nordic Wire")
        #expect(article.metadata.published == Day(iso: "2025-03-12"))
        #expect(article.text.bytes.count == article.text.original.count)
    }

    @Test func missingDateIsAWarning() throws {
        let article = try ArticleLoader().read(Array("Just a sentence about nothing.".utf8), path: "a.txt")
        #expect(article.warnings.contains { $0.contains("no publication date") })
    }

    @Test func binaryFilesAreRejectedWithTheirName() {
        #expect(throws: InputError.self) {
            try ArticleLoader().read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01], path: "x.txt")
        }
        do { _ = try ArticleLoader().read([0x41, 0x00], path: "x.txt") } catch {
            #expect(error.description.contains("x.txt"))
        }
    }

    @Test func invalidUTF8NamesTheLine() {
        do {
            _ = try ArticleLoader().read(Array("line one\nline two \u{E9}".utf8.dropLast(1)) + [0xFF, 0x0A],
                                         path: "bad.txt")
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.description.contains("bad.txt:2"))
            #expect(error.description.contains("UTF-8"))
        }
    }

    @Test func emptyArticleSaysSo() throws {
        let article = try ArticleLoader().read(Array("  \n\n ".utf8), path: "empty.txt")
        #expect(article.warnings == ["the article is empty; there is nothing to extract"])
        var extractor = ClaimExtractor(registry: try Fixture.registry())
        #expect(extractor.extract(article).claims.isEmpty)
    }
}
