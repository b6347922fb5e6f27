import ClaimExtraction
import ClaimModel
import Testing

/// Who won, in the wordings wire, sports and awards copy use (issue 12): "won best actress",
/// "took best picture", "captured the title", "beat X 3-1 in the final", "came first in the
/// election". Invented people, films, clubs and events; every wording has sentences that must
/// give the winner and sentences that must not.
enum Winners {
    static let entities = [
        Entity(id: "ada-quill", name: "Ada Quill", kind: .person, aliases: ["Quill"]),
        Entity(id: "nora-vell", name: "Nora Vell", kind: .person, aliases: ["Vell"]),
        Entity(id: "brana-kolar", name: "Brana Kolar", kind: .person, aliases: ["Kolar"]),
        Entity(id: "grey-harbour", name: "Grey Harbour", kind: .group),
        Entity(id: "lisvik-best-actress", name: "Lisvik Film Prize for Best Actress", kind: .group,
               aliases: ["best actress"]),
        Entity(id: "lisvik-best-picture", name: "Lisvik Film Prize for Best Picture", kind: .group,
               aliases: ["best picture"]),
        Entity(id: "ardal-rovers", name: "Ardal Rovers", kind: .organisation),
        Entity(id: "port-skel", name: "Port Skel", kind: .organisation),
        Entity(id: "green-alliance", name: "Green Alliance", kind: .organisation),
        Entity(id: "harbour-party", name: "Harbour Party", kind: .organisation),
        Entity(id: "skel-police", name: "Skel Police", kind: .organisation),
    ]
    static let events = [
        Event(id: "lisvik-film-prizes-2025-05-03", name: "Lisvik Film Prizes", start: Day(iso: "2025-05-03")!,
              place: "Lisvik"),
        Event(id: "skel-cup-final-2025-05-04", name: "Skel Cup final", start: Day(iso: "2025-05-04")!,
              place: "Skel"),
        Event(id: "lisvik-council-election-2025-05-04", name: "Lisvik council election",
              start: Day(iso: "2025-05-04")!, place: "Lisvik"),
        Event(id: "film-prize-nominees-lunch-2025-04-29", name: "Film Prize nominees lunch",
              start: Day(iso: "2025-04-29")!, place: "Lisvik"),
    ]
    static let prizes = "The Lisvik Film Prizes were handed out in Lisvik on Saturday."

    static func extract(_ body: String) throws -> ExtractedArticle {
        try Fixture.extract(story: body, published: "2025-05-05", entities: entities, events: events)
    }

    static func winners(_ article: ExtractedArticle) -> [String] {
        article.claims("winner").map { claim in
            guard case .category(let winner) = claim.value else { return "?" }
            return "\(claim.subject)=\(winner)@\(claim.event ?? "-")"
        }
    }
}

@Suite struct WinnerWordingsTests {
    /// A known prize category after "won", with no number or event name in the sentence: read
    /// all the same, about the article's event.
    @Test func aWinOfAKnownCategoryInASentenceWithNothingElse() throws {
        let article = try Winners.extract(Winners.prizes + " Nora Vell won best actress for Grey Harbour.")
        #expect(Winners.winners(article) == ["lisvik-best-actress=nora-vell@lisvik-film-prizes-2025-05-03"])
    }

