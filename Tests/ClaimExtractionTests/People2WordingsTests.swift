@testable import ClaimExtraction
import ClaimModel
import Testing

/// Task h12-people2 (issue 12): ages, nationalities, winners and attendance in the shapes real
/// coverage uses (victim lists, wire results, election counts, summit line-ups), each with a
/// near miss that must stay quiet. Invented people, places and events; the countries are real
/// only for their names and adjectives.
enum People2 {
    static let people = [
        Entity(id: "brana-kolar", name: "Brana Kolar", kind: .person, aliases: ["Kolar"]),
        Entity(id: "nora-vell", name: "Nora Vell", kind: .person, aliases: ["Vell"]),
        Entity(id: "tomas-eker", name: "Tomas Eker", kind: .person, aliases: ["Eker"]),
    ]
    static let contests = [
        Entity(id: "green-alliance", name: "Green Alliance", kind: .organisation),
        Entity(id: "lisvik-marathon-2025-05-04-womens-race", name: "Lisvik Marathon women's race", kind: .group,
               aliases: ["the women's race"]),
        Entity(id: "lisvik-marathon-2025-05-04-mens-race", name: "Lisvik Marathon men's race", kind: .group,
               aliases: ["the men's race"]),
    ]
    static let events = [
        Event(id: "lisvik-marathon-2025-05-04", name: "Lisvik Marathon", start: Day(iso: "2025-05-04")!,
              place: "Lisvik"),
        Event(id: "norland-presidential-election-2025-05-04", name: "Norland presidential election",
              start: Day(iso: "2025-05-04")!, place: "Norland"),
    ]

    static func extract(_ body: String) throws -> ExtractedArticle {
        try Fixture.extract(story: body, entities: People.entities + people + contests,
                            events: People.events + events)
    }

    static func values(_ body: String, _ attribute: String) throws -> [String] {
        PeopleReaders.values(try extract(body), attribute).sorted()
    }
}

@Suite struct CountryTableTests {
    /// Every UN member state and the common others, with plural and multi-word demonyms.
    @Test func theTableIsComplete() {
        let names = Set(CountryNames.table.map(\.name))
        #expect(names.count >= 197)
        for name in ["Ethiopia", "Eritrea", "Uganda", "Tanzania", "Morocco", "Jamaica", "Taiwan", "Kosovo",
                     "Palestine", "Hong Kong", "Democratic Republic of the Congo"] {
            #expect(names.contains(name), "\(name)")
        }
    }

    @Test(arguments: [("Kenyans", "kenya"), ("New Zealanders", "new-zealand"), ("Sri Lankan", "sri-lanka"),
                      ("Congolese", "democratic-republic-of-the-congo"), ("Frenchmen", "france"),
                      ("Swiss", "switzerland")])
    func demonymsReachTheirCountry(demonym: String, country: String) {
        let entry = CountryNames.table.first { $0.demonyms.contains(demonym) }
        #expect(entry.map { Slug.make($0.name) } == country, "\(demonym)")
    }

    /// "Jordan" and "Chad" are given names too: a bare one is no country, the demonym is.
    @Test func aGivenNameIsNoCountry() throws {
        let article = try People2.extract("At the Lisvik Marathon, Jordan Pell of Chad finished third.")
        #expect(!PeopleReaders.values(article, "nationality").contains { $0.hasSuffix("=chad") })
        let demonym = try People2.values("At the Lisvik Marathon, the Chadian runner Brana Kolar finished third.",
                                         "nationality")
        #expect(demonym == ["brana-kolar=chad"])
    }
}
