import ClaimModel
import Testing
@testable import ClaimExtraction

/// One incident as several outlets word it (issue 13): the noun one uses ("blaze",
/// "derailment", "stampede") and the verb of another's lede ("a bus crashed", "the volcano
/// erupted", "was found guilty"), the event's own day against the day of the statement, and
/// a follow-up that names it only by its kind. Invented places and incidents.
struct EventWordingsTests {
    static func extract(_ texts: [(String, String)]) throws -> (ClaimExtractor, [ExtractedArticle]) {
        var extractor = ClaimExtractor(registry: try EventClusteringTests.registry())
        extractor.recordsResolution = true
        var articles: [ExtractedArticle] = []
        for (index, (published, text)) in texts.enumerated() {
            articles.append(try Fixture.extract(text, name: "a\(index).txt", published: published, with: &extractor))
        }
        return (extractor, articles)
    }

    /// Every article's main event is one event, and so is every death toll's.
    static func expectOneEvent(_ texts: [(String, String)]) throws {
        let (extractor, articles) = try Self.extract(texts)
        let events = articles.map(\.resolution.mainEvent)
        #expect(Set(events).count == 1 && events[0] != nil, "\(events) \(extractor.registry.newEvents.map(\.id))")
        let claimEvents = Set(articles.flatMap { $0.claims("death-toll") }.compactMap(\.event))
        #expect(claimEvents.count == 1, "\(claimEvents)")
    }

    static let incidents: [[(String, String)]] = [
        [("2026-04-14", "A fire tore through a ten-storey block in Marnholt on Sunday, killing 7 people, police said."),
         ("2026-04-15", "Seven people died when fire swept through an apartment block in Marnholt on Sunday."),
         ("2026-04-20", "Residents of Marnholt mourned on Monday. The blaze killed 9 people, officials said.")],
        [("2026-04-13", "A bus crash near Kessar killed 12 people on Sunday, police said."),
         ("2026-04-13", "Twelve people were killed when a bus crashed near Kessar on Sunday."),
         ("2026-04-14", "The death toll from Sunday's crash near Kessar rose to 14, officials said on Monday.")],
        [("2026-04-16", "Investigators said the derailment near Ulvik on Saturday had killed 6 people."),
         ("2026-04-13", "A train derailed near Ulvik on Saturday, killing 5 people.")],
        [("2026-04-13", "Floods in the Orsa valley killed 21 people on Saturday, officials said."),
         ("2026-04-14", "The death toll from flooding in the Orsa valley rose to 25, officials said on Monday."),
         ("2026-04-18", "A week after the floods, 30 people are known to have died in the Orsa valley.")],
        [("2026-04-13", "A fire at a warehouse on Harbour Street in Dalby killed 4 people on Saturday."),
         ("2026-04-14", "The Dalby warehouse fire killed 5 people, police said."),
         ("2026-04-15", "The blaze on Harbour Street killed 5, the fire service said on Tuesday.")],
        [("2026-04-13", "Flight NK402 crashed near Tarnby on Sunday, killing 60 people, officials said."),
         ("2026-04-14", "The crash of flight NK402 killed 62 people, the airline said on Monday."),
         ("2026-04-14", "All 62 people on board died when a plane crashed near Tarnby late on Sunday.")],
        // Either side of midnight, and a later report that gives the day as a date.
        [("2026-04-12", "A fire in Marnholt late on Saturday killed 7 people, police said."),
         ("2026-04-13", "A fire in Marnholt early on Sunday killed 7 people, officials said.")],
        [("2026-04-13", "A fire at an apartment block in Marnholt killed 7 people on Sunday."),
         ("2026-04-20", "The April 12 fire in Marnholt killed 9 people, officials said on Monday.")],
        [("2026-04-14", "A ferry capsized off Sorvik on Sunday, killing 20 people."),
         ("2026-04-15", "Divers searched the Sorvik ferry on Monday; the sinking killed 24, officials said.")],
    ]

    @Test(arguments: 0..<9)
    func oneIncidentInEveryOutletsWords(_ story: Int) throws {
        try Self.expectOneEvent(Self.incidents[story])
    }

