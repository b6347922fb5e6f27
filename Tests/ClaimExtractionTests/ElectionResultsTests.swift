import ClaimExtraction
import ClaimModel
import Testing

/// Shares of the vote and seats as coverage words them, on an invented election in Norland with
/// invented parties: who won what share, how many seats, and what is neither.
enum Ballot {
    static let entities = [
        Entity(id: "harbour-party", name: "Harbour Party", kind: .organisation, aliases: ["HP"]),
        Entity(id: "fjord-league", name: "Fjord League", kind: .organisation, aliases: ["FL"]),
        Entity(id: "moss-greens", name: "Moss Greens", kind: .organisation),
        Entity(id: "ida-varn", name: "Ida Varn", kind: .person, aliases: ["Varn"]),
        Entity(id: "norland", name: "Norland", kind: .country),
        Entity(id: "storting-norland", name: "Norland Assembly", kind: .organisation),
    ]
    static let events = [
        Event(id: "norland-election-2025-05-04", name: "Norland general election", start: Day(iso: "2025-05-04")!,
              place: "Norland"),
    ]

    static func extract(_ body: String, published: String = "2025-05-06") throws -> ExtractedArticle {
        try Fixture.extract(story: body, published: published, entities: entities, events: events)
    }

    /// "subject value" for each claim of the attribute, in order.
    static func read(_ article: ExtractedArticle, _ attribute: String) -> [String] {
        article.claims(attribute).map { "\($0.subject) \($0.value.humanDescription(unit: nil))" }
    }

    static let opening = "Norland voted in its general election on Sunday. "
}

@Suite struct VoteShareTests {
    @Test func aShareInSeveralWordings() throws {
        let won = try Ballot.extract(Ballot.opening + "The Harbour Party won 28.5% of the vote.")
        #expect(Ballot.read(won, "vote-share") == ["harbour-party 28.5"])
        let took = try Ballot.extract(Ballot.opening
            + "The Fjord League took 20.8 per cent, and the Moss Greens 9.1 per cent.")
        #expect(Ballot.read(took, "vote-share") == ["fjord-league 20.8", "moss-greens 9.1"])
        let bracket = try Ballot.extract(Ballot.opening + "Behind them came the Fjord League (16.4%).")
        #expect(Ballot.read(bracket, "vote-share") == ["fjord-league 16.4"])
        let second = try Ballot.extract(Ballot.opening + "The Fjord League came second with 20 per cent.")
        #expect(Ballot.read(second, "vote-share") == ["fjord-league 20"])
    }

    @Test func theShareIsThePartysNotTheCountrysNorItsLeaders() throws {
        let article = try Ballot.extract(Ballot.opening
            + "In Norland the Fjord League of Ida Varn came second with 20.8 per cent.")
        #expect(Ballot.read(article, "vote-share") == ["fjord-league 20.8"])
        let candidate = try Ballot.extract(Ballot.opening + "Ida Varn won 41 per cent of the vote.")
        #expect(Ballot.read(candidate, "vote-share") == ["ida-varn 41"])
    }

    @Test func aPollIsAForecast() throws {
        let article = try Ballot.extract("Norland votes in its general election on Sunday 4 May. "
            + "The final polls put the Harbour Party at 30 per cent.", published: "2025-05-01")
        let claims = article.claims("vote-share", "harbour-party")
        #expect(claims.map(\.modality) == [.expected])
        #expect(Ballot.read(article, "vote-share") == ["harbour-party 30"])
    }

    @Test func aChangeOrAHurdleIsNotAShare() throws {
        let up = try Ballot.extract(Ballot.opening + "The Moss Greens were up 5 points on the last election.")
        #expect(up.claims("vote-share").isEmpty)
        let gained = try Ballot.extract(Ballot.opening + "The Harbour Party gained 10 percentage points.")
        #expect(gained.claims("vote-share").isEmpty)
        let hurdle = try Ballot.extract(Ballot.opening + "The Moss Greens fell short of the 5 per cent hurdle.")
        #expect(hurdle.claims("vote-share").isEmpty)
        let turnout = try Ballot.extract(Ballot.opening + "Turnout was 71.2 per cent, the Norland Assembly said.")
        #expect(turnout.claims("vote-share").isEmpty)
    }
}

