import ClaimExtraction
import ClaimModel
import Testing

/// Task h12-results (issue 12): results read from the clause's structure. Whose share or seat
/// count a figure is when the owner stands after it or a leader completes the party's name; who
/// won when the winner is the subject of a participle or of a title; and wins of another year's
/// contest. Invented parties, players, clubs and contests; each shape has a sentence that must
/// give the result and a near miss that must not.
enum Results {
    static let entities = [
        Entity(id: "ada-quill", name: "Ada Quill", kind: .person, aliases: ["Quill"]),
        Entity(id: "nora-vell", name: "Nora Vell", kind: .person, aliases: ["Vell"]),
        Entity(id: "brana-kolar", name: "Brana Kolar", kind: .person, aliases: ["Kolar"]),
        Entity(id: "ardal-rovers", name: "Ardal Rovers", kind: .organisation),
        Entity(id: "port-skel", name: "Port Skel", kind: .organisation),
    ]
    static let events = [
        Event(id: "skel-cup-final-2025-05-04", name: "Skel Cup final", start: Day(iso: "2025-05-04")!,
              place: "Skel", series: "skel-cup-finals"),
        Event(id: "skel-cup-final-2019-05-05", name: "Skel Cup final", start: Day(iso: "2019-05-05")!,
              place: "Skel", series: "skel-cup-finals"),
        Event(id: "lisvik-council-election-2025-05-04", name: "Lisvik council election",
              start: Day(iso: "2025-05-04")!, place: "Lisvik"),
    ]

    static func extract(_ body: String) throws -> ExtractedArticle {
        try Fixture.extract(story: body, published: "2025-05-05", entities: entities + Ballot.entities,
                            events: events)
    }

    static func winners(_ article: ExtractedArticle) -> [String] { Winners.winners(article) }
    static let final = "skel-cup-final-2025-05-04"
}

@Suite struct ResultOwnerTests {
    @Test func theOwnerNamedAfterTheFigure() throws {
        let against = try Ballot.extract(Ballot.opening
            + "The Harbour Party took 31.2 per cent of the vote, against 18.4 per cent for the Fjord League.")
        #expect(Ballot.read(against, "vote-share") == ["harbour-party 31.2", "fjord-league 18.4"])
        let seats = try Ballot.extract(Ballot.opening
            + "The Harbour Party won narrowly, taking 79 seats to 77 for the Fjord League.")
        #expect(Ballot.read(seats, "seats-won") == ["harbour-party 79", "fjord-league 77"])
    }

    /// "for" before something that is not a party gives the figure no second owner.
    @Test func forBeforeANonPartyNamesNoOwner() throws {
        let record = try Ballot.extract(Ballot.opening + "The Harbour Party took 31.2 per cent for the first time.")
        #expect(Ballot.read(record, "vote-share") == ["harbour-party 31.2"])
    }

    @Test func aLeaderCompletesThePartysName() throws {
        let bracket = try Ballot.extract(Ballot.opening
            + "The Harbour Party (HP) of Ida Varn narrowly won Sunday's general election, taking 79 seats.")
        #expect(Ballot.read(bracket, "seats-won") == ["harbour-party 79"])
        let led = try Ballot.extract(Ballot.opening + "The Fjord League led by Ida Varn took 22 per cent.")
        #expect(Ballot.read(led, "vote-share") == ["fjord-league 22"])
        // A candidate on her own keeps her result.
        let alone = try Ballot.extract(Ballot.opening + "Ida Varn won 41 per cent of the vote.")
        #expect(Ballot.read(alone, "vote-share") == ["ida-varn 41"])
    }

    @Test func aShareAfterASkippedChangeIsStillTheParty() throws {
        let article = try Ballot.extract(Ballot.opening
            + "The Moss Greens of Ida Varn tripled their group to 30 seats, up from 10, "
            + "with 12.5 per cent of the vote.")
        #expect(Ballot.read(article, "seats-won") == ["moss-greens 30"])
        #expect(Ballot.read(article, "vote-share") == ["moss-greens 12.5"])
    }

    /// Another clause, or a figure of the same measure, is not the previous party's.
    @Test func anotherClauseOrTheSameMeasureIsNotCarriedOver() throws {
        let clause = try Ballot.extract(Ballot.opening
            + "The Moss Greens took 30 seats, up from 10, while 12.5 per cent of ballots were blank.")
        #expect(Ballot.read(clause, "vote-share").isEmpty)
        let same = try Ballot.extract(Ballot.opening + "The Moss Greens took 30 seats, up from 10, and 12 more.")
        #expect(Ballot.read(same, "seats-won") == ["moss-greens 30"])
    }

