import ClaimExtraction
import ClaimModel
import Testing

/// "X was elected" / "X was re-elected" names the winner of an election (issue 12), on the
/// invented people and the Lisvik council election of `Winners`. Sentences that must give the
/// winner and sentences that must not: a negation, an attributive "elected", another year's
/// post, a contest that elects nobody.
@Suite struct ElectedWinnerTests {
    static let election = "lisvik-council-election-2025-05-04"

    @Test(arguments: ["Ada Quill was elected leader of the Lisvik council on Sunday.",
                      "Ada Quill was narrowly re-elected on Sunday, beating three rivals.",
                      "On Sunday Ada Quill, 61, was re-elected to the Lisvik council.",
                      "The Green Alliance's Ada Quill has been re-elected, the count showed on Sunday."])
    func thePassiveNamesTheWinner(sentence: String) throws {
        let article = try Winners.extract(sentence)
        let wins = article.claims("winner", Self.election)
        #expect(wins.map(\.value) == [.category("ada-quill")], "\(sentence): \(article.claims("winner"))")
        #expect(wins.map(\.modality) == [.asserted], "\(sentence)")
    }

    @Test(arguments: ["Ada Quill was not re-elected on Sunday.",
                      "The newly elected Lisvik council met Ada Quill on Sunday.",
                      "Ada Quill, who was elected mayor in 2014, voted on Sunday.",
                      "Ada Quill said on Sunday that the elected members would meet."])
    func noWinnerWithoutAnElectionWon(sentence: String) throws {
        let article = try Winners.extract(sentence)
        #expect(article.claims("winner").isEmpty, "\(sentence): \(article.claims("winner"))")
    }

    @Test func aPlanIsNoAssertedWin() throws {
        let article = try Winners.extract("Ada Quill is expected to be re-elected on Sunday.")
        #expect(article.claims("winner").allSatisfy { $0.modality == .expected })
    }

    /// A confidence vote elects nobody: "was re-elected" there is background about another post.
    @Test func aVoteThatElectsNobody() throws {
        let vote = Event(id: "lisvik-confidence-vote-2025-05-04", name: "Lisvik council confidence vote",
                         start: Day(iso: "2025-05-04")!, place: "Lisvik")
        let article = try Fixture.extract(story: "Ada Quill was re-elected on Sunday.", published: "2025-05-05",
                                          entities: Winners.entities, events: [vote])
        #expect(article.claims("winner").isEmpty, "\(article.claims("winner"))")
    }
}
