import ClaimCheck
import Foundation
import Testing
import ClaimModel
import ClaimStore
import ClaimRules
import ClaimReports
import ClaimTestSupport

/// `SuppressionFilter` runs the whole check once and finds what a suppressed claim took part
/// in by checking only the claims it can be compared with. These hold it to the definition:
/// the whole check with every claim, and again without the suppressed ones.
@Suite struct SuppressionScopeTests {
    /// The definition, by two whole checks: the findings without the suppressed claims, and
    /// the findings with them that name one and are gone without them.
    static func byTwoChecks(_ ids: Set<String>, in claimSet: ClaimSet) -> (findings: [Finding], suppressed: [Finding]) {
        let engine = RulesEngine()
        var reduced = claimSet
        reduced.claimList = ClaimList(claimSet.claims.filter { !ids.contains($0.stableID) })
        let remaining = engine.check(reduced)
        let kept = Set(remaining.map(\.fingerprint))
        let suppressed = engine.check(claimSet).filter { finding in
            !kept.contains(finding.fingerprint) && finding.claims.contains { ids.contains($0.stableID) }
        }
        return (remaining, suppressed)
    }

    static func expectSameAsTwoChecks(_ ids: Set<String>, in claimSet: ClaimSet,
                                      sourceLocation: SourceLocation = #_sourceLocation) {
        let suppressions = ids.sorted().map { Suppression(target: .claim($0), reason: "test") }
        let outcome = SuppressionFilter(suppressions).check(claimSet, with: RulesEngine())
        let expected = byTwoChecks(ids, in: claimSet)
        #expect(outcome.findings == expected.findings, sourceLocation: sourceLocation)
        #expect(outcome.suppressed.map(\.finding) == expected.suppressed, "\(ids.sorted())",
                sourceLocation: sourceLocation)
    }

    @Test func everyFixtureClaimAloneAndAllTogether() throws {
        let claimSet = try FixtureCorpus.claimSet()
        let ids = claimSet.claims.map(\.stableID)
        #expect(ids.count > 5)
        for id in ids { Self.expectSameAsTwoChecks([id], in: claimSet) }
        Self.expectSameAsTwoChecks(Set(ids.prefix(4)), in: claimSet)
    }

    /// A generated archive with series, translations and background findings, loaded as the
    /// tool loads it: claims in findings, translated claims and claims in no finding.
    @Test func claimsOfAGeneratedArchive() throws {
        let folder = NSTemporaryDirectory() + "claimcheck-suppression-scope-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try SyntheticCorpusWriter.write(RealisticCorpus.generate(.init(claims: 4_000, seed: 3)), to: folder)
        let claimSet = try ClaimLoader().load(paths: [folder + "/claims"]).claimSet
        let findings = RulesEngine().check(claimSet)
        let named = findings.enumerated().filter { $0.offset % 9 == 0 }.map { $0.element.claims[0].stableID }
        let translated = claimSet.claims.filter { $0.sameQuoteAs != nil }.prefix(3)
            .flatMap { [$0.stableID, $0.sameQuoteAs!] }
        let quiet = claimSet.claims.map(\.stableID).filter { id in
            !findings.contains { $0.claims.contains { $0.stableID == id } }
        }
        #expect(named.count > 10 && translated.count == 6 && !quiet.isEmpty)
        for id in named.prefix(6) + translated.prefix(2) + quiet.prefix(2) {
            Self.expectSameAsTwoChecks([id], in: claimSet)
        }
        Self.expectSameAsTwoChecks(Set(named + translated + quiet.prefix(5)), in: claimSet)
    }
}
