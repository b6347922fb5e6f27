import ClaimModel
import Testing
@testable import ClaimExtraction

/// The recent past a report counts back from its own day: "last night", "overnight", "at the
/// weekend", "two days ago". Read in a paper of Wednesday 15 April 2026 (issue 13).
struct RecentPastDateTests {
    static func cue(_ text: String, published: String = "2026-04-15") -> String? {
        DateCueFormsTests.cue(text, published: published)
    }

    @Test(arguments: [
        ("A warehouse in Korvik burned down last night, injuring 3 people.", "2026-04-14..2026-04-14"),
        ("A barn near Ulmen caught fire overnight, killing 20 cows.", "2026-04-14..2026-04-15"),
        ("The Korvik dam gave way two days ago, flooding 40 homes.", "2026-04-13..2026-04-13"),
        ("The Korvik dam gave way 3 days ago, flooding 40 homes.", "2026-04-12..2026-04-12"),
        ("The Korvik dam gave way a week ago, flooding 40 homes.", "2026-04-05..2026-04-11"),
        ("Storms hit Ulmen at the weekend, cutting power to 900 homes.", "2026-04-11..2026-04-12"),
        ("Storms hit Ulmen last weekend, cutting power to 900 homes.", "2026-04-11..2026-04-12"),
    ])
    func theRecentPastCountsBackFromThePaper(_ text: String, _ expected: String) {
        #expect(Self.cue(text) == expected)
    }

    @Test func aSundayPapersWeekendIsItsOwn() {
        #expect(Self.cue("Storms hit Ulmen at the weekend.", published: "2026-04-19") == "2026-04-18..2026-04-19")
    }

    @Test(arguments: [
        "It was the last night of the Korvik festival, and 2,000 people came.",
        "The Ulmen fair opens at the weekend, organisers will say.",
        "Ulmen has had days of rain, and 40 homes were flooded.",
    ])
    func otherNightsAndWeekendsDateNothing(_ text: String) {
        #expect(Self.cue(text) == nil)
    }

    /// "overnight into Sunday": the night before the day named.
    @Test func overnightIntoADayIsThatDay() {
        #expect(Self.cue("The search ended overnight into Sunday.", published: "2026-04-20")
            == "2026-04-19..2026-04-19")
    }
}
