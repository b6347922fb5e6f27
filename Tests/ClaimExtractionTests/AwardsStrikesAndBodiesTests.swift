import ClaimModel
import Testing
@testable import ClaimExtraction

/// How outlets name a prize-giving ("the ceremony", "the awards", "the gala"), a union strike
/// day ("the demonstrations", "the day of action", "marches") and a country's body ("the
/// interior ministry") without the registry's words (issue 13). Invented events and people.
struct AwardsStrikesAndBodiesTests {
    static let awards = Event(id: "corvin-awards-2026-03-08", name: "41st Corvin Awards",
                              start: Day(iso: "2026-03-08")!, place: "Halden Hall")
    static let luncheon = Event(id: "corvin-luncheon-2026-03-03", name: "Corvin nominees' luncheon",
                                start: Day(iso: "2026-03-03")!, place: "Halden Hall")

    static func mainEvent(_ body: String, published: String, events: [Event]) throws -> String? {
        try Fixture.extract(story: body, published: published, entities: [], events: events).resolution.mainEvent
    }

    @Test(arguments: [
        "Lina Broek won best actress at the ceremony on Sunday night, and her film took 4 prizes.",
        "Crowds in the bars of Velby watched the gala on giant screens on Sunday.",
        "The awards on Sunday night went mostly to Tomas Lind's film, which won 5 of them.",
        "Mira Dahl stayed away from the awards ceremony on Sunday after weeks of controversy.",
    ])
    func aPrizeGivingNamedByItsCeremony(_ body: String) throws {
        #expect(try Self.mainEvent(body, published: "2026-03-10", events: [Self.awards, Self.luncheon])
                == Self.awards.id)
    }

    @Test func aCeremonyMonthsLaterIsNotThePrizeGiving() throws {
        let main = try Self.mainEvent("The ceremony on Friday honoured 12 firefighters of Velby.",
                                      published: "2026-06-20", events: [Self.awards])
        #expect(main != Self.awards.id)
    }

    static let strike = Event(id: "union-strike-2026-05-14", name: "Strike called by the eight Orsk unions",
                              start: Day(iso: "2026-05-14")!, place: "Orsk")
    static let rally = Event(id: "budget-rally-2026-05-10", name: "Rally against the budget in Vell",
                             start: Day(iso: "2026-05-10")!, place: "Vell")

    @Test(arguments: [
        "Hundreds of thousands joined demonstrations across the country on Thursday, the unions said.",
        "The day of action on Thursday shut most schools, the unions said.",
        "Police said 41 people were arrested at the protests on Thursday.",
        "A general strike on Thursday halted trains and closed schools.",
    ])
    func aStrikeDayInEveryOutletsWords(_ body: String) throws {
        #expect(try Self.mainEvent(body, published: "2026-05-15", events: [Self.strike, Self.rally])
                == Self.strike.id)
    }

    @Test(arguments: ["Police used tear gas on some marches and arrested 25 people, the ministry said.",
                      "Police said 25 people had been arrested in several demonstrations in the south."])
    func aStrikeDaysMarchesAreTheStrikes(_ later: String) throws {
        let body = "The strike on Thursday closed most schools, the unions said. " + later
        let article = try Fixture.extract(story: body, published: "2026-05-15", entities: [],
                                          events: [Self.strike, Self.rally])
        let arrests = article.claims("arrested-count")
        #expect(!arrests.isEmpty && arrests.allSatisfy { $0.event == Self.strike.id }, "\(arrests.map(\.event))")
    }

    @Test func aNamedRallyInAStrikeReportStaysTheRally() throws {
        let body = "The strike on Thursday closed most schools, the unions said. "
            + "At the Vell rally against the budget on Sunday, police had arrested 12 people."
        let article = try Fixture.extract(story: body, published: "2026-05-15", entities: [],
                                          events: [Self.strike, Self.rally])
        let arrests = article.claims("arrested-count")
        #expect(!arrests.isEmpty && arrests.allSatisfy { $0.event != Self.strike.id }, "\(arrests.map(\.event))")
    }

    static let bodies = [
        Entity(id: "portugal-interior-ministry", name: "Ministry of Internal Administration (Portugal)",
               kind: .organisation, aliases: ["the interior ministry"]),
        Entity(id: "ireland-interior-ministry", name: "Irish Department of the Interior", kind: .organisation,
               aliases: ["Irish interior ministry"]),
    ]

    static func speakers(_ body: String) throws -> Set<String> {
        let article = try Fixture.extract(story: body, published: "2026-04-14", entities: Self.bodies, events: [])
        return Set(article.claims("death-toll").map(\.speaker.id))
    }

    @Test(arguments: [
        ("Floods in the west of Ireland killed 7 people on Sunday, the interior ministry said.",
         "ireland-interior-ministry"),
        ("In Ireland, the interior ministry said on Monday that 7 people had died in the floods.",
         "ireland-interior-ministry"),
        ("Floods in Chile killed 7 people on Sunday, the interior ministry said.", "chile-interior-ministry"),
        ("Floods in Portugal killed 7 people on Sunday, the interior ministry said.", "portugal-interior-ministry"),
    ])
    func theInteriorMinistryIsTheStoryCountrys(_ body: String, _ expected: String) throws {
        #expect(try Self.speakers(body) == [expected])
    }
}
