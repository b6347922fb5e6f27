import ClaimExtraction
import ClaimModel
import Testing

/// Figures in a relative clause about an event ("the Tarn Road fire of March 1996, which killed
/// 41 people and injured 81") are that event's (issue 12). Invented fires and places.
@Suite struct AsideFiguresTests {
    static let events = [
        Event(id: "tarn-road-fire-1996-03-02", name: "Tarn Road fire", start: Day(iso: "1996-03-02")!,
              place: "Lisvik"),
        Event(id: "mill-quay-fire-2025-05-03", name: "Mill Quay fire", start: Day(iso: "2025-05-03")!,
              place: "Lisvik"),
    ]
    static let entities = [
        Entity(id: "tarn-road-fire-1996-03-02", name: "Tarn Road fire", kind: .group),
        Entity(id: "mill-quay-fire-2025-05-03", name: "Mill Quay fire", kind: .group),
        Entity(id: "harbour-bloc", name: "Harbour Bloc", kind: .organisation, aliases: ["the bloc"]),
    ]
    static let lede = "The Mill Quay fire in Lisvik on Saturday killed 12 people. "

    static func claims(_ body: String, _ attribute: String) throws -> [String] {
        let article = try Fixture.extract(story: lede + body, published: "2025-05-05", entities: entities,
                                          events: events)
        return article.claims(attribute).map {
            "\($0.subject)=\($0.value.humanDescription(unit: nil))@\($0.event ?? "-")"
        }
    }

    @Test func theFiguresOfAnEarlierEventInItsRelativeClause() throws {
        let body = "The worst remains the Tarn Road fire of March 1996, which killed 41 people and injured 81."
        #expect(try Self.claims(body, "death-toll") == ["mill-quay-fire-2025-05-03=12@mill-quay-fire-2025-05-03",
                                                         "tarn-road-fire-1996-03-02=41@tarn-road-fire-1996-03-02"])
        #expect(try Self.claims(body, "injured-count") == ["tarn-road-fire-1996-03-02=81@tarn-road-fire-1996-03-02"])
    }

    /// An aside about a body or a person is not read: its figures describe them.
    @Test(arguments: ["The Harbour Bloc, which now counts eleven members, sent 30 firefighters to help.",
                      "Each family may send two people, who may stay for no more than 90 minutes."])
    func noFigureOfAnAsideAboutABodyOrAPerson(sentence: String) throws {
        #expect(try Self.claims(sentence, "injured-count").isEmpty)
        #expect(try Self.claims(sentence, "death-toll") == ["mill-quay-fire-2025-05-03=12@mill-quay-fire-2025-05-03"],
                "\(sentence)")
        #expect(try Self.claims(sentence, "participant-count").isEmpty)
    }
}
