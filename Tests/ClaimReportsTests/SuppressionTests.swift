import ClaimCheck
import Testing
import ClaimModel
import ClaimRules
import ClaimReports

@Suite struct SuppressionTests {
    let claimSet: ClaimSet
    let findings: [Finding]

    init() throws {
        claimSet = try FixtureCorpus.claimSet()
        findings = RulesEngine().check(claimSet)
    }

    @Test func suppressingAFindingListsItApartWithItsReason() throws {
        let target = try #require(findings.first)
        let suppression = Suppression(target: .finding(fingerprint: target.fingerprint), reason: "known",
                                      file: "c.json", line: 4)
        let outcome = SuppressionFilter([suppression]).check(claimSet, with: RulesEngine())
        #expect(!outcome.findings.contains(target))
        #expect(outcome.suppressed == [SuppressedFinding(finding: target, suppression: suppression)])
        #expect(outcome.unused.isEmpty)
        #expect(outcome.findings.count == findings.count - 1)
    }

    @Test func suppressingAClaimTakesItOutOfTheComparisonOnly() {
        // Without "at least 31", the two Macron figures still disagree: that finding stays.
        let suppression = Suppression(target: .claim("wire#pledge-over-30"), reason: "corrected")
        let outcome = SuppressionFilter([suppression]).check(claimSet, with: RulesEngine())
        #expect(outcome.suppressed.map(\.finding.ruleID) == ["count-mismatch"])
        #expect(outcome.findings.contains { $0.ruleID == "speaker-inconsistency" })
        #expect(!outcome.findings.contains { $0.claims.contains { $0.stableID == "wire#pledge-over-30" } })
    }

    @Test func aSuppressionThatSuppressesNothingIsReported() {
        let stale = [Suppression(target: .finding(fingerprint: "0000000000000000"), reason: "gone"),
                     Suppression(target: .claim("nowhere#nothing"), reason: "gone too")]
        let outcome = SuppressionFilter(stale).check(claimSet, with: RulesEngine())
        #expect(outcome.unused == stale)
        #expect(outcome.findings == findings)
    }

    @Test func unusedSuppressionsFailOnlyUnderStrict() throws {
        let stale = Suppression(target: .finding(fingerprint: "0000000000000000"), reason: "gone")
        var configuration = Configuration()
        configuration.suppressions = [stale]
        configuration.disabledRules = Set(RuleRegistry.ids)
        let relaxed = try CheckPipeline(configuration: configuration).run(claimSet).report
        let strict = try CheckPipeline(configuration: configuration, strict: true).run(claimSet).report
        #expect(!relaxed.fails)
        #expect(strict.fails)
    }
}
