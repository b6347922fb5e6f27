@testable import ClaimExtraction
import ClaimModel
import Testing

/// Issue 12 (s11-reading): attendance cues that say nothing of a presence, read by the clause's
/// grammar (a noun "host", a call passed on "by telephone", the agent of another participle, a
/// relative clause about another occasion), the gathering an attendance needs, a title between
/// "represented by" and the name, and the nationality a leader's office already gives. Invented
/// people and events; each rule has a sentence that triggers it and one that must stay as before.
enum AttendanceWordingFixture {
    static let kajaBerg = Entity(id: "kaja-berg", name: "Kaja Berg", kind: .person, aliases: ["Berg"])
    static let norlandElection = Event(id: "norland-general-election-2025-05-04", name: "Norland general election",
                                       start: Day(iso: "2025-05-04")!, place: "Norland")

    static func extract(_ body: String) throws -> ExtractedArticle {
        try Fixture.extract(story: body, entities: People.entities + [kajaBerg],
                            events: People.events + [norlandElection])
    }

    static func values(_ body: String, _ attribute: String, _ subject: String? = nil) throws -> [String] {
        PeopleReaders.values(try extract(body), attribute, subject).sorted()
    }

    static func tokens(_ text: String) -> [Token] { Tokenizer.tokens(in: Array(text.utf8)) }
}

@Suite struct AttendanceWordingTests {
    typealias F = AttendanceWordingFixture

    @Test(arguments: ["At the Harbour Forum, Ilse Varga told reporters the host hoped for a deal.",
                      "Ilse Varga, the former late-night host, is presenting the Harbour Forum."])
    func aHostNounIsNoAttendance(body: String) throws {
        #expect(try F.values(body, "attendance-mode").isEmpty, "\(body)")
    }

    @Test func theVerbHostStillReads() throws {
        #expect(try F.values("Ilse Varga will host the Harbour Forum.", "attendance-mode")
                    == ["ilse-varga=in-person"])
    }

    @Test func aMessagePassedOnByTelephoneIsNoAttendance() throws {
        let body = "Ilse Varga told Piet Ostrom by telephone that the Harbour Forum would go ahead."
        #expect(try F.values(body, "attendance-mode").isEmpty)
    }

    @Test func joiningByTelephoneStillReads() throws {
        #expect(try F.values("Ilse Varga joined the Harbour Forum by telephone.", "attendance-mode")
                    == ["ilse-varga=phone"])
    }

    @Test func theTitleBetweenRepresentedByAndTheNameKeepsTheDelegate() throws {
        let body = "At the Harbour Forum, Ilse Varga was represented by her foreign minister, Piet Ostrom."
        #expect(try F.values(body, "attendance-mode") == ["ilse-varga=represented", "piet-ostrom=in-person"])
    }

    @Test func aTitleBeforeANameIsOnlyLowerCaseWordsAndAComma() {
        let yes = F.tokens("by its foreign minister , Piet")
        #expect(AttendanceWording.isTitleBeforeName(yes, 1..<5))
        let joined = F.tokens("by its envoy , and Piet")
        #expect(!AttendanceWording.isTitleBeforeName(joined, 1..<5))
        let noComma = F.tokens("by its foreign minister Piet")
        #expect(!AttendanceWording.isTitleBeforeName(noComma, 1..<4))
        let named = F.tokens("by Norland 's envoy , Piet")
        #expect(!AttendanceWording.isTitleBeforeName(named, 1..<5))
    }

    @Test(arguments: ["At the Harbour Forum, thousands of people joined a march led by Ilse Varga.",
                      "At the Harbour Forum, thousands took part in a march organised by the activist Ilse Varga."])
    func theAgentOfAnotherParticipleDidNotTakePart(body: String) throws {
        #expect(try F.values(body, "attendance-mode", "ilse-varga").isEmpty, "\(body)")
    }

    @Test func theCuesOwnParticipleStillNamesItsAgents() throws {
        let body = "The Harbour Forum was attended by Ilse Varga and Oda Lind on Tuesday."
        #expect(try F.values(body, "attendance-mode").count == 2)
    }

    @Test func aRelativeClauseAboutNextYearsMeetingIsNoAttendance() throws {
        let body = "Ilse Varga, who will host the forum next year, praised the Harbour Forum on Tuesday."
        #expect(try F.values(body, "attendance-mode").isEmpty)
    }

    @Test(arguments: [(EventKind.meeting, true), (.awards, true), (.protest, true), (.trial, true), (.match, true),
                      (.election, false), (.fire, false), (.strike, false), (.results, false)])
    func gatheringsHaveAttendees(kind: EventKind, admits: Bool) {
        #expect(AttendanceWording.admits(kind) == admits)
    }

    @Test func anAttendanceNeedsAnEventThatIsNotItsSubject() {
        let registry = ExtractionRegistry(entities: People.entities, events: People.events + [F.norlandElection],
                                          attributes: BuiltInVocabulary.attributes)
        #expect(AttendanceWording.admits(subject: "ilse-varga", event: "harbour-forum-2025-05-06", registry: registry))
        #expect(!AttendanceWording.admits(subject: "ilse-varga", event: nil, registry: registry))
        #expect(!AttendanceWording.admits(subject: "harbour-forum-2025-05-06", event: "harbour-forum-2025-05-06",
                                          registry: registry))
        #expect(!AttendanceWording.admits(subject: "ilse-varga", event: "norland-general-election-2025-05-04",
                                          registry: registry))
    }

    @Test func takingPartInAnElectionIsNoAttendance() throws {
        let body = "Ilse Varga took part in the Norland general election on Sunday."
        #expect(try F.values(body, "attendance-mode").isEmpty)
    }
}

