import ClaimModel
import Testing
@testable import ClaimExtraction

/// When the event happened, as claims (`event-date`, `event-time`): from the date a mention
/// carries, an occurrence cue, or the lede; never from the date of a statement. Invented
/// places and events throughout.
struct EventDatingTests {
    /// A batch of articles (published day, body) through one extractor, with a registry of
    /// `events` and the built-in vocabulary.
    static func extract(_ texts: [(String, String)], events: [Event] = []) -> [ExtractedArticle] {
        var extractor = ClaimExtractor(registry: ExtractionRegistry(entities: [], events: events,
                                                                    attributes: BuiltInVocabulary.attributes))
        extractor.recordsResolution = true
        return texts.enumerated().map { index, entry in
            let text = "---\ntitle: Story \(index)\noutlet: Test Gazette\npublished: \(entry.0)\n---\n\n"
                + entry.1 + "\n"
            return extractor.extract(try! ArticleLoader().read(Array(text.utf8), path: "a\(index).txt"))
        }
    }

    static func dates(_ article: ExtractedArticle) -> [String] { values(article, "event-date") }

    static func values(_ article: ExtractedArticle, _ attribute: String) -> [String] {
        article.claims(attribute).compactMap {
            if case .category(let value) = $0.value { return value } else { return nil }
        }
    }

    // Sunday 12 April 2026 .. the Ostvik summit, a one-day meeting on Sunday 19 April.
    static let summit = Event(id: "ostvik-summit", name: "Ostvik summit", start: Day(iso: "2026-04-19")!,
        place: "Ostvik")
    static let vote = Event(id: "tarnholm-vote", name: "Tarnholm referendum", start: Day(iso: "2026-04-19")!,
                            end: Day(iso: "2026-04-20")!, place: "Tarnholm")

    @Test func aDateWrittenOntoTheMentionDatesTheEvent() {
        let article = Self.extract([("2026-04-21",
            "Delegates from 12 countries argued at the Ostvik summit on Sunday over the fund.")],
                                   events: [Self.summit])[0]
        #expect(Self.dates(article) == ["2026-04-19"])
        let possessive = Self.extract([("2026-04-21",
            "Delegates left Sunday's summit in Ostvik early, with 12 countries absent.")],
                                      events: [Self.summit])[0]
        #expect(Self.dates(possessive) == ["2026-04-19"])
    }

    @Test(arguments: ["Officials said on Sunday that 12 countries had signed.",
        "The minister told reporters on Sunday that 12 had signed.",
                      "The Ostvik summit ended with 12 signatures, its hosts said on Sunday."])
    func statementDatesAreNeverEventDates(_ body: String) {
        let article = Self.extract([("2026-04-22", body)], events: [Self.summit])[0]
        #expect(Self.dates(article).isEmpty)
    }

    static let strike = Event(id: "halden-strike", name: "Halden Steel strike", start: Day(iso: "2026-03-02")!,
                              end: Day(iso: "2026-04-01")!, place: "Halden")

    @Test func aClockTimeInsideTheElapsedPhraseIsTheOccurrencesOwn() {
        let article = Self.extract([("2026-04-03", "Medics reached the mill 20 minutes after the 6:40 a.m. blast "
            + "at Halden Steel, which injured nine workers.")])[0]
        #expect(Self.values(article, "event-time") == ["06:40"], "\(article.claims.map(\.statement))")
    }

    @Test func anOccurrenceFollowedByAnElapsedTimeKeepsItsDate() {
        let article = Self.extract([("2026-04-03", "The Halden Steel strike began on 2 March, hours after the "
            + "talks failed.")], events: [Self.strike])[0]
        #expect(Self.dates(article) == ["2026-03-02"])
    }

    @Test func aFutureDayIsAPlan() {
        let article = Self.extract([("2026-04-16", "The Ostvik summit will open on Sunday with 12 leaders expected.")],
                                   events: [Self.summit])[0]
        #expect(Self.dates(article) == ["2026-04-19"])
        #expect(article.claims("event-date").first?.modality == .expected)
    }

