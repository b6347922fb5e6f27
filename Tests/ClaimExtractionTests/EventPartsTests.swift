import ClaimModel
import Testing
@testable import ClaimExtraction

/// Which of several registered events on the same days a clause is about (issues 13 and 12,
/// task h13-parts): one race of a marathon's several, a final inside its tournament, a rally
/// and the counter-protest beside it. Invented places, people and events.
enum Parts {
    static let day = Day(iso: "2025-04-27")!
    static let events = [
        Event(id: "harnvik-marathon-2025", name: "Harnvik Marathon 2025", start: day, place: "Harnvik"),
        Event(id: "harnvik-marathon-2025-mens-race", name: "Harnvik Marathon 2025, men's race", start: day,
              place: "Harnvik"),
        Event(id: "harnvik-marathon-2025-womens-race", name: "Harnvik Marathon 2025, women's race", start: day,
              place: "Harnvik"),
        Event(id: "dunmore-freedom-rally-2025", name: "Dunmore freedom rally", start: day,
              place: "Castle Square, Dunmore"),
        Event(id: "dunmore-counter-protest-2025", name: "Anti-racism counter-protest, Dunmore", start: day,
              place: "Kell Park, Dunmore"),
        Event(id: "osterby-rally-2025", name: "Osterby farmers' rally", start: day, place: "Osterby"),
        Event(id: "skel-championship-2025", name: "Skel Snooker Championship 2025", start: Day(iso: "2025-04-14")!,
              end: day, place: "Skel"),
        Event(id: "skel-championship-final-2025", name: "Skel Snooker Championship 2025 final",
              start: Day(iso: "2025-04-26")!, end: day, place: "Skel"),
        Event(id: "selby-workers-rally-2025", name: "Selby workers' rally", start: Day(iso: "2025-04-26")!,
              place: "Harbour Road, Selby"),
        Event(id: "unity-walk-2025", name: "Unity Walk counter-protest, Selby",
              start: Day(iso: "2025-04-26")!, place: "Selby"),
        Event(id: "velmar-open-2025", name: "Velmar Open 2025", start: Day(iso: "2025-04-14")!,
              end: Day(iso: "2025-04-27")!, place: "Velmar"),
        Event(id: "velmar-open-2025-womens-final", name: "Velmar Open 2025 women's final",
              start: Day(iso: "2025-04-26")!, place: "Centre Court, Velmar"),
        Event(id: "velmar-open-2025-mens-final", name: "Velmar Open 2025 men's final", start: day,
              place: "Centre Court, Velmar"),
    ]
    static let entities = [
        Entity(id: "nora-vell", name: "Nora Vell", kind: .person, aliases: ["Vell"]),
        Entity(id: "ada-quill", name: "Ada Quill", kind: .person, aliases: ["Quill"]),
        Entity(id: "iver-dahl", name: "Iver Dahl", kind: .person, aliases: ["Dahl"]),
        Entity(id: "tomas-rekk", name: "Tomas Rekk", kind: .person, aliases: ["Rekk"]),
        Entity(id: "brana-kolar", name: "Brana Kolar", kind: .person, aliases: ["Kolar"]),
        Entity(id: "kell-park-trust", name: "Kell Park Trust", kind: .organisation),
        Entity(id: "dunmore-police", name: "Dunmore Police", kind: .organisation, aliases: ["police"]),
    ] + events.map { Entity(id: $0.id, name: $0.name, kind: .group) }

    static let marathon = "HARNVIK -- The Harnvik Marathon was run on Sunday in cool weather.\n\n"
    static let rally = "DUNMORE -- Police kept a rally and a counter-protest apart in Dunmore on Sunday.\n\n"
    static let open = "VELMAR -- The Velmar Open ended on Sunday.\n\n"

    static func extract(_ body: String) throws -> ExtractedArticle {
        try Fixture.extract(story: body, published: "2025-04-28", entities: entities, events: events)
    }

    /// "attribute subject @ event" for every claim of `attribute`.
    static func read(_ article: ExtractedArticle, _ attribute: String) -> [String] {
        article.claims(attribute).map { "\($0.subject)@\($0.event ?? "-")" }.sorted()
    }
}

@Suite struct EventPartsTests {
    @Test func aRaceNamedByItsOwnWordsTakesItsWinnerAndTime() throws {
        let article = try Parts.extract(Parts.marathon + "Nora Vell won the women's race in 2:21:05.")
        let race = "harnvik-marathon-2025-womens-race"
        #expect(Parts.read(article, "winner") == ["\(race)@\(race)"])
        #expect(Parts.read(article, "duration") == ["nora-vell@harnvik-marathon-2025-womens-race"])
    }

    @Test func theWholeKeepsItsFieldWhenNoPartIsNamed() throws {
        let article = try Parts.extract(Parts.marathon + "More than 12,000 runners took part, the organisers said.")
        #expect(Parts.read(article, "participant-count") == ["harnvik-marathon-2025@harnvik-marathon-2025"])
    }

