import ClaimExtraction
import ClaimModel
import Testing

/// An election recalled in passing that names another country than the registered one is
/// another election: its figures are not the registered vote's, however close the dates.
/// The parties are invented (`Ballot`); the countries are real, as the rule knows countries only.
@Suite struct BackgroundElectionTests {
    static let events = [
        Event(id: "folketing-election-2025-05-04", name: "Folketing general election", start: Day(iso: "2025-05-04")!,
              place: "Denmark"),
    ]

    static func extract(_ body: String) throws -> ExtractedArticle {
        try Fixture.extract(story: body, published: "2025-05-06", entities: Ballot.entities, events: events)
    }

    static func events(_ article: ExtractedArticle, _ attribute: String) -> [String] {
        article.claims(attribute).map { "\($0.subject) \($0.event ?? "-")" }
    }

    @Test(arguments: ["At Sweden's general election the Moss Greens won 12 per cent.",
                      "In the Swedish election the Moss Greens won 12 per cent."])
    func anotherCountrysVoteIsNotTheRegisteredOne(_ sentence: String) throws {
        let article = try Self.extract("Danes voted in their general election on Sunday. "
            + "The Harbour Party won 28.5% of the vote. " + sentence)
        #expect(Self.events(article, "vote-share").contains("harbour-party folketing-election-2025-05-04"))
        #expect(!Self.events(article, "vote-share").contains("moss-greens folketing-election-2025-05-04"),
                "\(Self.events(article, "vote-share"))")
    }

    @Test(arguments: ["At Denmark's general election the Moss Greens won 12 per cent.",
                      "In the Danish election the Moss Greens won 12 per cent.",
                      "In the general election the Moss Greens won 12 per cent."])
    func theSameCountrysVoteStaysTheRegisteredOne(_ sentence: String) throws {
        let article = try Self.extract("Danes voted in their general election on Sunday. " + sentence)
        #expect(Self.events(article, "vote-share") == ["moss-greens folketing-election-2025-05-04"])
    }
}