    /// Kinds the event vocabulary lacked: each made no event at all, or one per wording.
    static let newKinds: [[(String, String)]] = [
        [("2026-04-13", "A stampede at a religious festival in Sarvi killed 30 people on Sunday, officials said."),
         ("2026-04-14", "The toll from the crowd crush in Sarvi rose to 34, police said on Monday."),
         ("2026-04-15", "Survivors of the Sarvi stampede said 34 people had died.")],
        [("2026-04-13", "A knife attack at Velby station killed 2 people on Sunday, police said."),
         ("2026-04-14", "Two people died in the stabbing at Velby station on Sunday, police said on Monday.")],
        [("2026-04-13", "The Halla volcano erupted on Sunday, killing 6 hikers."),
         ("2026-04-14", "The eruption of the Halla volcano killed 8 people, officials said on Monday.")],
        [("2026-04-13", "An avalanche near Skarvik buried a ski lodge on Sunday, killing 5 people."),
         ("2026-04-15", "The Skarvik avalanche killed 7 people, rescuers said on Tuesday.")],
    ]

    @Test(arguments: 0..<4)
    func kindsOfIncidentBeyondFiresAndCrashes(_ story: Int) throws {
        try Self.expectOneEvent(Self.newKinds[story])
    }

    @Test(arguments: ["A court in Dalby convicted 4 former officials of fraud on Monday, prosecutors said.",
                      "Four former officials were found guilty of fraud by a court in Dalby on Monday.",
                      "A court in Dalby sentenced 4 former officials to prison on Monday for fraud."])
    func theVerdictLaterIsTheCaseTheLedeReported(_ lede: String) throws {
        let (_, articles) = try Self.extract([
            ("2026-04-13", lede),
            ("2026-04-14", "Mara Quist said the verdict against the 4 officials in Dalby was fair."),
        ])
        let events = articles.map(\.resolution.mainEvent)
        #expect(Set(events).count == 1 && events[0] != nil, "\(events)")
    }

    @Test(arguments: ["Shares in Tarnby Air plunged 12% on Monday.", "Mara Quist vowed to crush the rebellion.",
                      "The appeals court overturned the ban on Monday."])
    func wordsThatOnlySoundLikeAnIncidentMakeNone(_ text: String) throws {
        let (extractor, _) = try Self.extract([("2026-04-13", text)])
        #expect(extractor.registry.newEvents.isEmpty, "\(extractor.registry.newEvents.map(\.id))")
    }

    /// A sentence dated where the article's meeting cannot be, naming the place of another
    /// meeting on record, files its figure there, though neither belongs to a series.
    @Test(arguments: ["The record of 45 delegates was set in Vellmar in May 2023.",
                      "In May 2023, 45 delegates attended in Vellmar.",
                      "Back in May 2023 in Vellmar, 45 delegates attended."])
    func aFigureDatedAndPlacedAtAnotherEventIsThatEventsOwn(_ background: String) throws {
        let main = Event(id: "dalby-summit-2026-04-13", name: "Dalby summit", start: Day(iso: "2026-04-13")!,
                         place: "Dalby")
        let old = Event(id: "vellmar-summit-2023-05-04", name: "Vellmar summit", start: Day(iso: "2023-05-04")!,
                        place: "Vellmar")
        var extractor = ClaimExtractor(registry: try EventClusteringTests.registry(events: [main, old]))
        let text = "40 delegates attended the summit in Dalby on Monday, Mara Quist said. " + background
        let article = try Fixture.extract(text, name: "a.txt", published: "2026-04-13", with: &extractor)
        func event(of figure: String) -> String? {
            article.claims.first { claim in
                guard claim.attribute == "participant-count", case .quantity(let quantity) = claim.value
                else { return false }
                return quantity.humanDescription.contains(figure)
            }?.event
        }
        #expect(event(of: "45") == old.id, "\(article.claims.map { ($0.attribute, $0.value, $0.event) })")
        #expect(event(of: "40") == main.id)
    }

    @Test func aFigureAboutAnotherNamedFireIsThatFiresOwn() throws {
        let (_, articles) = try Self.extract([
            ("2026-04-14", "A fire in Marnholt killed 7 people on Sunday. The 2019 Ostby fire killed 30 people."),
        ])
        let tolls = articles[0].claims("death-toll")
        #expect(Set(tolls.compactMap(\.event)).count == 2, "\(tolls.map { ($0.value, $0.event) })")
    }
}
