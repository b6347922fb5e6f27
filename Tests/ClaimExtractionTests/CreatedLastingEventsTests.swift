import ClaimModel
import Testing
@testable import ClaimExtraction

/// Events extraction creates for incidents that last (issue 13, task h13-created): a strike,
/// a standoff or an outage is dated by the span its text gives, so coverage from different
/// weeks of it meets one event; it is named after whom it is about rather than by its bare
/// kind word; the new incident kinds are gated against figurative uses. Invented names.
struct CreatedLastingEventsTests {
    static func extract(_ texts: [(String, String)]) -> (ClaimExtractor, [ExtractedArticle]) {
        EventKindCoverageTests.extract(texts)
    }

    static func mains(_ articles: [ExtractedArticle]) -> [String?] { articles.map(\.resolution.mainEvent) }

    /// The span `text` gives, read as the sentences of one article published on `published`.
    static func span(_ text: String, published: String) -> LastingIncident.Span? {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        let ranges = SentenceSplitter.split(tokens).map(\.tokens)
        return LastingIncident.span(in: ranges, tokens: tokens, text: bytes, published: Day(iso: published)!)
    }

    @Test func aStartVerbDatesTheStrike() {
        let span = Self.span("The strike began at 12:01 a.m. last Friday, 6 March, at the Korvath mills.",
                             published: "2026-03-12")
        #expect(span == LastingIncident.Span(start: Day(iso: "2026-03-06")!, end: nil))
        let since = Self.span("Dockers at Pellworth have been on strike since 2 February.", published: "2026-02-20")
        #expect(since?.start == Day(iso: "2026-02-02")!)
    }

    @Test func aLengthWithAnEndDatesBothDays() {
        // "which began on 15 September, ended after 46 days": the 46 days count the first and the last.
        let ended = Self.span("The strike at Ostrava Motors, which began on 15 September, ended after 46 days.",
                              published: "2026-11-01")
        #expect(ended == LastingIncident.Span(start: Day(iso: "2026-09-15")!, end: Day(iso: "2026-10-30")!))
        // Said on the day it ended, with only the length: the start is counted back from that day.
        let back = Self.span("Workers voted on Monday to end a strike that had shut the Tarnby yards for 20 days.",
                             published: "2026-06-16")
        #expect(back == LastingIncident.Span(start: Day(iso: "2026-05-27")!, end: Day(iso: "2026-06-15")!))
        let since = Self.span("Crews returned on Wednesday, 30 days after the walkout began.", published: "2026-06-18")
        #expect(since?.start == Day(iso: "2026-05-18")!)
    }

    @Test func aOneDayStrikeGivesNoSpan() {
        #expect(Self.span("The strike on Thursday closed schools across Velm.", published: "2026-03-13") == nil)
        #expect(Self.span("Unions called a strike day for 2 October.", published: "2026-09-20") == nil)
        // A start on the day of the report says nothing a one-day event would not.
        #expect(Self.span("The strike began on 13 March.", published: "2026-03-13") == nil)
    }

    @Test func weeksOfOneStrikeMeetOneEventInAnyOrder() {
        let early = ("2026-03-12", "KORVATH -- Some 4,000 Halden Steel workers walked off the job a week ago. "
            + "The strike began at midnight on 5 March, after members rejected an offer.")
        let late = ("2026-04-20", "Halden Steel workers voted on Sunday to accept a contract and end a strike "
            + "that had shut the plants for 46 days.")
        for order in [[early, late], [late, early]] {
            let (extractor, articles) = Self.extract(order)
            #expect(extractor.registry.newEvents.count == 1)
            #expect(Set(Self.mains(articles)).count == 1)
            #expect(extractor.registry.newEvents.first?.start == Day(iso: "2026-03-05")!)
        }
    }

    @Test func aReportOnlySayingTheStrikeJoinsAnOngoingOne() {
        let (extractor, articles) = Self.extract([
            ("2026-03-12", "Some 4,000 Halden Steel workers are on strike. The strike began on 2 March."),
            ("2026-04-08", "The strike at Halden Steel entered another week. The strike has cut output by half."),
        ])
        #expect(extractor.registry.newEvents.count == 1)
        #expect(articles[1].resolution.mainEvent == articles[0].resolution.mainEvent)
        // Without a span the bare strike of another month stays apart.
        let (apart, _) = Self.extract([
            ("2026-03-12", "The strike on Thursday closed schools across Velm."),
            ("2026-05-25", "The strike closed schools across Velm again."),
        ])
        #expect(apart.registry.newEvents.count == 2)
    }

    @Test func coverageWeekAfterWeekKeepsTheStrikeOpen() {
        let (extractor, articles) = Self.extract([
            ("2026-03-12", "Some 4,000 Halden Steel workers are on strike. The strike began on 2 March."),
            ("2026-04-08", "The strike at Halden Steel entered another week. The strike has cut output by half."),
            ("2026-05-04", "The strike at Halden Steel dragged on. The strike has cost the company $40 million."),
        ])
        #expect(extractor.registry.newEvents.count == 1)
        #expect(Set(Self.mains(articles)).count == 1)
    }

    @Test func aStrikeIsNamedAfterItsEmployerAndWorkers() {
        let (extractor, _) = Self.extract([
            ("2026-03-12", "Some 4,000 Halden Steel machinists walked off the job a week ago. "
                + "The strike began on 5 March."),
        ])
        let event = extractor.registry.newEvents.first
        #expect(event?.name == "Halden Steel machinists strike")
        #expect(event?.id == "halden-steel-machinists-strike-2026-03-05")
        #expect(event?.place == nil)
    }

