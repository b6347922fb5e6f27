import ClaimModel
import Testing
@testable import ClaimExtraction

/// Which days an article may stand from an event and still be about it (issue 13 item 3): a
/// summit is previewed a week ahead, an incident followed for a month, a trial runs for months
/// before its judgment; next year's edition and another fire a month later stay apart.
/// Invented events, people and places.
struct EventWindowTests {
    static let summit = Event(id: "korsvik-summit-2026-06-18", name: "Korsvik summit of the Norland states",
                              start: Day(iso: "2026-06-18")!, end: Day(iso: "2026-06-19")!, place: "Korsvik",
                              series: "norland-summits")
    static let judgment = Event(id: "brask-judgment-2026-05-29", name: "Judgment in the Brask fraud case",
                                start: Day(iso: "2026-05-29")!, place: "Tarnby district court")
    static let wildfire = Event(id: "harrow-wildfire-2026-07-01", name: "Harrow Hills wildfire",
                                start: Day(iso: "2026-07-01")!, end: Day(iso: "2026-08-10")!, place: "Harrow Hills")
    static let results = Event(id: "velta-q1-results-2026-05-06", name: "Velta Systems first-quarter results",
                               start: Day(iso: "2026-05-06")!, place: "Ostby")

    /// The main events of `stories` (publication day, body), read in order by one extractor.
    static func mainEvents(_ stories: [(String, String)], events: [Event] = []) throws -> [String?] {
        let registry = ExtractionRegistry(entities: [], events: events, attributes: BuiltInVocabulary.attributes)
        var extractor = ClaimExtractor(registry: registry)
        return try stories.map { published, body in
            extractor.extract(try Fixture.story(body, published: published)).resolution.mainEvent
        }
    }

    static func mainEvent(_ body: String, published: String, events: [Event]) throws -> String? {
        try mainEvents([(published, body)], events: events)[0]
    }

    // MARK: - Scheduled events are previewed

    @Test(arguments: [
        // 8 days ahead, no date in the text: the look ahead is what ties it to the summit.
        ("2026-06-10", "Mara Quist will attend the summit, her office said."),
        ("2026-06-10", "Ahead of the summit, Mara Quist warned against new tariffs."),
        ("2026-06-09", "Delegations began preparations for the summit as 14 states confirmed."),
        ("2026-06-11", "In the run-up to the summit, 3 ministers resigned."),
        // Dates spelled out: the mention's own date decides.
        ("2026-06-05", "Mara Quist will attend the summit on 18 June."),
        // A date of the journey, not of the summit: the look ahead sets it aside.
        ("2026-06-08", "Leaders will arrive in Korsvik on 17 June for the summit."),
        ("2026-06-16", "Mara Quist flies in on Wednesday for Thursday's summit."),
    ])
    func aSummitPreviewedDaysAheadIsTheSummitOnRecord(_ story: (String, String)) throws {
        #expect(try Self.mainEvent(story.1, published: story.0, events: [Self.summit]) == Self.summit.id)
    }

