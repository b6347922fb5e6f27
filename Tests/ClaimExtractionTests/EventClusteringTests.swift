import ClaimModel
import Testing
@testable import ClaimExtraction

/// One real event is one event: incidents the registry lacks are found again in every
/// article that reports them, by kind, date, place and the words around them.
struct EventClusteringTests {
    /// A registry with people and one scheduled meeting, no incidents.
    static func registry(events: [Event] = []) throws -> ExtractionRegistry {
        let attributes = Array(try Fixture.registry().attributes.values)
        let people = [Entity(id: "mara-quist", name: "Mara Quist", kind: .person, aliases: ["Quist"]),
                      Entity(id: "dalby-police", name: "Dalby Police", kind: .organisation, aliases: ["police"])]
        return ExtractionRegistry(entities: people, events: events, attributes: attributes)
    }

    static func extract(_ texts: [(String, String)],
                        events: [Event] = []) throws -> (ClaimExtractor, [ExtractedArticle]) {
        var extractor = ClaimExtractor(registry: try registry(events: events))
        extractor.recordsResolution = true
        var articles: [ExtractedArticle] = []
        for (index, (published, text)) in texts.enumerated() {
            articles.append(try Fixture.extract(text, name: "a\(index).txt", published: published, with: &extractor))
        }
        return (extractor, articles)
    }

    @Test func threeOutletsOneFire() throws {
        let (extractor, articles) = try Self.extract([
            ("2026-04-12", "A fire at the Korsgade warehouse in Dalby killed 4 people on Saturday, police said."),
            ("2026-04-13", "The death toll from the Korsgade fire in Dalby has risen to 6, officials said."),
            ("2026-04-16", "Investigators are still searching the ruins. The blaze killed 6 people, police said."),
        ])
        #expect(extractor.registry.newEvents.count == 1)
        let events = Set(articles.compactMap(\.resolution.mainEvent))
        #expect(events.count == 1)
        #expect(extractor.registry.newEvents.first?.start == Day(iso: "2026-04-11"))
    }

    @Test func firesInDifferentPlacesStayApart() throws {
        let (extractor, _) = try Self.extract([
            ("2026-04-12", "A fire at the Korsgade warehouse in Dalby killed 4 people on Saturday."),
            ("2026-04-13", "A fire at the Vestmark sawmill in Ronnby killed 2 people on Sunday."),
        ])
        #expect(extractor.registry.newEvents.count == 2)
    }

    @Test func aWrongWeekdayDoesNotSplitTheEvent() throws {
        // One outlet dates the fire to Friday, the other to Saturday; the place is the same.
        let (extractor, articles) = try Self.extract([
            ("2026-04-12", "A fire at the Korsgade warehouse in Dalby killed 4 people on Saturday."),
            ("2026-04-12", "A fire at the Korsgade warehouse in Dalby killed 4 people on Friday."),
        ])
        #expect(extractor.registry.newEvents.count == 1)
        #expect(articles[0].resolution.eventDate?.day == Day(iso: "2026-04-11"))
        #expect(articles[1].resolution.eventDate?.day == Day(iso: "2026-04-10"))
    }

    @Test func theStatementDateIsNotTheEventDate() throws {
        let (extractor, articles) = try Self.extract([
            ("2026-04-14", "A fire at the Korsgade warehouse in Dalby killed 4 people, police said on Sunday."),
        ])
        // Published Tuesday 14 April: Sunday is the 12th, the day of the statement only.
        #expect(extractor.registry.newEvents.first?.start == Day(iso: "2026-04-14"))
        #expect(articles[0].claims("death-toll").map(\.said) == [Day(iso: "2026-04-12")])
        let dated = try Self.extract([("2026-04-14",
                                       "A fire at the Korsgade warehouse in Dalby on Saturday killed 4 people.")])
        #expect(dated.1[0].claims("death-toll").map(\.said) == [Day(iso: "2026-04-14")])
    }

    func statementCues(_ text: String) throws {
        // "told reporters on Friday", "as of this morning": all date the statement.
        let published = Day(iso: "2026-04-14")
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        #expect(DateCues.find(in: tokens, range: 0..<tokens.count, text: bytes, published: published) == nil)
        #expect(DateCues.statement(in: tokens, range: 0..<tokens.count, text: bytes, published: published) != nil)
    }

    @Test(arguments: ["Quist told reporters on Friday that 4 had died.",
                      "As of this morning, 4 people had died, police said.",
                      "Police said on Sunday that 4 had died.", "The mayor on Monday said 4 had died."])
    func statementDatesAreNotEventDates(_ text: String) throws {
        try statementCues(text)
    }

