import ClaimModel
import Testing
@testable import ClaimExtraction

/// Event clustering on kinds of coverage beyond fires and summits: court cases, company
/// results, sports, elections, earthquakes. Reports days later that name the event only by
/// its kind join it; a background sentence about an earlier, named event does not pull its
/// figure there. Invented places, people and events.
struct EventKindCoverageTests {
    static func extract(_ texts: [(String, String)], events: [Event] = []) -> (ClaimExtractor, [ExtractedArticle]) {
        var extractor = ClaimExtractor(registry: ExtractionRegistry(entities: [], events: events,
                                                                    attributes: BuiltInVocabulary.attributes))
        extractor.recordsResolution = true
        let articles = texts.enumerated().map { index, entry in
            let text = "---\ntitle: Story \(index)\noutlet: Test Gazette\npublished: \(entry.0)\n---\n\n"
                + entry.1 + "\n"
            return extractor.extract(try! ArticleLoader().read(Array(text.utf8), path: "a\(index).txt"))
        }
        return (extractor, articles)
    }

    static func mains(_ articles: [ExtractedArticle]) -> [String?] { articles.map(\.resolution.mainEvent) }

    @Test func anEarthquakeItsAftershocksAndTheDisasterAreOneEvent() {
        let (extractor, articles) = Self.extract([
            ("2026-03-15",
                "A strong earthquake struck the Varnholm region early on Sunday, killing at least 12 people."),
            ("2026-03-17",
                "Aftershocks rattled Varnholm on Monday. The toll from Sunday's earthquake in Varnholm rose to 19."),
            ("2026-03-21",
                "A week after the quake, 2,300 people remain in shelters. The disaster destroyed 140 homes."),
        ])
        #expect(extractor.registry.newEvents.count == 1)
        #expect(Set(Self.mains(articles)).count == 1)
        #expect(articles[1].resolution.lineEvents.values.allSatisfy { $0 == articles[0].resolution.mainEvent })
    }

    @Test func anUndatedIncidentMeetsCoverageReadInAnyOrder() {
        // The later report, read first, gives no day; the earlier one says "last week's".
        let (extractor, articles) = Self.extract([
            ("2026-11-06", "A week after the floods, 40 people remain missing, officials said."),
            ("2026-11-05", "Last week's floods killed 12 people, officials said."),
        ])
        #expect(extractor.registry.newEvents.count == 1)
        #expect(Set(Self.mains(articles)).count == 1)
        // A flood of another year stays apart.
        let (apart, _) = Self.extract([
            ("2026-11-06", "A week after the floods, 40 people remain missing, officials said."),
            ("2026-11-05", "The floods of 2019 killed 12 people, officials said."),
        ])
        #expect(apart.registry.newEvents.count == 2)
    }

    @Test func aBackgroundFloodKeepsItsFigure() {
        let (extractor, articles) = Self.extract([
            ("2026-03-15", "A strong earthquake struck the Varnholm region on Sunday, killing 12 people. "
                + "In 2019 a flood in Varnholm killed 3 people."),
        ])
        let quake = articles[0].resolution.mainEvent
        let tolls = articles[0].claims("death-toll").filter { $0.event == quake }
        #expect(tolls.map { $0.value.humanDescription(unit: nil) } == ["12"])
        #expect(extractor.registry.newEvents.count == 2)
    }

    static let trial = Event(id: "draver-trial", name: "Trial of Olm Draver, Tessby", start: Day(iso: "2026-04-20")!,
                             end: Day(iso: "2026-05-05")!, place: "Tessby")

    @Test func theVerdictTheRulingAndTheSentencingHearingAreTheCase() {
        let (_, articles) = Self.extract([
            ("2026-05-08",
                "Lawyers for the former mayor said they would appeal the verdict, which took 3 hours to read."),
            ("2026-05-12",
                "At the sentencing hearing, the judge said the ruling reflected losses of 4 million kroner."),
        ], events: [Self.trial])
        #expect(Self.mains(articles) == ["draver-trial", "draver-trial"])
        // Two months on, "the verdict" is another case's.
        let (_, late) = Self.extract([("2026-07-20",
            "Lawyers said they would appeal the verdict, which took 3 hours to read.")],
                                     events: [Self.trial])
        #expect(Self.mains(late) != ["draver-trial"])
    }

    @Test func theResultsAndTheRaceJoinTheirEvent() {
        let results = Event(id: "korvald-q4", name: "Korvald Foods fourth-quarter results",
            start: Day(iso: "2026-02-10")!)
        let race = Event(id: "tessby-marathon", name: "Tessby marathon", start: Day(iso: "2026-04-19")!,
            place: "Tessby")
        let (_, articles) = Self.extract([
            ("2026-02-12", "Shares fell 8 per cent after the results showed a loss of 310 million kroner."),
            ("2026-04-21", "The race drew a record 9,400 starters, organisers said."),
        ], events: [results, race])
        #expect(Self.mains(articles) == ["korvald-q4", "tessby-marathon"])
    }

    @Test func aNamedReleaseIsFoundByItsNameWhenTheClausesDateIsAnotherThings() {
        let results = Event(id: "korvald-q4", name: "Korvald results for the fourth quarter",
                            start: Day(iso: "2026-02-26")!)
        let registry = ExtractionRegistry(entities: [], events: [results], attributes: BuiltInVocabulary.attributes)
        let resolver = EventResolver(published: Day(iso: "2026-02-25"))
        // "the quarter ended 26 January" is the clause's first date; the release is on Wednesday.
        // ("The quarter to 26 January" is no date at all now: "to" before a day ends a range.)
        func resolve(_ sentence: String) -> String? {
            let text = Array(sentence.utf8), tokens = Tokenizer.tokens(in: text)
            let mention = EventMention.find(in: tokens, range: 0..<tokens.count, text: text).first!
            let cue = DateCues.find(in: tokens, range: 0..<tokens.count, text: text, published: Day(iso: "2026-02-25"))
            #expect(cue?.from == Day(iso: "2026-01-26"))
            return resolver.resolveNamed(mention, cue: cue, sentenceWords: [], registry: registry, preferredSeries: nil)
        }
        #expect(resolve("Korvald results for the quarter ended 26 January are due after the bell.") == "korvald-q4")
        #expect(resolve("The results for the quarter ended 26 January are due after the bell.") == nil)
    }

    @Test func resultsDayReportsThePollingDaysElection() {
        let election = Event(id: "norland-election", name: "Norland general election", start: Day(iso: "2026-09-13")!)
        let (_, articles) = Self.extract([
            ("2026-09-14",
                "Results published on Monday showed the Harbour Party won 41 per cent in Sunday's election."),
            ("2026-09-16", "The vote gave the Harbour Party 61 seats, officials said."),
        ], events: [election])
        #expect(Self.mains(articles) == ["norland-election", "norland-election"])
        #expect(articles[0].claims("event-date").map(\.value) == [.category("2026-09-13")])
    }

    @Test func twoMarathonsMonthsApartStayApart() {
        let race = Event(id: "tessby-marathon", name: "Tessby marathon", start: Day(iso: "2026-04-19")!,
            place: "Tessby")
        let (_, articles) = Self.extract([("2026-06-30", "The race drew a record 9,400 starters, organisers said.")],
            events: [race])
        #expect(Self.mains(articles) != ["tessby-marathon"])
    }
}
