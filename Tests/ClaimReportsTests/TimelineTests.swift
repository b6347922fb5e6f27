import Testing
import ClaimModel
import ClaimRules
import ClaimReports

@Suite struct TimelineTests {
    let claimSet: ClaimSet

    init() throws { claimSet = try FixtureCorpus.claimSet() }

    @Test(arguments: ["merz", "MERZ", "Friedrich Merz", "friedrich merz", "Chancellor Merz"])
    func resolvesEntitiesByIdNameOrAliasInAnyCase(query: String) {
        #expect(EntityLookup.resolve(query, in: claimSet) == .found(claimSet.entities["merz"]!))
    }

    @Test func suggestsTheNameATypoMeant() {
        #expect(EntityLookup.resolve("Fridrich Merz", in: claimSet) == .notFound(suggestion: "Friedrich Merz"))
        #expect(EntityLookup.resolve("nobody at all", in: claimSet) == .notFound(suggestion: nil))
    }

    @Test func ordersByEventThenDateAndMarksConflicts() throws {
        let findings = RulesEngine().check(claimSet)
        let timeline = try #require(Timeline.build(subject: "merz", attribute: "attendance-mode", in: claimSet,
                                                   findings: findings).first)
        #expect(timeline.entries.map(\.claim.stableID) == [
            "wire#merz-remote", "hostile#merz-in-person",               // September summit, 4 then 5 Sep
            "wire#merz-expected-remote-jan", "hostile#merz-january",    // January summit, Dec then Jan
        ])
        // September: a real conflict. January: a plan overtaken by the report, a note
        // (expectation-changed), which marks nothing.
        #expect(timeline.entries.map(\.conflicting) == [true, true, false, false])
    }

    @Test func theReportDrawsOnlyTimelinesAcrossSourcesOrEvents() {
        let timelines = Timeline.all(in: claimSet, findings: RulesEngine().check(claimSet))
        #expect(timelines.map { "\($0.subject)/\($0.attribute)" }
                    == ["coalition/troop-pledge-countries", "merz/attendance-mode"])
    }
}