    @Test func seatsStillToBeAllocatedAreNobodys() throws {
        let article = try Ballot.extract(Ballot.opening
            + "The Harbour Party took 79 seats to 77 for the Fjord League, with four seats still to be allocated.")
        #expect(Ballot.read(article, "seats-won") == ["harbour-party 79", "fjord-league 77"])
    }
}

@Suite struct ClauseSubjectWinTests {
    @Test(arguments: [
        "Ada Quill became the first Norland champion on Sunday, beating Nora Vell 18-12 in the Skel Cup final.",
        "Ada Quill played superbly on Sunday, beating Nora Vell 18-12 in the Skel Cup final.",
        "Ada Quill set a record on Sunday by winning the Skel Cup final in straight sets.",
        "Ada Quill was crowned champion at the Skel Cup final on Sunday.",
        "Ada Quill became champion at the Skel Cup final on Sunday.",
    ])
    func theSubjectOfAParticipleOrATitleWon(sentence: String) throws {
        let article = try Results.extract(sentence)
        #expect(Results.winners(article) == ["\(Results.final)=ada-quill@\(Results.final)"], "\(sentence)")
    }

    @Test(arguments: [
        "Nora Vell finished second on Sunday, beating Brana Kolar in the Skel Cup final.",
        "Nora Vell had hoped to become champion at the Skel Cup final on Sunday.",
        "Nora Vell became the first player to beat the champion at the Skel Cup final on Sunday.",
        "Nora Vell would become champion at the Skel Cup final on Sunday with one more frame.",
        "Nora Vell scored the winning goal in the Skel Cup final on Sunday.",
    ])
    func aLowerPlaceAGoalOrAnotherChampionIsNoWin(sentence: String) throws {
        let article = try Results.extract(sentence)
        #expect(Results.winners(article).isEmpty, "\(sentence)")
    }

    /// "elections" names the "council election": a plural is the same word.
    @Test func aPluralObjectNamesTheContest() throws {
        let article = try Results.extract("The Harbour Party has won the elections in Lisvik on Sunday.")
        let election = "lisvik-council-election-2025-05-04"
        #expect(Results.winners(article) == ["\(election)=harbour-party@\(election)"])
    }
}

@Suite struct OwnedVictoryTests {
    @Test(arguments: [
        "Ardal Rovers' victory over Port Skel in the Skel Cup final on Sunday ended a long wait.",
        "The Skel Cup final on Sunday ended in a victory for Ardal Rovers.",
        "Ardal Rovers triumphed in the Skel Cup final on Sunday.",
    ])
    func aVictoryOwnedByTheWinner(sentence: String) throws {
        let article = try Results.extract(sentence)
        #expect(Results.winners(article) == ["\(Results.final)=ardal-rovers@\(Results.final)"], "\(sentence)")
    }

    @Test(arguments: [
        "Port Skel's semi-final victory on Thursday set up the Skel Cup final on Sunday.",
        "The Skel Cup final on Sunday was a victory for common sense after the violence of 2024.",
    ])
    func aRoundOrAVictoryOfNobodyIsNoWin(sentence: String) throws {
        let article = try Results.extract(sentence)
        #expect(Results.winners(article).isEmpty, "\(sentence)")
    }
}

@Suite struct EarlierContestTests {
    @Test func anotherYearsTitleIsThatYearsContest() throws {
        let article = try Results.extract("Ardal Rovers beat Port Skel 3-1 in the Skel Cup final on Sunday. "
            + "Port Skel took the title in 2019.")
        let earlier = "skel-cup-final-2019-05-05"
        #expect(Results.winners(article) == ["\(Results.final)=ardal-rovers@\(Results.final)",
                                             "\(earlier)=port-skel@\(earlier)"])
    }

    /// A year the record has no contest for names no winner, least of all this year's.
    @Test(arguments: ["Port Skel won the trophy in 2017.", "Port Skel won in 2017, their last title."])
    func aYearWithoutAContestNamesNoWinner(sentence: String) throws {
        let article = try Results.extract("The Skel Cup final is played on Sunday. " + sentence)
        #expect(Results.winners(article).isEmpty, "\(sentence)")
    }
}