    @Test func aSummitNamedWithoutALookAheadAWeekEarlyIsNotTheOneOnRecord() throws {
        // The same days, but nothing says the summit is coming: a week early, the kind alone is not enough.
        #expect(try Self.mainEvent("Mara Quist praised the summit format, her office said.", published: "2026-06-10",
                                   events: [Self.summit]) != Self.summit.id)
        // Ahead, but further than any preview runs: another summit.
        #expect(try Self.mainEvent("Mara Quist will attend the summit, her office said.", published: "2026-05-20",
                                   events: [Self.summit]) != Self.summit.id)
    }

    @Test(arguments: [
        "Mara Quist said next year's summit in Korsvik would be shorter.",
        "Mara Quist said the summit next year in Korsvik would be shorter.",
    ])
    func nextYearsEditionIsNotTheOneOnRecord(_ body: String) throws {
        // A week after this year's summit in the same town, named: still not this year's.
        #expect(try Self.mainEvent(body, published: "2026-06-25", events: [Self.summit]) != Self.summit.id)
    }

    @Test func thisYearsEditionNamedAWeekLaterIsTheOneOnRecord() throws {
        #expect(try Self.mainEvent("Mara Quist said the summit in Korsvik had been too short.",
                                   published: "2026-06-25", events: [Self.summit]) == Self.summit.id)
    }

    @Test func aSummitLookedBackOnWeeksLaterIsTheSummit() throws {
        let back = "Three weeks after the summit, Mara Quist said 2 of the deals had failed."
        #expect(try Self.mainEvent(back, published: "2026-07-10", events: [Self.summit]) == Self.summit.id)
        let plain = "Mara Quist said 2 of the deals struck at the summit had failed."
        #expect(try Self.mainEvent(plain, published: "2026-07-10", events: [Self.summit]) != Self.summit.id)
        // A plain "after the summit" is most often the same day's: no reach of weeks by the kind alone.
        let after = "Mara Quist told reporters after the summit that 2 of the deals had failed."
        #expect(try Self.mainEvent(after, published: "2026-07-10", events: [Self.summit]) != Self.summit.id)
    }

    @Test func resultsAreDiscussedForDaysAfterTheRelease() throws {
        let body = "Shares of Velta Systems fell 4 per cent on Monday, days after its quarterly results."
        #expect(try Self.mainEvent(body, published: "2026-05-11", events: [Self.results]) == Self.results.id)
    }

    // MARK: - A court case runs for months

    @Test func aTrialThatNamesTheCaseIsTheCaseMonthsBeforeItsJudgment() throws {
        let body = "The trial of Edda Brask opened in Tarnby on Monday, with 12 witnesses called."
        #expect(try Self.mainEvent(body, published: "2026-03-03", events: [Self.judgment]) == Self.judgment.id)
    }

    @Test func anotherTrialOrTheSameCaseAYearEarlierIsNotTheCaseOnRecord() throws {
        let other = "The trial of Jon Holm opened in Velby on Monday, with 12 witnesses called."
        #expect(try Self.mainEvent(other, published: "2026-03-03", events: [Self.judgment]) != Self.judgment.id)
        let early = "The trial of Edda Brask opened in Tarnby on Monday, with 12 witnesses called."
        #expect(try Self.mainEvent(early, published: "2025-06-03", events: [Self.judgment]) != Self.judgment.id)
    }

    // MARK: - Incidents are followed for weeks

    static let fire = ("2026-04-12", "A fire at the Korsgade warehouse in Dalby killed 4 people on Saturday.")

    @Test(arguments: [
        "A month after the Korsgade warehouse fire in Dalby, 2 people remain in hospital.",
        "Since the fire at the Korsgade warehouse in Dalby, 30 families have been rehoused.",
        "The Korsgade warehouse fire in Dalby five weeks ago left 30 families homeless.",
    ])
    func aFollowUpWeeksLaterIsTheFire(_ body: String) throws {
        let events = try Self.mainEvents([Self.fire, ("2026-05-16", body)])
        #expect(events[0] != nil)
        #expect(events[1] == events[0])
    }

    @Test(arguments: [
        "A fire at a sawmill in Dalby killed 2 people on Tuesday.",
        "A fire at a sawmill in Dalby killed 2 people.",
        "A fire at the Vestmark sawmill in Ronnby killed 2 people.",
    ])
    func anotherFireAMonthLaterIsAnotherFire(_ body: String) throws {
        let events = try Self.mainEvents([Self.fire, ("2026-05-16", body)])
        #expect(events[0] != nil && events[1] != nil)
        #expect(events[1] != events[0])
    }

    @Test func aLongIncidentOnRecordIsFollowedFromItsLastDay() throws {
        // A wildfire burning for six weeks, then a look back a month after it was put out.
        let during = "Crews fought the wildfire for a fifth week as 300 homes were evacuated."
        #expect(try Self.mainEvent(during, published: "2026-08-04", events: [Self.wildfire]) == Self.wildfire.id)
        let after = "A month after the wildfire, 40 families are still in shelters."
        #expect(try Self.mainEvent(after, published: "2026-09-08", events: [Self.wildfire]) == Self.wildfire.id)
        let later = "A wildfire near Harrow Hills forced 200 people from their homes."
        #expect(try Self.mainEvent(later, published: "2026-10-20", events: [Self.wildfire]) != Self.wildfire.id)
    }

    // MARK: - Another occurrence named beside the article's own

    @Test func aFigureAboutThePreviousCrashIsNotTheMainCrashs() throws {
        let body = "A Skyline 400 jet crashed at Ostby airport on Sunday, killing 12 people. "
            + "The previous crash of the same model killed 40 people."
        let article = try Fixture.extract(story: body, published: "2026-02-03", entities: [], events: [])
        let main = try #require(article.resolution.mainEvent)
        #expect(article.claims("death-toll").filter { $0.event == main }.map(\.value) == [.quantity(.exactly(12))])
        // Without "previous", the second figure is the same crash's (a later toll).
        let plain = try Fixture.extract(story: body.replacingOccurrences(of: "The previous crash of the same model",
                                                                         with: "The crash"),
                                        published: "2026-02-03", entities: [], events: [])
        #expect(plain.claims("death-toll").allSatisfy { $0.event == plain.resolution.mainEvent })
    }

    @Test func theLastSummitIsNotTheOneReported() throws {
        let body = "Mara Quist arrived in Korsvik for the summit on Thursday. "
            + "At the last Norland summit, 4 people died in a stampede."
        let article = try Fixture.extract(story: body, published: "2026-06-18", entities: [], events: [Self.summit])
        #expect(article.resolution.mainEvent == Self.summit.id)
        #expect(!article.claims("death-toll").contains { $0.event == Self.summit.id })
        // The same figure at "the summit" is this summit's.
        let plain = try Fixture.extract(story: body.replacingOccurrences(of: "the last Norland summit",
                                                                         with: "the summit"),
                                        published: "2026-06-18", entities: [], events: [Self.summit])
        #expect(plain.claims("death-toll").map(\.event) == [Self.summit.id])
    }

    // MARK: - How a sentence looks at an event

    static func look(_ text: String) -> EventLook? {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        return EventMention.find(in: tokens, range: 0..<tokens.count, text: bytes).first?.look
    }

    @Test(arguments: [
        ("Ahead of the summit, ministers met.", EventLook.ahead),
        ("Quist will travel to Korsvik for the summit.", .ahead),
        ("The vote is due on Sunday.", .ahead),
        ("In the run-up to the election, 3 parties merged.", .ahead),
        ("A month after the fire, families wait.", .longBack),
        ("Since the floods, 40 roads have reopened.", .longBack),
        ("The quake two weeks ago killed 9.", .longBack),
        ("Quist spoke to reporters after the talks.", .back),
        ("Next year's summit will be in Ostby.", .nextYear),
        ("The summit next year will be in Ostby.", .nextYear),
        ("The previous crash of the same model killed 40.", .previous),
        ("At the last Norland summit, 9 states signed.", .previous),
        ("An earlier fire at the mill killed 2.", .previous),
        ("The summit opened in Korsvik.", .none),
        ("Quist said she will speak. The summit opened.", .none),
        ("The fire killed 4, and crews will stay.", .none),
    ])
    func aSentenceLooksAheadOrBack(_ example: (String, EventLook)) {
        #expect(Self.look(example.0) == example.1)
    }
}

