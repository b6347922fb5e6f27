import ClaimModel
import Testing
@testable import ClaimExtraction

/// Event dates and times, precision first (issue 12, task h12-spans): a limit ("until
/// Friday", "missing since Thursday", "the Friday deadline") is no day something happened,
/// and a clock time given in another zone ("18:00 GMT", "9 p.m. Ostvik time") is not the
/// event's local time of day. Invented places and events.
struct SpanDatePrecisionTests {
    // Published Tuesday 21 April 2026; the Ostvik summit was on Sunday 19 April.
    static let summit = EventDatingTests.summit

    static func article(_ body: String, published: String = "2026-04-21") -> ExtractedArticle {
        EventDatingTests.extract([(published, body)], events: [Self.summit])[0]
    }

    @Test(arguments: ["The Ostvik summit opened on Sunday with 12 leaders.",
                      "Sunday's Ostvik summit drew 12 leaders.",
                      "Delegates before Sunday's summit in Ostvik met 12 ministers."])
    func theDayTheEventHappened(_ body: String) {
        #expect(EventDatingTests.dates(Self.article(body)) == ["2026-04-19"], "\(body)")
    }

    /// Limits in the summit's coverage, before it (a Friday) and after it (a Tuesday): each
    /// names the summit's own Sunday, so only the limit reading keeps them out.
    @Test(arguments: [("2026-04-17", "Talks at the Ostvik summit could go on until Sunday, 12 delegates said."),
                      ("2026-04-17", "Delegates at the Ostvik summit have until Sunday to sign, with 12 undecided."),
                      ("2026-04-17", "The Ostvik summit must agree the fund by Sunday, 12 envoys said."),
                      ("2026-04-21", "The Ostvik summit missed the Sunday deadline for 12 pledges.")])
    func limitsAreNoEventDates(published: String, body: String) {
        let dates = EventDatingTests.dates(Self.article(body, published: published))
        #expect(dates.isEmpty, "\(body): \(dates)")
    }

    @Test func theLocalTimeBeforeAZone() {
        let local = Self.article("The Ostvik summit opened at 10:30 on Sunday with 12 leaders.")
        #expect(EventDatingTests.values(local, "event-time") == ["10:30"])
        let both = Self.article("The Ostvik summit opened at 10:30 (08:30 GMT) on Sunday with 12 leaders.")
        #expect(EventDatingTests.values(both, "event-time") == ["10:30"])
    }

    @Test(arguments: ["The Ostvik summit opened at 08:30 GMT on Sunday with 12 leaders.",
                      "The Ostvik summit opened at 3 p.m. Tarnholm time on Sunday with 12 leaders."])
    func aTimeInAnotherZoneIsNoLocalTime(_ body: String) {
        let times = EventDatingTests.values(Self.article(body), "event-time")
        #expect(times.isEmpty, "\(body): \(times)")
    }

    /// The time a figure stood at is not when the event happened.
    @Test(arguments: ["The Ostvik summit had drawn 12 leaders as of 10:30 on Sunday.",
                      "By 18:00 on Sunday the Ostvik summit had drawn 12 leaders."])
    func aReportingTimeIsNoEventTime(_ body: String) {
        let times = EventDatingTests.values(Self.article(body), "event-time")
        #expect(times.isEmpty, "\(body): \(times)")
    }

    /// The time of a later turn or of a statement is not when the event happened; the
    /// event's own time in the same clause still is.
    @Test(arguments: ["At the Ostvik summit on Sunday, power was restored at 16:00 for 12 delegations.",
                      "The host of the Ostvik summit told a briefing at 17:00 on Sunday that 12 had signed."])
    func aLaterTurnsTimeIsNoEventTime(_ body: String) {
        let times = EventDatingTests.values(Self.article(body), "event-time")
        #expect(times.isEmpty, "\(body): \(times)")
    }

    /// "Last Friday" in a Friday's paper is a week before; a day "Beijing time" is another
    /// zone's; "the year to 31 March" is a period and "from Sunday to Monday" starts on Sunday.
    @Test func lastWeekdayOnThatWeekday() {
        // Published Sunday 26 April 2026.
        let article = Self.article("The Ostvik summit opened last Sunday with 12 leaders.", published: "2026-04-26")
        #expect(EventDatingTests.dates(article) == ["2026-04-19"])
    }

    @Test(arguments: ["The Ostvik summit opened early on Monday, Tarnholm time, with 12 leaders.",
                      "The Ostvik summit reported its results for the year to 19 April, with 12 members."])
    func aDayInAnotherZoneOrAPeriodEnd(_ body: String) {
        let dates = EventDatingTests.dates(Self.article(body))
        #expect(dates.isEmpty, "\(body): \(dates)")
    }

    @Test func aRangeOfDaysGivesItsFirst() {
        let article = Self.article("The Ostvik summit ran from Sunday to Monday with 12 leaders.")
        #expect(EventDatingTests.dates(article) == ["2026-04-19"])
    }

    @Test func aClockTimeWrittenShort() {
        let article = Self.article("The Ostvik summit opened at 3pm on Sunday with 12 leaders.")
        #expect(EventDatingTests.values(article, "event-time") == ["15:00"])
    }
}
