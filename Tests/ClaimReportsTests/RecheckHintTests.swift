import ClaimModel
import ClaimRules
import Testing

@testable import ClaimReports

/// Which side of a contradiction a desk re-checks first: one outlet's value against two or
/// more other outlets; nothing when no side stands out.
@Suite struct RecheckHintTests {
    /// An error whose claims are the examples in order (the first is the finding's primary claim).
    static func report(_ examples: [ExampleClaim], severity: Severity = .error) -> (Finding, Report) {
        let set = ExampleCatalog.claimSet(for: examples)
        let key = ComparisonKey(set.claims[0], attribute: set.attributes["troop-pledge-countries"])
        let finding = Finding(ruleID: "count-mismatch", severity: severity, message: "m", key: key, claims: set.claims)
        return (finding, Report(findings: [finding], claimSet: set))
    }

    @Test func oneOutletAgainstTwoOthersIsNamed() throws {
        let (finding, report) = Self.report([
            .pledge(.exactly(20), in: "outlet-a"), .pledge(.exactly(26), in: "outlet-b"),
            .pledge(.range(min: 25, max: nil), in: "outlet-c"),
        ])
        let hint = try #require(RecheckHint(finding, in: report))
        #expect(hint.value == "20 countries" && hint.outlet == "Outlet A")
        #expect(hint.evidence == "outlet-a.txt:1" && hint.otherOutlets == 2)
        #expect(hint.sentence == "re-check first: 20 countries, which only Outlet A gives (outlet-a.txt:1); "
            + "2 other outlets give other values")
        // The same outlet twice on the odd side is still one outlet's value.
        let (twice, twiceReport) = Self.report([
            .pledge(.exactly(20), in: "outlet-a"), .pledge(.exactly(20), in: "outlet-a"),
            .pledge(.exactly(26), in: "outlet-b"), .pledge(.exactly(26), in: "outlet-c"),
        ])
        #expect(RecheckHint(twice, in: twiceReport)?.otherOutlets == 2)
    }

    @Test func noSideStandsOut() {
        let cases: [(String, [ExampleClaim])] = [
            ("one outlet on each side", [.pledge(.exactly(20), in: "outlet-a"), .pledge(.exactly(26), in: "outlet-b")]),
            ("a second outlet shares the first value", [
                .pledge(.exactly(20), in: "outlet-a"), .pledge(.exactly(20), in: "outlet-d"),
                .pledge(.exactly(26), in: "outlet-b"), .pledge(.exactly(26), in: "outlet-c"),
            ]),
            ("the other values come from the first claim's own outlet and one more", [
                .pledge(.exactly(20), in: "outlet-a"), .pledge(.exactly(26), in: "outlet-a"),
                .pledge(.exactly(26), in: "outlet-b"),
            ]),
        ]
        for (label, examples) in cases {
            let (finding, report) = Self.report(examples)
            #expect(RecheckHint(finding, in: report) == nil, "\(label)")
        }
        let (warning, warningReport) = Self.report(
            [.pledge(.exactly(20), in: "outlet-a"), .pledge(.exactly(26), in: "outlet-b"),
             .pledge(.exactly(26), in: "outlet-c")], severity: .warning)
        #expect(RecheckHint(warning, in: warningReport) == nil, "warnings are not contradictions to settle")
    }

    @Test func everyHumanFormatSaysItOnceUnderTheFinding() {
        let (_, report) = Self.report([
            .pledge(.exactly(20), in: "outlet-a"), .pledge(.exactly(26), in: "outlet-b"),
            .pledge(.exactly(26), in: "outlet-c"),
        ])
        let outputs = [
            ("text", TextReporter().generateReport(report)),
            ("markdown", MarkdownReporter().generateReport(report)),
            ("html", HTMLReporter().generateReport(report)),
        ]
        for (format, output) in outputs {
            #expect(output.components(separatedBy: "re-check first: 20 countries").count == 2, "\(format)")
        }
        #expect(!JSONReporter().generateReport(report).contains("re-check"), "the JSON report states facts only")
    }
}