@Suite struct SeatsWonTests {
    @Test func seatsInSeveralWordings() throws {
        let won = try Ballot.extract(Ballot.opening + "The Harbour Party won 208 seats.")
        #expect(Ballot.read(won, "seats-won") == ["harbour-party 208"])
        let possessive = try Ballot.extract(Ballot.opening + "The Fjord League's 152 seats make it the second force.")
        #expect(Ballot.read(possessive, "seats-won") == ["fjord-league 152"])
        let with = try Ballot.extract(Ballot.opening + "The Moss Greens, with 85 seats, may join a coalition.")
        #expect(Ballot.read(with, "seats-won") == ["moss-greens 85"])
        let part = try Ballot.extract(Ballot.opening + "The Harbour Party won 208 of the 630 seats.")
        #expect(Ballot.read(part, "seats-won") == ["harbour-party 208"])
    }

    @Test func aListNamesTheUnitOnce() throws {
        let article = try Ballot.extract(Ballot.opening
            + "In the new assembly the Harbour Party will have 208 seats, the Fjord League 152 "
            + "and the Moss Greens 85.")
        let claims = article.claims("seats-won")
        #expect(Ballot.read(article, "seats-won") == ["harbour-party 208", "fjord-league 152", "moss-greens 85"])
        #expect(Set(claims.map(\.modality)) == [.asserted], "seats already counted are not a plan")
        let whole = try Ballot.extract(Ballot.opening
            + "Of the 630 seats, the Harbour Party will hold 208, the Fjord League 152.")
        #expect(Ballot.read(whole, "seats-won") == ["harbour-party 208", "fjord-league 152"])
    }

    @Test func theHouseAndTheMajorityAreNoPartysSeats() throws {
        let house = try Ballot.extract(Ballot.opening + "The Harbour Party leads the 630-seat Norland Assembly.")
        #expect(house.claims("seats-won").isEmpty)
        let majority = try Ballot.extract(Ballot.opening
            + "The Harbour Party is short of the 316 seats needed for a majority.")
        #expect(majority.claims("seats-won").isEmpty)
        let down = try Ballot.extract(Ballot.opening + "The Fjord League finished nine seats down.")
        #expect(down.claims("seats-won").isEmpty)
        let held = try Ballot.extract(Ballot.opening + "The Moss Greens previously held 12 seats.")
        #expect(held.claims("seats-won").isEmpty, "seats held before the vote were not won in it")
        let had = try Ballot.extract(Ballot.opening + "The Moss Greens had won 12 seats by midnight.")
        #expect(Ballot.read(had, "seats-won") == ["moss-greens 12"])
    }
}

/// A pollster or a counter named before the noun of its figures is their source, not a party
/// that won them: "the Norpoll estimate gave the incumbent 58 per cent" gives no share to Norpoll.
@Suite struct ShareSourceTests {
    static let pollster = Entity(id: "norpoll", name: "Norpoll", kind: .organisation)

    static func extract(_ body: String) throws -> ExtractedArticle {
        try Fixture.extract(story: Ballot.opening + body, published: "2025-05-06",
                            entities: Ballot.entities + [pollster], events: Ballot.events)
    }

    @Test(arguments: ["The Norpoll estimate gave the incumbent 58.2 per cent of the vote.",
                      "A Norpoll survey put the incumbent on 58.2 per cent."])
    func aSourceIsNoOwner(sentence: String) throws {
        let article = try Self.extract(sentence)
        #expect(Ballot.read(article, "vote-share").isEmpty, "\(sentence)")
    }

    @Test func theOwnerAfterTheSourceKeepsItsShare() throws {
        let article = try Self.extract("The Norpoll estimate gave the Harbour Party 58.2 per cent of the vote.")
        #expect(Ballot.read(article, "vote-share") == ["harbour-party 58.2"])
        let named = try Self.extract("Norpoll won 3.1 per cent of the vote.")
        #expect(Ballot.read(named, "vote-share") == ["norpoll 3.1"])
    }
}

/// "X of the Party" is the candidate's share, "the Party of X" the party's: the phrase's head
/// owns the figure (a presidential candidate named with the party backing them).
@Suite struct CandidateOfPartyTests {
    @Test(arguments: ["Ida Varn of the Harbour Party came third with 21.95 per cent.",
                      "Ida Varn of the Harbour Party won 21.95 per cent of the vote."])
    func thePersonHeadsThePhrase(sentence: String) throws {
        let article = try Ballot.extract(Ballot.opening + sentence)
        #expect(Ballot.read(article, "vote-share") == ["ida-varn 21.95"], "\(sentence)")
    }

    @Test(arguments: ["The Harbour Party of Ida Varn came third with 21.95 per cent.",
                      "Ida Varn's Harbour Party came third with 21.95 per cent.",
                      "Ida Varn said the Harbour Party came third with 21.95 per cent."])
    func thePartyHeadsThePhrase(sentence: String) throws {
        let article = try Ballot.extract(Ballot.opening + sentence)
        #expect(Ballot.read(article, "vote-share") == ["harbour-party 21.95"], "\(sentence)")
    }
}
