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

@Suite struct People2AgeTests {
    @Test func agesInAListOfVictims() throws {
        let body = "Police named those killed at the Lisvik Marathon as Brana Kolar, 34, and Nora Vell, 29."
        #expect(try People2.values(body, "age")
                    == ["brana-kolar=\(Quantity.exactly(34))", "nora-vell=\(Quantity.exactly(29))"])
    }

    @Test func anAgeDescribingTheNameAfterIt() throws {
        let body = "A 19-year-old student named Brana Kolar was hurt at the Lisvik Marathon."
        #expect(try People2.values(body, "age") == ["brana-kolar=\(Quantity.exactly(19))"])
    }

    /// "a 19-year-old" with a preposition, a conjunction or a verb before the name is someone
    /// else: the suspect is not the victim.
    @Test(arguments: ["At the Lisvik Marathon, police arrested a 19-year-old after Brana Kolar was hurt.",
                      "At the Lisvik Marathon, a 19-year-old and Brana Kolar were hurt.",
                      "At the Lisvik Marathon, a 19-year-old attacked Brana Kolar."])
    func anUnnamedAgeIsNobodysNamed(body: String) throws {
        #expect(try People2.values(body, "age").isEmpty, "\(body)")
    }

    @Test func aRangeOfAgesIsAGroups() throws {
        let body = "Brana Kolar said the men held after the Lisvik Marathon were aged between 18 and 25."
        #expect(try People2.values(body, "age").isEmpty)
    }
}

@Suite struct People2NationalityTests {
    @Test(arguments: [
        ("At the Lisvik Marathon, Australian citizen Brana Kolar was among the injured.", "australia"),
        ("At the Lisvik Marathon, Brana Kolar, a French citizen, was among the injured.", "france"),
        ("At the Lisvik Marathon, Brana Kolar, the 39-year-old Ethiopian who won in 2019, finished third.",
         "ethiopia"),
        ("At the Lisvik Marathon, a Ugandan tourist, 45-year-old Brana Kolar, was hurt.", "uganda"),
        ("Eritrea's Brana Kolar finished third at the Lisvik Marathon.", "eritrea"),
        ("At the Lisvik Marathon, the Jamaican runner Brana Kolar finished third.", "jamaica"),
        ("At the Lisvik Marathon, Brana Kolar of Tanzania finished third.", "tanzania"),
        ("At the Lisvik Marathon, the Sri Lankan Brana Kolar finished third.", "sri-lanka"),
        ("At the Lisvik Marathon, Brana Kolar, a New Zealander, finished third.", "new-zealand"),
        ("At the Lisvik Marathon, the Welsh veteran Brana Kolar finished third.", "wales"),
    ])
    func aPersonsNationality(body: String, country: String) throws {
        #expect(try People2.values(body, "nationality") == ["brana-kolar=\(country)"], "\(body)")
    }

    /// A registry that lists "English" as a name of England still gives a demonym's reading.
    @Test func aDemonymTheRegistryListsAsAName() throws {
        let england = Entity(id: "england", name: "England", kind: .country, aliases: ["English"])
        let article = try Fixture.extract(
            story: "At the Lisvik Marathon, the English veteran Brana Kolar finished third.",
            entities: People.entities + People2.people + [england], events: People2.events)
        #expect(PeopleReaders.values(article, "nationality") == ["brana-kolar=england"])
    }

    /// Two nationalities, a post's country, an employer's and a name that is no person's stay quiet.
    @Test(arguments: ["At the Lisvik Marathon, Brana Kolar, a dual British-Iranian national, was hurt.",
                      "At the Lisvik Marathon, Brana Kolar, a dual Moroccan and French citizen, was hurt.",
                      "At the Lisvik Marathon, dual Kenyan citizen Brana Kolar was hurt.",
                      "At the Lisvik Marathon, Brana Kolar, the French foreign minister, was hurt.",
                      "At the Lisvik Marathon, Brana Kolar, a Kenyan company, was fined.",
                      "At the Lisvik Marathon, the Spanish actress Brana Kolar stayed away.",
                      "At the Lisvik Marathon, Kenyan-born runner Brana Kolar finished third.",
                      "At the Lisvik Marathon, a French tourist, aged 45, was hurt."])
    func noNationality(body: String) throws {
        #expect(try People2.values(body, "nationality").isEmpty, "\(body)")
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

@Suite struct People2WinnerTests {
    static let election = "norland-presidential-election-2025-05-04"

    @Test(arguments: [
        "Brana Kolar was declared the winner of the Norland presidential election on Tuesday.",
        "The election commission declared Brana Kolar the winner of the Norland presidential election.",
        "The commission declared the ruling party's candidate, Brana Kolar, as the winner of the Norland "
            + "presidential election.",
        "Brana Kolar emerged as the winner of the Norland presidential election.",
        "In the Norland presidential election, Brana Kolar won with 70 per cent of the vote, ahead of Nora Vell.",
    ])
    func aDeclaredOrMarginWin(body: String) throws {
        #expect(try People2.values(body, "winner") == ["\(Self.election)=brana-kolar"], "\(body)")
    }

    /// A self-declaration, a denial, an earlier contest, a part the record lacks and a place
    /// named inside an apposition are no winner.
    @Test(arguments: [
        "Brana Kolar declared himself the winner of the Norland presidential election.",
        "Brana Kolar was not declared the winner of the Norland presidential election.",
        "Brana Kolar was the winner of the 2019 Norland presidential election.",
        "Brana Kolar, a former winner of the Norland presidential election, lost.",
        "Nora Vell was the juniors' winner at the Lisvik Marathon.",
        "In the Norland presidential election, Brana Kolar won with the help of Nora Vell.",
    ])
    func noWinner(body: String) throws {
        #expect(try People2.values(body, "winner").isEmpty, "\(body)")
    }

    @Test func aPlaceInAnAppositionIsNoWinner() throws {
        let body = "At the Lisvik Marathon, Nora Vell, born in Ethiopia, won the women's race."
        #expect(try People2.values(body, "winner") == ["lisvik-marathon-2025-05-04-womens-race=nora-vell"])
    }
}

@Suite struct People2AttendanceTests {
    @Test(arguments: [("Ilse Varga showed up at the Harbour Forum on Tuesday.", "present"),
                      ("Ilse Varga's absence from the Harbour Forum was noted.", "absent")])
    func anAttendanceWording(body: String, value: String) throws {
        #expect(try People2.values(body, "attendance-mode") == ["ilse-varga=\(value)"], "\(body)")
    }

    /// The person after "without" or "except" did not attend with the others, and the clause
    /// does not say more; an open question and a delegation are not the person's attendance; a
    /// budget "presented" is no attendance.
    @Test(arguments: ["A Norland delegation attended the Harbour Forum without Ilse Varga.",
                      "Everyone attended the Harbour Forum except Ilse Varga.",
                      "Ilse Varga has not confirmed whether she will attend the Harbour Forum.",
                      "Ilse Varga's delegation attended the Harbour Forum.",
                      "At the Harbour Forum, Ilse Varga said her budget will be presented in October."])
    func noAttendance(body: String) throws {
        #expect(try People2.values(body, "attendance-mode").isEmpty, "\(body)")
    }
}