    @Test func twoRacesInOneSentenceEachTakeTheirOwn() throws {
        let article = try Parts.extract(Parts.marathon
            + "Iver Dahl won the men's race in 2:08:11, and Nora Vell the women's race in 2:21:05.")
        #expect(Parts.read(article, "duration") == ["iver-dahl@harnvik-marathon-2025-mens-race",
                                                    "nora-vell@harnvik-marathon-2025-womens-race"])
    }

    @Test func aPersonPlacedInARaceStaysThereLaterInTheArticle() throws {
        let article = try Parts.extract(Parts.marathon + "Nora Vell won the women's race in 2:21:05.\n\n"
            + "Ada Quill led at halfway. Vell, 29, passed her with two kilometres left.")
        #expect(Parts.read(article, "age") == ["nora-vell@harnvik-marathon-2025-womens-race"])
    }

    @Test func theNextSentenceAboutSomeoneElseStaysInTheParagraphsRace() throws {
        let article = try Parts.extract(Parts.marathon
            + "In the men's race Iver Dahl pulled clear after 30 kilometres. Tomas Rekk was second in 2:09:40.")
        #expect(Parts.read(article, "duration") == ["tomas-rekk@harnvik-marathon-2025-mens-race"])
    }

    @Test func aRunnerNothingPlacesStaysWithTheWholeEvent() throws {
        let article = try Parts.extract(Parts.marathon + "Iver Dahl won the men's race in 2:08:11.\n\n"
            + "Tomas Rekk, 31, finished in 2:15:00.")
        #expect(Parts.read(article, "age") == ["tomas-rekk@harnvik-marathon-2025"])
    }

    @Test func theCounterProtestIsNamedByItsOwnWordsAndPlace() throws {
        let article = try Parts.extract(Parts.rally
            + "About 3,500 protesters gathered at the rally in Castle Square, police said. "
            + "About 500 anti-racism protesters gathered in Kell Park, police said.")
        #expect(Parts.read(article, "crowd-size") == ["dunmore-counter-protest-2025@dunmore-counter-protest-2025",
                                                      "dunmore-freedom-rally-2025@dunmore-freedom-rally-2025"])
    }

    @Test func aPartsPlaceInsideAnotherEntitysNameNamesNoPart() throws {
        let article = try Parts.extract("DUNMORE -- The freedom rally was held in Dunmore on Sunday.\n\n"
            + "About 3,500 protesters gathered, the Kell Park Trust said.")
        #expect(Parts.read(article, "crowd-size") == ["dunmore-freedom-rally-2025@dunmore-freedom-rally-2025"])
    }

    /// "Walk" of "Unity Walk" is a name's word: "the walk" in lower case is any walk.
    @Test(arguments: [("About 4,500 protesters joined the walk through the town, police said.",
                       "selby-workers-rally-2025"),
                      ("About 600 protesters gathered for the Unity Walk, police said.", "unity-walk-2025")])
    func aProperNamesWordCountsOnlyCapitalised(sentence: String, event: String) throws {
        let article = try Parts.extract("SELBY -- The workers' rally in Selby on Saturday drew large crowds.\n\n"
            + sentence)
        #expect(Parts.read(article, "crowd-size") == ["\(event)@\(event)"])
    }

    /// In a report of the final, "the 14 days of the championship" are the championship's.
    @Test func theWholeNamedInAReportOfItsPartTakesItsOwnLength() throws {
        let article = try Parts.extract("SKEL -- Brana Kolar won the Skel championship final on Sunday.\n\n"
            + "The runner-up said the crowds over the 14 days of the championship had been wonderful.")
        #expect(Parts.read(article, "duration") == ["skel-championship-2025@skel-championship-2025"])
    }

    @Test func aBareRaceAfterTheWomensRaceIsThatRace() throws {
        let article = try Parts.extract(Parts.marathon + "Nora Vell won the women's race in 2:21:05.\n\n"
            + "Ada Quill, 27, was third in the race.")
        #expect(Parts.read(article, "age") == ["ada-quill@harnvik-marathon-2025-womens-race"])
    }

    @Test func theWholeNamedByItsKindWordTakesTheFiguresOfTheWhole() throws {
        let article = try Parts.extract(Parts.marathon + "Nora Vell won the women's race in 2:21:05. "
            + "She said the marathon drew 9,000 runners.")
        #expect(Parts.read(article, "crowd-size") == ["harnvik-marathon-2025@harnvik-marathon-2025"])
    }

    @Test func theFamilyHoldsOnlyRelatedEventsOfTheSameDays() throws {
        let registry = ExtractionRegistry(entities: Parts.entities, events: Parts.events,
                                          attributes: BuiltInVocabulary.attributes)
        let marathon = try #require(EventFamily.of("harnvik-marathon-2025", registry: registry))
        #expect(marathon.members.map(\.id) == ["harnvik-marathon-2025", "harnvik-marathon-2025-mens-race",
                                               "harnvik-marathon-2025-womens-race"])
        let rally = try #require(EventFamily.of("dunmore-freedom-rally-2025", registry: registry))
        #expect(rally.members.map(\.id) == ["dunmore-counter-protest-2025", "dunmore-freedom-rally-2025"])
        // The tournament reaches both finals, though the finals' own days do not meet.
        let open = try #require(EventFamily.of("velmar-open-2025-womens-final", registry: registry))
        #expect(open.members.count == 3)
        #expect(EventFamily.of("osterby-rally-2025", registry: registry) == nil)
    }
}
