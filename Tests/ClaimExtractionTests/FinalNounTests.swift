import ClaimModel
import Testing
@testable import ClaimExtraction

/// "Final" is a match only as a noun; a registered final is found by it, and another year's
/// final is not this year's (issue 13). Invented cup and players.
struct FinalNounTests {
    static let final = Event(id: "harbour-shield-final-2026-05-23", name: "Harbour Shield final",
                             start: Day(iso: "2026-05-23")!, place: "Tessby")

    static func kinds(_ text: String) -> [EventKind] {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        return EventMention.find(in: tokens, range: 0..<tokens.count, text: bytes).map(\.kind)
    }

    @Test(arguments: ["Orsk won the final on Saturday.", "In the final, Orsk beat Tessby 2-1.",
                      "Orsk lost the 2024 final 18-14.", "The final of the Harbour Cup drew 30,000 fans.",
                      "Orsk reached the semi-final."])
    func aNounFinalIsAMatch(_ text: String) {
        #expect(Self.kinds(text) == [.match], "\(text)")
    }

    @Test(arguments: ["The final result is due on Monday.", "The final toll rose to 12.",
                      "Leaders signed the final agreements."])
    func anAdjectiveFinalIsNoMatch(_ text: String) {
        #expect(Self.kinds(text).isEmpty, "\(text)")
    }

    @Test func aRegisteredFinalIsNamedByItsKind() {
        #expect(EventKind.of(name: Self.final.name) == .match)
    }

    @Test func anotherYearsFinalIsNotThisYears() throws {
        let article = try Fixture.extract(story: """
            Orsk won the Harbour Shield final on Saturday in Tessby, beating Ulmen 3-1 before 30,000 fans. \
            In the 2019 final, Ulmen had won before a crowd of 12,000 fans.
            """, published: "2026-05-24", entities: [], events: [Self.final])
        #expect(article.resolution.mainEvent == Self.final.id)
        let crowds = article.claims.filter { $0.attribute == "crowd-size" }
        // The 2019 crowd is not the Harbour Shield final's of this year.
        #expect(crowds.filter { $0.event == Self.final.id }.count <= 1, "\(crowds.map(\.value))")
    }
}
