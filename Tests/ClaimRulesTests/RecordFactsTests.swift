import Testing
import ClaimModel
@testable import ClaimRules

/// The engine's columns of modalities and dates (`RecordFacts`) stand for the claims: a date
/// the claim does not give is its source's publication date, as `ClaimSet.effectiveDate` says.
@Suite("Record facts")
struct RecordFactsTests {
    /// The example catalog dates every claim itself; these claims leave it to their sources.
    static func undated(_ examples: [ExampleClaim]) -> ClaimSet {
        var set = ExampleCatalog.claimSet(for: examples)
        for index in set.claims.indices { set.claims[index].said = nil }
        return set
    }

    @Test func factsAreTheClaimsModalitiesAndEffectiveDates() {
        var set = Self.undated([
            .pledge(.exactly(26), in: "outlet-a"), .pledge(.exactly(30), in: "outlet-a", .expected),
            .pledge(.exactly(26), in: "outlet-d", .hedged), .pledge(.exactly(20), in: "outlet-e"),
        ])
        set.claims[1].said = Day(year: 2024, month: 12, day: 1)
        set.claims[3].sourceID = "outlet-unknown"
        let claims = set.claims
        let facts = RecordFacts(claims, in: set)
        #expect(facts.modality == claims.map(\.modality))
        #expect(facts.date == claims.map(set.effectiveDate(of:)))
        #expect(facts.date == [Day(year: 2025, month: 9, day: 3), Day(year: 2024, month: 12, day: 1),
                               Day(year: 2026, month: 1, day: 6), nil])
    }

    /// A forecast published after a report that contradicts it, both dated only by their
    /// sources: the engine must read those dates to tell a stale preview from a changed plan.
    @Test func undatedClaimsAreOrderedByTheirSourcesDates() {
        let stale = RulesEngine().check(Self.undated([
            .pledge(.exactly(26), in: "outlet-b"), .pledge(.exactly(30), in: "outlet-c", .expected),
        ]))
        #expect(stale.map(\.ruleID) == ["expectation-not-met"])
        let overtaken = RulesEngine().check(Self.undated([
            .attendance("in-person", in: "outlet-a", .expected), .attendance("absent", in: "outlet-c"),
        ]))
        #expect(overtaken.map(\.ruleID) == ["expectation-changed"])
    }
}
