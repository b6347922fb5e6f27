import ClaimModel
import Testing
@testable import ClaimExtraction

/// How a clause's date is read when its words could be two things: a weekday written with its
/// calendar date, and a month's name that is the first word of a named event. Invented events.
struct DateCueFormsTests {
    /// The first event-dating cue of `text`, as an ISO day range ("from..to"), read in an article
    /// published on Wednesday 15 April 2026.
    static func cue(_ text: String, published: String = "2026-04-15") -> String? {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        guard let cue = DateCues.find(in: tokens, range: 0..<tokens.count, text: bytes,
                                      published: Day(iso: published)) else { return nil }
        return "\(cue.from)..\(cue.to)"
    }

    // Monday 13 April 2026 is the most recent Monday; the text names an earlier or later one.
    @Test(arguments: [
        ("The dam at Korvik gave way on Monday 6 April, flooding 40 homes.", "2026-04-06..2026-04-06"),
        ("The dam at Korvik gave way on Monday, 6 April, flooding 40 homes.", "2026-04-06..2026-04-06"),
        ("The dam at Korvik gave way on Monday, April 6, flooding 40 homes.", "2026-04-06..2026-04-06"),
        ("The dam at Korvik gave way on Monday April 6 2026, flooding 40 homes.", "2026-04-06..2026-04-06"),
        ("The Ulmen council will vote on Thursday 30 April on the plan.", "2026-04-30..2026-04-30"),
    ])
    func aWeekdayWithItsDateIsThatDate(_ text: String, _ expected: String) {
        #expect(Self.cue(text) == expected)
    }

    /// The weekday tells the year: a date just ahead of the paper is this year's, with no tense word.
    @Test func theWeekdayPlacesTheDateInItsYear() {
        #expect(Self.cue("Voters in Ulmen go to the polls on Sunday 19 April.") == "2026-04-19..2026-04-19")
        #expect(Self.cue("The Korvik dam gave way on Friday 26 December.", published: "2026-01-02")
            == "2025-12-26..2025-12-26")
    }

    @Test func aWeekdayAloneIsStillTheNearestOne() {
        #expect(Self.cue("The dam at Korvik gave way on Monday, flooding 40 homes.") == "2026-04-13..2026-04-13")
        // A number after the weekday that is no day of a month is not a date.
        #expect(Self.cue("The dam gave way on Monday 40 homes were flooded.") == "2026-04-13..2026-04-13")
    }

    @Test(arguments: ["About 5,000 people joined the March for Tarnholm through the city centre.",
                      "Organisers of March Against Silence said 5,000 people took part.",
                      "The March of the Lanterns drew 5,000 people."])
    func aNamedMarchIsNoMonth(_ text: String) {
        #expect(Self.cue(text) == nil)
    }

    @Test(arguments: [("The Ulmen plant closed in March, costing 300 jobs.", "2026-03-01..2026-03-31"),
                      ("The Ulmen plant closed on 3 March, costing 300 jobs.", "2026-03-03..2026-03-03"),
                      ("The Ulmen plant closed on March 3, costing 300 jobs.", "2026-03-03..2026-03-03"),
                      ("Exports from Ulmen rose in March to Norway, costing 300 jobs.", "2026-03-01..2026-03-31"),
                      ("The Ulmen plant closed in March on a Tuesday, costing 300 jobs.", "2026-03-01..2026-03-31"),
                      ("March was the month the Ulmen plant closed.", "2026-03-01..2026-03-31")])
    func theMonthOfMarchIsStillAMonth(_ text: String, _ expected: String) {
        #expect(Self.cue(text) == expected)
    }
}
