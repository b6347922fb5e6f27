import ClaimModel
import Testing
@testable import ClaimExtraction

/// "The march" in a strike report is the strike's march even when capitalised words follow it
/// that no place word introduces ("where the march leaves Harbour Square at 2 p.m."): they
/// are near it, not its name, and must not send it to another protest of those days.
/// Norland, Ostby and their events are invented.
@Suite struct BackReferenceNamesTests {
    static let events = [
        Event(id: "norland-union-strike-2026-04-16", name: "Norland union strike", start: Day(iso: "2026-04-16")!,
              place: "Norland"),
        Event(id: "ostby-rally-2026-04-12", name: "Ostby rally", start: Day(iso: "2026-04-12")!, place: "Ostby"),
    ]

    static func crowdEvents(_ second: String) throws -> [String] {
        let article = try Fixture.extract(story: "Norland faces a union strike on Thursday 16 April. " + second,
                                          published: "2026-04-15", entities: [], events: events)
        return article.claims("crowd-size").map { $0.event ?? "-" }
    }

    @Test(arguments: ["Organisers expect 20,000 marchers, and the march leaves Harbour Square at 2 p.m.",
                      "Organisers expect 20,000 people on the march."])
    func theMarchIsTheStrikes(_ sentence: String) throws {
        #expect(try Self.crowdEvents(sentence) == ["norland-union-strike-2026-04-16"])
    }

    /// A march named by its place ("the march in Ostby") is still resolved by that name.
    @Test func aMarchNamedElsewhereIsNotTheStrikes() throws {
        #expect(try !Self.crowdEvents("On Sunday 20,000 people joined the march in Ostby.")
            .contains("norland-union-strike-2026-04-16"))
    }
}