@Suite struct NationalityGateTests {
    typealias F = AttendanceWordingFixture

    @Test func theCountryOfAnOfficeInTheArticleIsNoNationality() throws {
        let body = "Norland's Kaja Berg arrived at the Harbour Forum on Tuesday.\n\n"
            + "Kaja Berg, the president of Norland, spoke first."
        let article = try F.extract(body)
        #expect(PeopleReaders.values(article, "office", "kaja-berg") == ["kaja-berg=president-of-norland"])
        #expect(PeopleReaders.values(article, "nationality", "kaja-berg").isEmpty)
    }

    @Test func withoutAnOfficeTheNationalityStays() throws {
        let body = "Norland's Kaja Berg arrived at the Harbour Forum on Tuesday."
        #expect(try F.values(body, "nationality", "kaja-berg") == ["kaja-berg=norland"])
    }
}

@Suite struct VerdictWordingTests {
    typealias F = AttendanceWordingFixture

    @Test(arguments: [("A Lisvik court found Kaja Berg guilty of fraud on Monday.", "guilty"),
                      ("A Lisvik court found Kaja Berg not guilty of fraud on Monday.", "not-guilty")])
    func theDefendantBetweenFoundAndGuilty(body: String, verdict: String) throws {
        #expect(try F.values(body, "verdict") == ["kaja-berg=\(verdict)"], "\(body)")
    }

    @Test func aPersonFoundElsewhereIsNoVerdict() throws {
        #expect(try F.values("Police found Kaja Berg at home on Monday.", "verdict").isEmpty)
    }
}

@Suite struct PeopleGatesTests {
    typealias F = AttendanceWordingFixture

    @Test(arguments: [("prince-of-norland", true), ("duchess-of-lisvik", true), ("crown-prince-of-norland", false),
                      ("lord-mayor-of-lisvik", false), ("king-of-norland", false)])
    func aTitleOfNobilityIsNoOffice(slug: String, isNobility: Bool) {
        #expect(NobilityTitle.isNobility(slug) == isNobility)
    }

    @Test func aRegistryRoleOfNobilityGivesNoOffice() throws {
        let prince = Entity(id: "aldo-ven", name: "Aldo Ven", kind: .person, aliases: ["Ven"],
                            roles: [Role(title: "Prince of Norland", from: Day(iso: "2020-01-01"))])
        let article = try Fixture.extract(story: "Prince of Norland Aldo Ven spoke at the Harbour Forum.",
                                          entities: People.entities + [prince], events: People.events)
        #expect(PeopleReaders.values(article, "office", "aldo-ven").isEmpty)
        let minister = try F.extract("Foreign Minister Piet Ostrom spoke at the Harbour Forum.")
        #expect(PeopleReaders.values(minister, "office", "piet-ostrom") == ["piet-ostrom=foreign-minister-of-norland"])
    }