    @Test(arguments: ["Grey Harbour took best picture.",
                      "Grey Harbour took the award for best picture on Saturday.",
                      "Grey Harbour also captured best picture."])
    func aPrizeVerbWithAKnownCategory(sentence: String) throws {
        let article = try Winners.extract(Winners.prizes + " " + sentence)
        #expect(Winners.winners(article) == ["lisvik-best-picture=grey-harbour@lisvik-film-prizes-2025-05-03"],
                "\(sentence)")
    }

    @Test(arguments: ["Ardal Rovers beat Port Skel 3-1 in the Skel Cup final on Sunday.",
                      "Ardal Rovers defeated Port Skel in the Skel Cup final on Sunday.",
                      "In the Skel Cup final on Sunday, Ardal Rovers edged Port Skel 2-1.",
                      "Ardal Rovers took the trophy in the Skel Cup final on Sunday.",
                      "Ardal Rovers captured the title at the Skel Cup final on Sunday."])
    func aMatchWonOverALoserOrForATrophy(sentence: String) throws {
        let article = try Winners.extract(sentence)
        #expect(Winners.winners(article) == ["skel-cup-final-2025-05-04=ardal-rovers@skel-cup-final-2025-05-04"],
                "\(sentence)")
    }

    @Test(arguments: ["The Green Alliance came first in the Lisvik council election on Sunday.",
                      "In the Lisvik council election on Sunday, the Green Alliance finished first.",
                      "The Green Alliance, led by Brana Kolar, has won the Lisvik council election."])
    func anElectionWonOrTopped(sentence: String) throws {
        let article = try Winners.extract(sentence)
        let expected = "lisvik-council-election-2025-05-04=green-alliance@lisvik-council-election-2025-05-04"
        #expect(Winners.winners(article) == [expected], "\(sentence)")
    }

    /// Prize verbs without a prize, a "beat" whose object is not a rival of the winner's kind,
    /// "first" without the event named, and a claim of victory are not wins.
    @Test(arguments: ["Ardal Rovers took part in the Skel Cup final on Sunday.",
                      "Ardal Rovers took the lead in the Skel Cup final on Sunday before Port Skel replied.",
                      "Ardal Rovers took 4,000 fans to the Skel Cup final on Sunday.",
                      "Skel Police beat Ada Quill outside the Skel Cup final on Sunday, witnesses said.",
                      "The Harbour Party claimed victory in the Lisvik council election before the count ended.",
                      "Ardal Rovers did not beat Port Skel in the Skel Cup final on Sunday.",
                      "Ardal Rovers came first in a fans' poll published on Sunday."])
    func noWinner(sentence: String) throws {
        let article = try Winners.extract(sentence)
        #expect(Winners.winners(article).isEmpty, "\(sentence): \(Winners.winners(article))")
    }

    @Test func theWinnerIsNotThePersonWhoLeadsIt() throws {
        let article = try Winners.extract(
            "The Green Alliance, led by Brana Kolar, has won the Lisvik council election.")
        #expect(article.claims("winner").allSatisfy { $0.value == .category("green-alliance") })
    }

    @Test func aPrizeTakenWithoutAnyPrizeWordIsNoWin() throws {
        let article = try Winners.extract(Winners.prizes + " Nora Vell took the stage to thank Grey Harbour's crew.")
        #expect(Winners.winners(article).isEmpty, "\(Winners.winners(article))")
    }

    /// A bare year later in the clause ("her second after Old Pier in 2019") leaves the win of a
    /// known category with the article's event.
    @Test func aKnownCategoryKeepsTheArticlesEventPastABareYear() throws {
        let article = try Winners.extract(
            Winners.prizes + " Nora Vell won best actress for Grey Harbour, her second after Old Pier in 2019.")
        #expect(Winners.winners(article) == ["lisvik-best-actress=nora-vell@lisvik-film-prizes-2025-05-03"])
    }

    /// "The prize" names the prize, not another event with "Prize" in its name.
    @Test func aPrizeWordNamesNoEvent() throws {
        let article = try Winners.extract(Winners.prizes + " Nora Vell took the prize for best sound.")
        #expect(Winners.winners(article).isEmpty, "\(Winners.winners(article))")
    }

    /// A forecast win is a win with the modality "expected"; a negated forecast is none.
    @Test func aForecastWin() throws {
        let article = try Winners.extract(
            Winners.prizes + " Nora Vell is expected to win best actress for Grey Harbour.")
        #expect(Winners.winners(article) == ["lisvik-best-actress=nora-vell@lisvik-film-prizes-2025-05-03"])
        #expect(article.claims("winner").map(\.modality) == [.expected])
        let denied = try Winners.extract(Winners.prizes + " Nora Vell is not expected to win best actress.")
        #expect(Winners.winners(denied).isEmpty, "\(Winners.winners(denied))")
    }

    /// The winner before a long apposition ("Grey Harbour, a slow drama about ..., won"); not
    /// when the apposition holds a list.
    @Test func aWinnerBeforeALongApposition() throws {
        let long = try Winners.extract(Winners.prizes
            + " Grey Harbour, a slow drama about a ferry captain who loses her licence and her home, won best picture.")
        #expect(Winners.winners(long) == ["lisvik-best-picture=grey-harbour@lisvik-film-prizes-2025-05-03"])
        let list = try Winners.extract(Winners.prizes
            + " Grey Harbour, a slow drama about a captain, her son, her licence and the sea, won best picture.")
        #expect(Winners.winners(list).isEmpty, "\(Winners.winners(list))")
    }

    /// "X won best actress for A and Y best picture": the second winner without its verb; "and"
    /// before a name that is no category's winner gives nothing more.
    @Test func aSecondWinWithTheVerbLeftOut() throws {
        let article = try Winners.extract(
            Winners.prizes + " Nora Vell won best actress for Old Pier and Grey Harbour best picture.")
        #expect(Winners.winners(article) == ["lisvik-best-actress=nora-vell@lisvik-film-prizes-2025-05-03",
                                             "lisvik-best-picture=grey-harbour@lisvik-film-prizes-2025-05-03"])
        let plain = try Winners.extract(
            Winners.prizes + " Nora Vell won best actress for Old Pier and Grey Harbour was shown twice.")
        #expect(Winners.winners(plain) == ["lisvik-best-actress=nora-vell@lisvik-film-prizes-2025-05-03"])
    }

    /// A win told in a relative clause about the winner ("X, who beat Y in the final, ...") is
    /// read like a main clause's; a loss, a negated win, a hope and another year's win told
    /// there are not this contest's win.
    @Test(arguments: ["Ardal Rovers, who beat Port Skel 3-1 in the Skel Cup final on Sunday, will tour abroad.",
                      "Ardal Rovers, who won the Skel Cup final on Sunday, will tour abroad.",
                      "The coach praised Ardal Rovers, who took the trophy in the Skel Cup final on Sunday."])
    func aWinInARelativeClause(sentence: String) throws {
        let article = try Winners.extract(sentence)
        #expect(Winners.winners(article) == ["skel-cup-final-2025-05-04=ardal-rovers@skel-cup-final-2025-05-04"],
                "\(sentence)")
    }

    @Test(arguments: ["Ardal Rovers, who lost the Skel Cup final on Sunday, will tour abroad.",
                      "Ardal Rovers, who did not win the Skel Cup final on Sunday, will tour abroad.",
                      "Ardal Rovers, who hope to win the Skel Cup final on Sunday, will tour abroad.",
                      "Last year the cup went to Ardal Rovers, who won the Skel Cup final, and they tour abroad."])
    func noWinInARelativeClause(sentence: String) throws {
        let article = try Winners.extract(sentence)
        #expect(Winners.winners(article).isEmpty, "\(sentence): \(Winners.winners(article))")
    }

    /// A place verb with "first" or "top" behind particles ("came out on top", "crossed the line
    /// first", "emerged on top") is a first place; "crossed the line" alone and "came on top of"
    /// ("in addition to") are none.
    @Test(arguments: ["Ardal Rovers came out on top in the Skel Cup final on Sunday.",
                      "In the Skel Cup final on Sunday, Ardal Rovers emerged on top.",
                      "Ardal Rovers crossed the line first in the Skel Cup final on Sunday."])
    func aFirstPlaceBehindParticles(sentence: String) throws {
        let article = try Winners.extract(sentence)
        #expect(Winners.winners(article) == ["skel-cup-final-2025-05-04=ardal-rovers@skel-cup-final-2025-05-04"],
                "\(sentence)")
    }

    @Test(arguments: ["Ardal Rovers crossed the line in the Skel Cup final on Sunday.",
                      "Ardal Rovers came on top of the Skel Cup final on Sunday with a parade.",
                      "Ardal Rovers came out on the pitch first in the Skel Cup final on Sunday."])
    func noFirstPlaceBehindParticles(sentence: String) throws {
        let article = try Winners.extract(sentence)
        #expect(Winners.winners(article).isEmpty, "\(sentence): \(Winners.winners(article))")
    }
}