extension EventWindowTests {
    @Test func aDateInAClauseLookingBackIsNotTheEventsDate() throws {
        let vote = Event(id: "orsk-confidence-vote-2026-09-08", name: "Confidence vote on the Holm government",
                         start: Day(iso: "2026-09-08")!, place: "Orsk")
        let back = "Edda Brask was appointed on 9 September after the Holm government lost a confidence vote."
        let article = try Fixture.extract(story: back, published: "2026-09-17", entities: [], events: [vote])
        #expect(article.claims("event-date").isEmpty)
        // Not the lede: the clause's own mention looks back.
        let later = try Fixture.extract(story: "Edda Brask took office in Orsk on Monday. " + back,
                                        published: "2026-09-17", entities: [], events: [vote])
        #expect(later.claims("event-date").isEmpty)
        // Looking ahead, a date on the event's own day is still its date.
        let ahead = "Leaders will gather in Orsk on 8 September for the confidence vote."
        let preview = try Fixture.extract(story: ahead, published: "2026-09-03", entities: [], events: [vote])
        #expect(preview.claims("event-date").map(\.value) == [.category("2026-09-08")])
        // Written onto the vote, the date is the vote's.
        let own = "The Holm government lost the confidence vote on 8 September in Orsk."
        let dated = try Fixture.extract(story: own, published: "2026-09-17", entities: [], events: [vote])
        #expect(dated.claims("event-date").map(\.value) == [.category("2026-09-08")])
    }
}