    @Test(arguments: [("High Atlas", true), ("Upper Lisvik", true), ("Red Cross", true), ("Lisvik Harbour", true),
                      ("Kaja Berg", false), ("Highsmith Ola", false), ("Ada Crossley", false)])
    func aRegionsFirstWord(name: String, isPlace: Bool) {
        #expect(NationalityGate.namesAPlace(name) == isPlace)
    }

    @Test func anEventsOwnEntityDoesNotAttend() {
        var registry = ExtractionRegistry(entities: People.entities, events: People.events,
                                          attributes: BuiltInVocabulary.attributes)
        _ = registry.addEntity(Entity(id: "harbour-forum-crowd", name: "Harbour Forum crowd", kind: .group))
        #expect(!AttendanceWording.admits(subject: "harbour-forum-crowd", event: "harbour-forum-2025-05-06",
                                          registry: registry))
        #expect(AttendanceWording.admits(subject: "norland", event: "harbour-forum-2025-05-06", registry: registry))
    }
}

@Suite struct ActsAskedAndPronounsTests {
    typealias F = AttendanceWordingFixture

    @Test(arguments: ["At the Harbour Forum, protesters called on Ilse Varga to resign.",
                      "After the Harbour Forum, the opposition demanded that Ilse Varga step down.",
                      "At the Harbour Forum, Piet Ostrom urged Ilse Varga not to resign.",
                      "At the Harbour Forum, Ilse Varga threatened to quit."])
    func anActAskedForOrThreatenedIsNotDone(body: String) throws {
        #expect(try F.values(body, "resigned").isEmpty, "\(body)")
    }

    @Test(arguments: [("At the Harbour Forum, Ilse Varga refused to resign.", "ilse-varga=false"),
                      ("Ilse Varga asked for a recount and resigned after the Harbour Forum.", "ilse-varga=true"),
                      ("Ilse Varga, who was asked to step down, resigned after the Harbour Forum.",
                       "ilse-varga=true")])
    func anActStatedOrRefusedStillReads(body: String, value: String) throws {
        #expect(try F.values(body, "resigned") == [value], "\(body)")
    }

    @Test func aPronounAfterTheSpeakerIsTheSpeaker() throws {
        let body = "Oda Lind opened the Harbour Forum.\n\nIlse Varga said she would not resign over the Harbour Forum."
        #expect(try F.values(body, "resigned") == ["ilse-varga=false"])
    }

    @Test func aPersonNamedBetweenKeepsThePronounOpen() throws {
        let body = "Ilse Varga said Piet Ostrom had agreed that he would resign after the Harbour Forum."
        #expect(try !F.values(body, "resigned").contains("ilse-varga=true"))
    }

    @Test func quittingAGatheringIsLeavingIt() throws {
        #expect(try F.values("Ilse Varga quit the Harbour Forum early.", "resigned").isEmpty)
        #expect(try F.values("Ilse Varga quit the government after the Harbour Forum.", "resigned")
                    == ["ilse-varga=true"])
    }

    @Test func aRelativeClauseAboutAnotherYearIsBackground() throws {
        let background = "Ilse Varga, who resigned as minister in 2019, spoke at the Harbour Forum."
        #expect(try F.values(background, "resigned").isEmpty)
        let now = "Ilse Varga, who resigned in May 2025, spoke at the Harbour Forum."
        #expect(try F.values(now, "resigned") == ["ilse-varga=true"])
    }

    @Test func thePossessorOfTheObjectDidNotAct() throws {
        let body = "At the Harbour Forum, Piet Ostrom backed the Norland Foreign Ministry's plan."
        let values = try F.values(body, "endorsed")
        #expect(values == ["piet-ostrom=true"])
    }
}
