import ClaimModel
import Testing
@testable import ClaimExtraction

/// A sentence naming no event but dated a day or two after the article's incident ("the search
/// went on through last night", "the toll rose on Friday") is a later turn of that incident:
/// its figures are the incident's, not dropped for want of an event. A date weeks away is not
/// (issue 13). Invented places.
struct LaterTurnDateTests {
    static func injured(_ body: String, published: String) throws -> [Claim] {
        try Fixture.extract(story: body, published: published, entities: [], events: []).claims("injured-count")
    }

    @Test(arguments: [
        "Sixteen people were injured, and the search for the missing went on through last night.",
        "Sixteen people were injured, police said, and two more bodies were found on Thursday.",
    ])
    func aLaterTurnKeepsTheIncidentsFigures(_ second: String) throws {
        let claims = try Self.injured("A fire at a warehouse in Dalby killed 4 people on Tuesday. " + second,
                                      published: "2026-04-16")
        let main = try #require(claims.first?.event)
        #expect(main.hasSuffix("2026-04-14"), "\(main)")
    }

    @Test func aDateWeeksAwayIsNotTheIncidents() throws {
        let claims = try Self.injured("""
            A fire at a warehouse in Dalby killed 4 people on Tuesday. Sixteen people were injured at the \
            same depot on 2 March.
            """, published: "2026-04-16")
        #expect(claims.allSatisfy { !($0.event ?? "").hasSuffix("2026-04-14") }, "\(claims.map(\.event))")
    }
}
