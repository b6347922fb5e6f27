import ClaimModel
import Testing
@testable import ClaimExtraction

/// Words that name an incident in a lede ("a ferry sank", "a cholera outbreak", "a drone
/// attack", "a gas leak", "a heatwave") are used figuratively in business, politics and sports
/// coverage ("shares sank", "an outbreak of optimism", "an attack on a rival's pricing", "the
/// leak of a memo", "a drought of goals"). Such a use must never make an incident that displaces
/// the article's own event: last session's kind words did, on a company-results story (issue
/// 13). These guard any kind word added later. Invented companies, people and events.
struct FigurativeKindWordsTests {
    static let results = Event(id: "velta-q1-results-2026-05-06", name: "Velta Systems first-quarter results",
                               start: Day(iso: "2026-05-06")!, place: "Ostby")
    static let vote = Event(id: "orsk-confidence-vote-2026-09-08", name: "Confidence vote on the Holm government",
                            start: Day(iso: "2026-09-08")!, place: "Orsk")
    static let final = Event(id: "harbour-cup-final-2026-05-23", name: "Harbour Cup final, Tessby",
                             start: Day(iso: "2026-05-23")!, place: "Tessby")

    static func extract(_ body: String, published: String, events: [Event]) throws -> ExtractedArticle {
        try Fixture.extract(story: body, published: published, entities: [], events: events)
    }

    @Test(arguments: [
        "Shares in Velta Systems sank 8 per cent on Wednesday after its quarterly results missed forecasts.",
        "An outbreak of optimism lifted Velta Systems, whose quarterly results beat forecasts on Wednesday.",
        "Velta Systems launched an attack on a rival's pricing as its quarterly results showed 4 per cent growth.",
        "The leak of a memo overshadowed Velta Systems' quarterly results on Wednesday.",
        "A drought of orders hit Velta Systems, whose quarterly results on Wednesday showed a loss.",
        "Investors held Velta Systems hostage to its quarterly results on Wednesday.",
        "A massacre in chip stocks followed Velta Systems' quarterly results on Wednesday.",
    ])
    func aResultsStoryKeepsItsResults(_ body: String) throws {
        let article = try Self.extract(body, published: "2026-05-07", events: [Self.results])
        #expect(article.resolution.mainEvent == Self.results.id)
    }

    @Test(arguments: [
        "Support for the Holm government sank before it lost the confidence vote in Orsk on Monday.",
        "The opposition's attack on the budget led to the confidence vote in Orsk on Monday.",
        "A leak of the minister's letter preceded the confidence vote in Orsk on Monday.",
    ])
    func aPoliticsStoryKeepsItsVote(_ body: String) throws {
        let article = try Self.extract(body, published: "2026-09-09", events: [Self.vote])
        #expect(article.resolution.mainEvent == Self.vote.id)
    }

    @Test(arguments: [
        "Tessby's hopes sank in the Harbour Cup final on Saturday as a late attack failed.",
        "A drought of goals ended for Tessby in the Harbour Cup final on Saturday.",
        "Tessby weathered an outbreak of fouls to win the Harbour Cup final on Saturday.",
    ])
    func aSportsStoryKeepsItsFinal(_ body: String) throws {
        let article = try Self.extract(body, published: "2026-05-24", events: [Self.final])
        #expect(article.resolution.mainEvent == Self.final.id)
    }

    @Test(arguments: [
        "Shares in Velta Systems sank 8 per cent on Wednesday, traders said.",
        "An outbreak of optimism lifted chip stocks on Wednesday, traders said.",
        "The leak of a memo embarrassed the Orsk government on Wednesday.",
    ])
    func aFigurativeUseAloneMakesNoIncident(_ body: String) throws {
        let article = try Self.extract(body, published: "2026-05-07", events: [])
        #expect(article.resolution.mainEvent == nil)
    }
}

extension FigurativeKindWordsTests {
    /// The incidents the gated words name when the sentence tells of harm: each makes its event.
    @Test(arguments: [
        "A ferry sank off Tarn on Sunday, killing 12 passengers.",
        "A cholera outbreak in Velby has killed 40 people since Monday.",
        "A drone attack on a market in Ostby killed 9 people on Friday.",
        "A gas leak at a plant in Dalby forced 200 people to be evacuated on Tuesday.",
        "The heatwave in Korsvik killed 3 people on Sunday.",
        "A gunman opened fire at a school in Ronnby on Monday, injuring 5 people.",
    ])
    func aGatedWordNamesTheIncidentWhenHarmIsTold(_ body: String) throws {
        let article = try Self.extract(body, published: "2026-05-12", events: [])
        #expect(article.resolution.mainEvent != nil)
    }
}
