import Testing
import ClaimModel
@testable import ClaimRules

/// How the rules read a breaking story beyond the rules' own examples: which figures an update
/// supersedes, how sides of a finding are formed, and which rule takes which pair.
@Suite("Evolving news")
struct EvolvingNewsTests {
    static func findings(_ claims: [ExampleClaim]) -> [Finding] {
        RulesEngine().check(ExampleCatalog.claimSet(for: claims))
    }

    @Test func anUpdateListsTheSequenceAndSupersedesTheEarlierFigures() throws {
        let findings = Self.findings([
            .toll(.exactly(12), by: "city-police", in: "outlet-a"), .toll(.exactly(20), by: "city-police",
                in: "outlet-b"),
            .toll(.exactly(27), by: "city-police", in: "outlet-c"),
        ])
        #expect(findings.map(\.ruleID) == ["update"], "a rising toll is no contradiction: \(findings.map(\.message))")
        let update = try #require(findings.first)
        #expect(update.claims.map(\.sourceID) == ["outlet-a", "outlet-b", "outlet-c"], "in date order")
        #expect(update.superseded == ["outlet-a#claim-1", "outlet-b#claim-2"])
        #expect(update.message.contains("12 people from City police (Outlet A) (3 Sep 2025), then 20 people"))
    }

    @Test func twoFiguresPublishedTheSameDayStayAnError() {
        let findings = Self.findings([.toll(.exactly(12), in: "outlet-b"), .toll(.exactly(27), in: "outlet-e")])
        #expect(findings.map(\.ruleID) == ["count-mismatch"])
        #expect(findings.allSatisfy { $0.severity == .error })
    }

    @Test func aCorrectionSupersedesEvenAHigherFigure() throws {
        let findings = Self.findings([.toll(.exactly(33), in: "outlet-b"),
            .toll(.exactly(31), in: "outlet-c").corrected()])
        #expect(findings.map(\.ruleID) == ["update"])
        #expect(findings.first?.superseded == ["outlet-b#claim-1"])
    }

    @Test func agreeingValuesStandTogetherAsOneSide() throws {
        // 12 against "at least 20" and 27, all the same day: one error with two sides, the
        // lower bound and the figure that agrees with it on one side.
        let findings = Self.findings([
            .toll(.exactly(12), in: "outlet-b"), .toll(.range(min: 20, max: nil), in: "outlet-e"), .toll(.exactly(27),
                by: "city-police", in: "outlet-e"),
        ])
        let finding = try #require(findings.first { $0.ruleID == "count-mismatch" })
        #expect(findings.count == 1)
        #expect(finding.claims.first?.value == .quantity(.exactly(12)))
        #expect(finding.message.contains("cannot hold with at least 20 people from Outlet E and 27 people from City "
            + "police (Outlet E)."))
        #expect(!finding.message.contains("nor with"))
    }

    @Test func incompatibleValuesAreSidesOfTheirOwn() throws {
        // (Outlet E's own 20 and 27 are also its speaker inconsistency.)
        let findings = Self.findings([.toll(.exactly(12), in: "outlet-b"), .toll(.exactly(20), in: "outlet-e"),
            .toll(.exactly(27), in: "outlet-e")])
            .filter { $0.ruleID == "count-mismatch" }
        let finding = try #require(findings.first)
        #expect(findings.count == 1, "\(findings.map(\.message))")
        #expect(finding.message.contains(", nor with "), "\(finding.message)")
    }

    @Test func sidesAreMutuallyIncompatibleOrWait() {
        // 1 agrees with 0 but not with 2; 3 agrees with nothing: sides [0, 1] and [3], and 2
        // waits for a later cluster (it agrees with 0 but not 1).
        let compatible: Set<[Int]> = [[0, 1], [0, 2]]
        let (sides, waiting) = ConflictClusters.sidesOf([0, 1, 2, 3]) { compatible.contains([min($0, $1),
            max($0, $1)]) }
        #expect(sides == [[0, 1], [3]])
        #expect(waiting == [2])
        // Every pair is still covered: the waiting partner leads or follows in a later cluster.
        let clusters = ConflictClusters.clusters([(4, 0), (4, 1), (4, 2), (4, 3)]) { compatible.contains([min($0, $1),
            max($0, $1)]) }
        let covered = Set(clusters.flatMap { cluster in cluster.others.map { [min(cluster.primary, $0),
            max(cluster.primary, $0)] } })
        #expect(covered == [[0, 4], [1, 4], [2, 4], [3, 4]])
    }

    @Test func oneSpeakersTwoFiguresTheSameDayAreNoDispute() {
        let findings = Self.findings([
            .crowd(.exactly(40000), by: "city-police", in: "outlet-b"), .crowd(.exactly(4000), by: "city-police",
                in: "outlet-b"),
        ])
        #expect(findings.map(\.ruleID) == ["speaker-inconsistency"])
    }

    @Test func anOutletsFigureThatTakesASideJoinsTheDispute() throws {
        let findings = Self.findings([
            .crowd(.exactly(40000), by: "city-police", in: "outlet-b"), .crowd(.exactly(150000),
                by: "march-organisers", in: "outlet-b"),
            .crowd(.about(150000), in: "outlet-e"),
        ])
        #expect(findings.map(\.ruleID) == ["disputed-estimate"], "\(findings.map(\.message))")
        #expect(findings.first?.claims.count == 3)
    }
}