    @Test func aLaterBlazeJoinsTheArticlesFire() throws {
        let text = "A fire at the Korsgade warehouse in Dalby broke out on Saturday. "
            + "Firefighters fought the blaze for hours; it killed 4 people."
        let (_, articles) = try Self.extract([("2026-04-12", text)])
        let claims = articles[0].claims("death-toll")
        #expect(claims.count == 1)
        #expect(claims.first?.event == articles[0].resolution.mainEvent)
    }

    @Test func registeredEventsOnlyWithinAWindowOfTheirDates() throws {
        let old = Event(id: "vellmar-summit-2023-05-04", name: "Vellmar summit", start: Day(iso: "2023-05-04")!,
                        place: "Vellmar")
        let undated = try Self.extract([("2026-04-14", "Mara Quist attended the summit in Vellmar.")], events: [old])
        #expect(undated.1[0].resolution.mainEvent != old.id)
        let dated = try Self.extract([("2026-04-14", "Mara Quist attended the 2023 summit in Vellmar.")], events: [old])
        #expect(dated.1[0].resolution.mainEvent == old.id)
    }

    @Test func aFigureAboutAnotherNamedEventIsNotTheMainOnes() throws {
        let main = Event(id: "vellmar-summit-2026-10-14", name: "Vellmar summit", start: Day(iso: "2026-10-14")!,
                         place: "Vellmar")
        let text = "Mara Quist attended the summit in Vellmar. "
            + "At the spring meeting in Rome, 4 people died in a stampede."
        let (_, articles) = try Self.extract([("2026-10-14", text)], events: [main])
        #expect(articles[0].resolution.mainEvent == main.id)
        #expect(!articles[0].claims("death-toll").contains { $0.event == main.id })
        // The same figure without the other meeting's name is the main event's.
        let plain = try Self.extract([("2026-10-14",
                                       "Mara Quist attended the summit in Vellmar. 4 people died in a stampede.")],
                                     events: [main])
        #expect(plain.1[0].claims("death-toll").map(\.event) == [main.id])
    }

    @Test func anEarlierIncidentNamedInBackgroundIsAnEventOfItsOwn() throws {
        let text = "A fire at the Korsgade warehouse in Dalby killed 4 people on Saturday. "
            + "The town's worst fire since 1987, at the Ostra mill, killed 11 people."
        let (extractor, articles) = try Self.extract([("2026-04-12", text)])
        let events = articles[0].claims("death-toll").compactMap(\.event)
        #expect(Set(events).count == 2)
        #expect(extractor.registry.newEvents.contains { $0.start.year == 1987 })
    }

    @Test func aCounterProtestIsNotTheRallyItAnswers() throws {
        let day = Day(iso: "2026-04-11")!
        let rally = Event(id: "harvest-rally", name: "'Harvest' rally, Dalby", start: day, place: "Dalby")
        let counter = Event(id: "counter-protest", name: "Counter-protest against the Harvest rally, Dalby", start: day,
                            place: "Dalby")
        let text = "About 900 people joined the Harvest rally in Dalby on Saturday. "
            + "The counter-protest drew about 300 people, police said."
        let (_, articles) = try Self.extract([("2026-04-11", text)], events: [rally, counter])
        #expect(articles[0].resolution.lineEvents[1] == "harvest-rally")
        let phrase = Array("the counter-protest".utf8)
        let tokens = Tokenizer.tokens(in: phrase)
        let mentions = EventMention.find(in: tokens, range: 0..<tokens.count, text: phrase)
        #expect(mentions.first?.isCounter == true)
    }

    @Test func theIndexReturnsOnlyTheEventsOfTheWeeksAsked() {
        var index = EventIndex()
        let near = EventResolver.profile(Event(id: "a", name: "A fire", start: Day(iso: "2026-04-11")!))
        let far = EventResolver.profile(Event(id: "b", name: "B fire", start: Day(iso: "2021-01-02")!))
        let long = EventResolver.profile(Event(id: "c", name: "C war", start: Day(iso: "2020-01-01")!,
                                               end: Day(iso: "2026-12-31")!))
        index.add(near, at: 0); index.add(far, at: 1); index.add(long, at: 2)
        let day = Day(iso: "2026-04-12")!.dayNumber
        #expect(index.candidates(from: day - 7, to: day + 7) == [0, 2])
        #expect(index.candidates(from: near.first, to: near.first) == [0, 2])
    }
}
