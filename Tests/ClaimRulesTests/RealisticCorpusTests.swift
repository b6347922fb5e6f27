import Foundation
import Testing
import ClaimModel
import ClaimStore
import ClaimRules
import ClaimTestSupport

/// The realistic generator has the properties its options promise, and a check of what it
/// writes finds every planted contradiction, screened as unscreened.
@Suite struct RealisticCorpusTests {
    static let corpus = RealisticCorpus.generate(RealisticCorpus.Parameters(claims: 20_000, seed: 5))

    @Test func itHasThePropertiesOfItsDefaults() {
        let claims = Self.corpus.sourceFiles.flatMap(\.claims).map(\.claim)
        #expect(claims.count == 20_000)
        let translations = claims.filter { $0.sameQuoteAs != nil }
        #expect((150...250).contains(translations.count), "about 1%: \(translations.count)")
        // Spread over many sources, each in another source than its original.
        #expect(Set(translations.map(\.sourceID)).count > 100)
        #expect(translations.allSatisfy { Claim.sourceID(ofStableID: $0.sameQuoteAs!) != $0.sourceID })
        // 1% of claims planted, two to a contradiction.
        #expect(Self.corpus.injections.count == 20_000 * 10 / 2000)
        // 40% of event draws open a series of 2 to 8 meetings: about three events in four.
        let seriesShare = Double(Self.corpus.events.filter { $0.series != nil }.count)
            / Double(Self.corpus.events.count)
        #expect((0.6...0.85).contains(seriesShare), "\(seriesShare)")
        #expect(seriesShare < 1)
        // Values differ from one event to the next for the same subject and attribute.
        var valuesByTopic: [String: Set<ClaimValue>] = [:]
        for claim in claims where claim.modality == .asserted && claim.attribute == "attendance-mode" {
            valuesByTopic[claim.subject, default: []].insert(claim.value)
        }
        #expect(valuesByTopic.values.filter { $0.count > 1 }.count > 50)
        // A few hot subjects with far more claims than the rest.
        let perSubject = Dictionary(grouping: claims, by: \.subject).mapValues(\.count).values.sorted(by: >)
        let median = perSubject[perSubject.count / 2]
        #expect(perSubject.prefix(8).allSatisfy { $0 >= 2 * median }, "median \(median), top \(perSubject.prefix(8))")
    }

    @Test func everyPlantedContradictionIsFound() throws {
        let folder = NSTemporaryDirectory() + "claimcheck-realistic-test-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try SyntheticCorpusWriter.write(Self.corpus, to: folder)
        let loaded = try ClaimLoader().load(paths: [folder + "/claims"])
        #expect(loaded.warnings.isEmpty)
        let findings = RulesEngine().check(loaded.claimSet)
        let found = Set(findings.map(\.fingerprint))
        let planted = try SyntheticCorpusWriter.expectedFingerprints(manifestAt: folder + "/manifest.json")
        #expect(planted.filter { !found.contains($0) }.isEmpty)
        // The background has findings of its own: shifts within a series, missed previews.
        #expect(findings.count > planted.count)
        #expect(findings == RulesEngine().check(loaded.claimSet, screened: false))
    }
}
