import ClaimModel
import Testing
@testable import ClaimExtraction

/// No article left without its event (issue 13): real ledes name an event by a noun, a verb
/// alone, a named series or a place and a kind, and date it by a weekday, "yesterday", a date
/// or not at all. Each pattern below is one such lede, with invented names and places; the
/// article must end with an event, the registry's when one fits, else a proposed new one.
struct EventForEveryArticleTests {
    static func extract(_ texts: [(String, String)],
                        events: [Event] = []) throws -> (ClaimExtractor, [ExtractedArticle]) {
        try EventClusteringTests.extract(texts, events: events)
    }

    /// Published Thursday 14 May 2026.
    static let published = "2026-05-14"

    /// Ledes whose only event word is a verb or a noun phrase outlets use for the incident.
    @Test(arguments: [
        "A ferry sank off Marrow Island on Tuesday, leaving 40 people missing, the coast guard said.",
        "A gunman opened fire at a street festival in Velden on Sunday, killing 3 people.",
        "Nine coaches of an express train ran off the tracks near Olsby early on Monday, killing 9 people.",
        "A passenger jet skidded off the runway at Tornby airport on Sunday, injuring 12 people.",
        "A heatwave has killed 14 people across the Harlan valley since Saturday, officials said.",
        "A cholera outbreak in the port of Ansel has killed 30 people this week, health officials said.",
        "A drone attack on a market in Kesh killed 11 people on Monday, the governor said.",
        "Gunmen stormed a hotel in Varo on Tuesday and took 20 guests hostage, police said.",
        "A gas leak at a fertiliser plant in Brenna killed 6 workers on Wednesday.",
        "Six people were killed when a bridge over the Lenn river gave way on Tuesday.",
        "A tanker ran aground off Cape Mordy on Monday, spilling 300 tonnes of oil.",
        "Thousands took to the streets of Orvik on Saturday to oppose the new port, organisers said.",
        "Storm Idra made landfall near Salten on Monday, cutting power to 40,000 homes.",
        "A sawmill in Ronnby burned down on Tuesday, and 2 workers were hurt.",
        "Officials said 8 people died in the incident at the Kelvar dam on Monday.",
        "The temblor that shook Varn on Sunday killed 12 people, the civil protection said.",
        "Inundations in the Orla valley killed 9 people on Tuesday, the regional government said.",
        "The unions' day of mobilisation brought 200,000 people out in Teskia on Thursday.",
    ])
    func anIncidentLedeGetsAnEvent(_ lede: String) throws {
        let (_, articles) = try Self.extract([(Self.published, lede)])
        #expect(articles[0].resolution.mainEvent != nil, "\(lede)")
    }

    /// Scheduled events the registry lacks: an election, a final, a results day, a meeting
    /// of a named group, a verdict; reported after the day with a date in the lede.
    @Test(arguments: [
        "Voters in Tarvia went to the polls on Sunday in a presidential election, and 61 per cent turned out.",
        "Norland beat Estmark 2-1 in the final of the Harbour Cup in Porto on Sunday.",
        "Brightwell Systems reported a quarterly profit of 1.2 billion dollars on Wednesday.",
        "Foreign ministers of the Arden Pact agreed on 4 measures at a ministerial in Lisk on Tuesday.",
        "A court in Dalby sentenced the former mayor Ivo Rask to 6 years in prison on Wednesday.",
        "Kell Rovers won the Orlan League title on Sunday after a 3-0 win over Dunby.",
    ])
    func aScheduledEventLedeGetsAnEvent(_ lede: String) throws {
        let (_, articles) = try Self.extract([(Self.published, lede)])
        #expect(articles[0].resolution.mainEvent != nil, "\(lede)")
    }

    /// Different incidents of one kind stay apart: another day and place, or the same day and
    /// another place.
    @Test func twoSinkingsStayTwoEvents() throws {
        let (extractor, articles) = try Self.extract([
            ("2026-05-13", "A ferry sank off Marrow Island on Tuesday, leaving 40 people missing."),
            ("2026-05-14", "A trawler sank off Cape Vessen on Wednesday, leaving 6 crew missing."),
        ])
        #expect(extractor.registry.newEvents.count == 2)
        #expect(Set(articles.compactMap(\.resolution.mainEvent)).count == 2)
    }

    /// Two outlets on one sinking meet, whichever words they use for it.
    @Test func twoOutletsOnOneSinkingMeet() throws {
        let (extractor, articles) = try Self.extract([
            ("2026-05-13", "A ferry sank off Marrow Island on Tuesday, leaving 40 people missing."),
            ("2026-05-14", "Divers searched the wreck of the ferry that capsized off Marrow Island on Tuesday."),
        ])
        #expect(extractor.registry.newEvents.count == 1)
        #expect(Set(articles.compactMap(\.resolution.mainEvent)).count == 1)
    }

    /// A scheduled event the registry lacks is proposed from a dated lede and named by the
    /// lede's names, so another country's vote or another company's results on the same day
    /// stay apart, and a second outlet on the same one meets it.
    @Test func sameDayScheduledEventsStayApart() throws {
        let (extractor, articles) = try Self.extract([
            ("2026-05-11", "Voters in Tarvia went to the polls on Sunday, and 61 per cent turned out."),
            ("2026-05-11", "Voters in Olmia went to the polls on Sunday, and 48 per cent turned out."),
            ("2026-05-12", "Turnout in Tarvia reached 61 per cent in Sunday's election, officials said."),
            ("2026-05-14", "Brightwell Systems reported a quarterly profit of 1.2 billion dollars on Wednesday."),
            ("2026-05-14", "Corvan Foods reported a quarterly profit of 300 million dollars on Wednesday."),
        ])
        let mains = articles.map(\.resolution.mainEvent)
        #expect(mains.allSatisfy { $0 != nil })
        #expect(mains[0] != mains[1])
        #expect(mains[0] == mains[2])
        #expect(mains[3] != mains[4])
        #expect(extractor.registry.newEvents.count == 4)
    }

    /// An undated mention of a scheduled kind proposes nothing: "a vote is expected" is no event.
    @Test func anUndatedScheduledMentionProposesNothing() throws {
        let (extractor, articles) = try Self.extract([
            ("2026-05-14", "Lawmakers in Tarvia said a vote on the budget was likely, but gave no timetable."),
        ])
        #expect(articles[0].resolution.mainEvent == nil)
        #expect(extractor.registry.newEvents.isEmpty)
    }

    /// "Gave way to" is an idiom, not a collapse; "opened fire" is a shooting, not a blaze.
    @Test func verbsOfTheLedeNameTheirKind() throws {
        let (extractor, _) = try Self.extract([
            ("2026-05-14", "A gunman opened fire at a street festival in Velden on Sunday, killing 3 people."),
        ])
        #expect(extractor.registry.newEvents.first?.name == "Velden shooting")
        let idiom = try Self.extract([
            ("2026-05-14", "In Dalby on Sunday the calm gave way to anger, police said."),
        ])
        #expect(idiom.0.registry.newEvents.isEmpty)
    }
}
