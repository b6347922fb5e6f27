import ClaimModel
import Testing
@testable import ClaimExtraction

/// Which event: the article's date, weekdays, months, named meetings, and new events.
struct EventResolutionTests {
    @Test func publicationDateAndPlacePickTheMeeting() throws {
        let result = try Fixture.extract("Tomas Lind attended the summit in Bergen.", published: "2025-03-12")
        #expect(result.claims.map(\.event) == ["bergen-summit-2025-03-12"])
    }

    @Test func aLaterArticleLookingBackFindsTheEarlierEvent() throws {
        // An October article about the March meeting of the same series.
        let text = "Leaders met in Oslo on Thursday. In March, 14 countries took part in the talks."
        let result = try Fixture.extract(text, published: "2025-10-02")
        #expect(result.claims("participant-countries").map(\.event) == ["bergen-summit-2025-03-12"])
    }

    @Test func relativeWeekdaysCountBackFromThePublicationDate() throws {
        // Published Thursday 13 March; "on Wednesday" is the 12th.
        let result = try Fixture.extract("Tomas Lind attended the summit on Wednesday.", published: "2025-03-13")
        #expect(result.claims.map(\.event) == ["bergen-summit-2025-03-12", "bergen-summit-2025-03-12"])
        #expect(result.claims("event-date").map(\.value) == [.category("2025-03-12")])
    }

    @Test func vagueDatesTieAClaimToNoEvent() throws {
        let result = try Fixture.extract("Months ago, Norway said it will not send troops to the region.",
                                         published: "2025-10-02")
        #expect(result.claims("troop-deployment-stance").map(\.event) == [nil])
    }

    @Test func unknownEventsAreCreatedAndSharedAcrossArticles() throws {
        var extractor = ClaimExtractor(registry: try Fixture.registry())
        let first = try Fixture.extract(try text("fire-first-report.txt"), name: "fire-first-report.txt",
                                        published: nil, with: &extractor)
        let second = try Fixture.extract(try text("fire-update.md"), name: "fire-update.md",
                                         published: nil, with: &extractor)
        let events = Set((first.claims + second.claims).compactMap(\.event))
        #expect(events.count == 1)
        #expect(extractor.registry.newEvents.count == 1)
        #expect(extractor.registry.newEvents.first?.start == Day(iso: "2025-03-10"))
        #expect(extractor.registry.newEvents.first?.name.hasSuffix("fire") == true)
    }

    func text(_ name: String) throws -> String {
        String(decoding: try Fixture.article(name).text.original, as: UTF8.self)
    }
}