extension EventWindowTests {
    /// The event `text`'s first mention resolves to, published on `published`.
    static func resolved(_ text: String, published: String, events: [Event]) -> String? {
        let registry = ExtractionRegistry(entities: [], events: events, attributes: [])
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        let mentions = EventMention.find(in: tokens, range: 0..<tokens.count, text: bytes)
        guard let mention = mentions.first else { return nil }
        return EventResolver(published: Day(iso: published)).resolve(mention: mention, cue: nil, sentenceWords: [],
                                                                      registry: registry, preferredSeries: nil)
    }

    @Test func nextYearsSummitResolvesToNoEditionOfThisYear() {
        // Twelve days after this year's summit, named: this year's is in reach, but not next year's.
        #expect(Self.resolved("the summit in Korsvik", published: "2026-07-01", events: [Self.summit])
                == Self.summit.id)
        #expect(Self.resolved("next year's summit in Korsvik", published: "2026-07-01", events: [Self.summit]) == nil)
        let next = Event(id: "korsvik-summit-2027-01-12", name: "Korsvik summit of the Norland states",
                         start: Day(iso: "2027-01-12")!, place: "Korsvik", series: "norland-summits")
        #expect(Self.resolved("next year's summit in Korsvik", published: "2026-12-28", events: [Self.summit, next])
                == next.id)
    }
}

extension EventWindowTests {
    // MARK: - An article that names no event word, only its place

    @Test func anOpeningLookingAheadFindsTheSummitByItsPlaceDaysEarly() throws {
        let ahead = "KORSVIK -- Police will close the harbour district on Tuesday as delegations from 14 states "
            + "arrive."
        #expect(try Self.mainEvent(ahead, published: "2026-06-12", events: [Self.summit]) == Self.summit.id)
        let plain = "KORSVIK -- Police closed the harbour district on Tuesday, officials said."
        #expect(try Self.mainEvent(plain, published: "2026-06-12", events: [Self.summit]) != Self.summit.id)
        #expect(try Self.mainEvent(ahead, published: "2026-05-25", events: [Self.summit]) != Self.summit.id)
    }

    @Test func aFollowUpNamingOnlyThePlaceIsTheFireForTwoWeeks() throws {
        let followUp = "DALBY -- Residents of Korsgade returned to their homes on Sunday, police said."
        let events = try Self.mainEvents([Self.fire, ("2026-04-20", followUp)])
        #expect(events[0] != nil)
        #expect(events[1] == events[0])
        let late = try Self.mainEvents([Self.fire, ("2026-05-16", followUp)])
        #expect(late[1] != late[0])
    }
}