    @Test func anOutageIsNamedAfterItsDatelinePlace() {
        let (extractor, _) = Self.extract([
            ("2026-08-12", "TOLVIK, Norway -- Water was restored to most homes on Tuesday. The outage began on "
                + "2 August, when a main burst, and left 9,000 residents without water."),
        ])
        #expect(extractor.registry.newEvents.first?.name == "Tolvik outage")
        #expect(extractor.registry.newEvents.first?.start == Day(iso: "2026-08-02")!)
    }

    @Test func anUnnamedIncidentIsNamedAfterItsDateline() {
        let (extractor, _) = Self.extract([
            ("2026-10-30", "[Translated from the Danish edition]\n\nBRAKVIK -- Floods unleashed by heavy rain have "
                + "killed 14 people, officials said on Thursday."),
        ])
        #expect(extractor.registry.newEvents.first?.name == "Brakvik floods")
        // A mention with a name of its own keeps it.
        let (named, _) = Self.extract([
            ("2026-10-30", "BRAKVIK -- The Ostmark floods have killed 14 people, officials said on Thursday."),
        ])
        #expect(named.registry.newEvents.first?.name == "Ostmark floods")
    }

    @Test func aRelativeClauseDatesTheEventItFollows() {
        let (_, articles) = Self.extract([
            ("2026-11-01", "Workers at Ostrava Motors returned on Wednesday. The strike against Ostrava Motors, "
                + "which began on 15 September, ended after 46 days."),
        ])
        let dates = articles[0].claims("event-date").map { $0.value.humanDescription(unit: nil) }
        #expect(dates == ["2026 09 15"])
        // A relative clause that tells of something else dates nothing.
        let (_, other) = Self.extract([
            ("2026-11-01", "Workers at Ostrava Motors returned on Wednesday. The strike against Ostrava Motors, "
                + "which unions said on 15 September would spread, ended after 46 days."),
        ])
        #expect(!other[0].claims("event-date").contains { $0.value.humanDescription(unit: nil) == "2026 09 15" })
    }

    @Test func anOpeningThatRecallsAnOldFireFirstIsAboutTheNewOne() {
        let (extractor, articles) = Self.extract([
            ("2026-02-10", "Ostmark has not seen a deadlier blaze since 1987. A fire at the Harbour Street warehouse "
                + "on Sunday killed 9 people."),
        ])
        let main = articles[0].resolution.mainEvent.flatMap { extractor.registry.event($0) }
        #expect(main?.start == Day(iso: "2026-02-08")!)
        // With nothing else named, the old fire is still the article's event.
        let (alone, only) = Self.extract([("2026-02-10", "The 1987 blaze in Ostmark killed 9 people.")])
        #expect(only[0].resolution.mainEvent.flatMap { alone.registry.event($0) }?.start.year == 1987)
    }

    /// Kind of the first event mention in `sentence`, if any.
    static func kind(_ sentence: String) -> EventKind? {
        let bytes = Array(sentence.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        return EventMention.find(in: tokens, range: 0..<tokens.count, text: bytes).first?.kind
    }

    @Test func standoffsAndOutagesNeedSomeoneHeldOrASupplyCut() {
        #expect(Self.kind("Police ended a 30-hour standoff with a gunman in Mersby.") == .standoff)
        #expect(Self.kind("The siege of the Varn embassy ended when troops stormed it.") == .standoff)
        #expect(Self.kind("A blackout left 40,000 homes without power in Ulden.") == .outage)
        #expect(Self.kind("The outage cut water to 9,000 residents.") == .outage)
        // Near misses: politics and business use the same words.
        #expect(Self.kind("The standoff over the budget dragged into a second week.") == nil)
        #expect(Self.kind("The ministry imposed a media blackout on the inquiry.") == nil)
        #expect(Self.kind("Airlines announced blackout dates for the offer.") == nil)
    }

    @Test func aLockoutAndAHungerStrikeAreStrikes() {
        #expect(Self.kind("The lockout at the Brenna port kept 600 dockers out.") == .strike)
        #expect(Self.kind("The prisoners' hunger strike entered its 20th day.") == .strike)
    }

    @Test func anExplosionAndItsFireAreOneIncident() {
        // Within an article, "the fire" after "an explosion" is the same incident.
        let (one, articles) = Self.extract([
            ("2026-05-04", "An explosion tore through the Brakvik chemical plant on Sunday, killing 4 workers. "
                + "The fire burned for six hours, and 12 people were injured in the fire."),
        ])
        #expect(one.registry.newEvents.count == 1)
        #expect(articles[0].resolution.lineEvents.values.allSatisfy { $0 == articles[0].resolution.mainEvent })
        // Across articles, only where the names agree: the Brakvik blaze, not a fire in Ostmark.
        let (joined, _) = Self.extract([
            ("2026-05-04", "An explosion tore through the Brakvik chemical plant on Sunday, killing 4 workers."),
            ("2026-05-05", "The Brakvik fire was put out on Monday; 12 people were injured, officials said."),
        ])
        #expect(joined.registry.newEvents.count == 1)
        let (apart, _) = Self.extract([
            ("2026-05-04", "An explosion tore through the Brakvik chemical plant on Sunday, killing 4 workers."),
            ("2026-05-05", "A fire at an Ostmark warehouse on Monday injured 12 people, officials said."),
        ])
        #expect(apart.registry.newEvents.count == 2)
    }
}
