import ClaimModel
import Testing
@testable import ClaimExtraction

/// A month or weekday in an event's name dates it; it does not name it. A sentence of a summit
/// report that says "in September" is not about the strike "of 18 September" by that word.
/// The events and countries' money are invented.
@Suite struct CalendarWordsTests {
    static let events = [
        Event(id: "harnvik-forest-summit-2026-11-06", name: "Harnvik forest summit", start: Day(iso: "2026-11-06")!,
              place: "Harnvik"),
        Event(id: "norland-strike-2026-09-18", name: "Union strike of 18 September 2026",
              start: Day(iso: "2026-09-18")!, place: "Norland"),
    ]

    static func pledgeEvents(_ sentence: String) throws -> [String] {
        let article = try Fixture.extract(story: "HARNVIK -- The Harnvik forest summit opened on Friday. " + sentence,
                                          published: "2026-11-07", entities: [], events: events)
        return article.claims("amount-pledged").map { $0.event ?? "-" }
    }

    @Test func aMonthAloneNamesNoEvent() throws {
        let events = try Self.pledgeEvents("Colombia has pledged $250mn, and Brazil put in $1bn in September.")
        #expect(!events.isEmpty && !events.contains("norland-strike-2026-09-18"), "\(events)")
    }

    @Test func theProfileKeepsNamesNotDates() {
        let profile = EventResolver.profile(Self.events[1])
        #expect(profile.words.contains(WordHash.of("Norland")))
        #expect(!profile.words.contains(WordHash.of("September")))
    }
}
