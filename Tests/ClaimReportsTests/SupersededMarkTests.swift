import Testing
import ClaimModel
import ClaimRules
@testable import ClaimReports

/// An update supersedes the earlier figure; every report says so where that figure stands, so
/// a reader does not repeat a toll a later report replaced.
@Suite("Superseded figures in every format")
struct SupersededMarkTests {
    static func report() -> Report {
        let set = ExampleCatalog.claimSet(for: [
            .toll(.exactly(12), by: "city-police", in: "outlet-b"),
            .toll(.exactly(27), by: "city-police", in: "outlet-c"),
        ])
        return Report(findings: RulesEngine().check(set), claimSet: set)
    }

    @Test func theUpdateSupersedesTheEarlierToll() throws {
        let update = try #require(Self.report().findings.first { $0.ruleID == "update" })
        #expect(update.superseded.count == 1)
        #expect(update.superseded.allSatisfy { $0.hasPrefix("outlet-b#") })
    }

    @Test(arguments: ["text", "markdown", "html", "github", "junit", "sarif"])
    func everyHumanFormatMarksIt(format: String) throws {
        let reporter = try #require(ReporterRegistry.reporter(for: format, colour: false))
        let output = reporter.generateReport(Self.report())
        #expect(output.contains("12 people (superseded)") || output.contains("12 (superseded)"), "\(format)")
        #expect(!output.contains("27 people (superseded)") && !output.contains("27 (superseded)"), "\(format)")
    }

    @Test func theJSONReportListsItById() throws {
        let json = try JSONParser.parse(JSONReporter().generateReport(Self.report()))
        let update = try #require(json["findings"]?.arrayValue?.first { $0["rule"]?.stringValue == "update" })
        let ids = update["superseded"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(ids.count == 1 && ids.allSatisfy { $0.hasPrefix("outlet-b#") })
    }
}
