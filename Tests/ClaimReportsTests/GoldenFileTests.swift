import Testing
import Foundation
import ClaimModel
import ClaimRules
import ClaimReports

/// Every reporter against a golden file, in both scenarios. Regenerate deliberately with
/// `UPDATE_GOLDENS=1 swift test --filter GoldenFileTests` and review the diff.
@Suite struct GoldenFileTests {
    static let extensions = ["text": "txt", "json": "json", "markdown": "md", "html": "html",
                             "sarif": "sarif", "junit": "xml", "github": "github.txt"]

    @Test(arguments: FixtureCorpus.Scenario.allCases, ReporterRegistry.identifiers)
    func reporterMatchesGolden(scenario: FixtureCorpus.Scenario, format: String) throws {
        let reporter = try #require(ReporterRegistry.reporter(for: format, colour: false))
        let text = reporter.generateReport(try FixtureCorpus.report(scenario))
        let name = "\(scenario.rawValue).\(Self.extensions[format]!)"
        #expect(try FixtureCorpus.matchesGolden(text, name), "\(format) output differs from Fixtures/golden/\(name)")
    }

    /// Two independent loads and runs give the same bytes: nothing depends on dictionary
    /// order, the clock or the machine.
    @Test(arguments: ReporterRegistry.identifiers)
    func sameInputGivesSameBytes(format: String) throws {
        let reporter = try #require(ReporterRegistry.reporter(for: format, colour: false))
        for scenario in FixtureCorpus.Scenario.allCases {
            let first = reporter.generateReport(try FixtureCorpus.report(scenario))
            let second = reporter.generateReport(try FixtureCorpus.report(scenario))
            #expect(Array(first.utf8) == Array(second.utf8))
        }
    }

    @Test func timelineTextMatchesGolden() throws {
        let claimSet = try FixtureCorpus.claimSet()
        let findings = RulesEngine().check(claimSet)
        let text = TimelineText().render(Timeline.build(subject: "merz", in: claimSet, findings: findings),
                                         in: claimSet)
        #expect(try FixtureCorpus.matchesGolden(text, "timeline-merz.txt"))
    }

    @Test func diffOutputsMatchGoldens() throws {
        let old = try ReportReader.read(FixtureCorpus.golden("bookkeeping.json"))
        let new = try ReportReader.read(FixtureCorpus.golden("plain.json"))
        let diff = ReportDiff(old: old, new: new)
        #expect(try FixtureCorpus.matchesGolden(ReportDiffText().render(diff, strict: false), "diff.txt"))
        #expect(try FixtureCorpus.matchesGolden(
            ReportDiffDocument.json(diff, old: "old.json", new: "new.json", strict: false), "diff.json"))
        #expect(try FixtureCorpus.matchesGolden(
            ReportDiffDocument.markdown(diff, old: "old.json", new: "new.json", strict: false), "diff.md"))
    }

    @Test func baselineFileMatchesGolden() throws {
        let findings = RulesEngine().check(try FixtureCorpus.claimSet())
        #expect(try FixtureCorpus.matchesGolden(BaselineFile.render(Baseline(findings: findings)), "baseline.json"))
    }
}