    @Test func theLedeDatesTheStory() {
        let lede = "Nearly 40 people died on Tuesday when a ferry caught fire off Skarholm, the coastguard said."
        let article = Self.extract([("2026-04-15", lede)])[0]
        #expect(Self.dates(article) == ["2026-04-14"])
        // A later paragraph's date is no longer the lede's.
        let later = Self.extract([("2026-04-15",
            "A ferry fire off Skarholm killed 40 people. Rescuers searched the coast. "
                                                + "Divers reached the wreck on Tuesday.")])[0]
        #expect(Self.dates(later).isEmpty)
    }

    @Test func aLaterTurnOfAnIncidentIsNotItsDate() {
        // The fire broke out on Sunday 12 April; the toll rose on Wednesday.
        let articles = Self.extract([
            ("2026-04-13", "A fire broke out at the Vellby tannery in Dalby on Sunday, killing 4 people."),
            ("2026-04-16", "The death toll from the Vellby tannery fire in Dalby rose to 9 on Wednesday, police said."),
        ])
        #expect(Self.dates(articles[0]) == ["2026-04-12"])
        #expect(Self.dates(articles[1]).isEmpty)
    }

    @Test func aWrongWeekdayIsADisagreementOnTheSameEvent() {
        let articles = Self.extract([
            ("2026-04-21", "Delegates from 12 countries met at the Ostvik summit on Sunday."),
            ("2026-04-21", "Delegates from 12 countries met at the Ostvik summit on Saturday."),
        ], events: [Self.summit])
        #expect(articles.map(\.resolution.mainEvent) == ["ostvik-summit", "ostvik-summit"])
        #expect(articles.flatMap(Self.dates) == ["2026-04-19", "2026-04-18"])
    }

    @Test func aLaterDayOfATwoDayVoteIsPartOfIt() {
        let articles = Self.extract([
            ("2026-04-21",
                "Voters in the Tarnholm referendum on Monday rejected the plan, with turnout at 41 per cent."),
            ("2026-04-21",
                "Voters in the Tarnholm referendum on Sunday rejected the plan, with turnout at 41 per cent."),
            ("2026-04-21",
                "Voters in the Tarnholm referendum on Friday rejected the plan, with turnout at 41 per cent."),
        ], events: [Self.vote])
        #expect(articles.map(Self.dates) == [[], ["2026-04-19"], ["2026-04-17"]])
    }

    @Test func clockTimesByTheEvent() {
        let article = Self.extract([("2026-04-15",
            "A quake hit Skarholm at 7:58 am local time on Tuesday, killing 3 people.")])[0]
        #expect(Self.values(article, "event-time") == ["07:58"])
        #expect(Self.dates(article) == ["2026-04-14"])
        let closing = Self.extract([("2026-04-19",
            "The Ostvik summit closed at 3 p.m. on Sunday after 12 leaders spoke.")],
                                   events: [Self.summit])[0]
        #expect(closing.claims("event-time").isEmpty)
    }

    /// Hours, minutes and seconds are a race time or a duration: no part of them is a time of
    /// day ("2:00:35" is not 02:00, nor "00:35").
    @Test func aTimeWithSecondsIsNoTimeOfDay() {
        let race = Self.extract([("2026-04-15",
            "A quake hit Skarholm on Tuesday, 2:00:35 after the first tremor, killing 3 people.")])[0]
        #expect(race.claims("event-time").isEmpty, "\(race.claims.map(\.statement))")
        let clock = Self.extract([("2026-04-15",
            "A quake hit Skarholm at 7:58 am on Tuesday, 2:00:35 after the first tremor, killing 3 people.")])[0]
        #expect(Self.values(clock, "event-time") == ["07:58"])
    }

    @Test(arguments: [("early on Tuesday", "2026-04-14"), ("on 14 March", "2026-03-14"), ("on Sunday night",
        "2026-04-12")])
    func howArticlesWriteTheDay(_ phrase: String, _ expected: String) {
        let article = Self.extract([("2026-04-15",
            "A fire broke out at the Vellby tannery in Dalby \(phrase), killing 4 people.")])[0]
        #expect(Self.dates(article) == [expected])
    }
}
