import ClaimModel
import Testing
@testable import ClaimExtraction

/// A bomb or a blast "went off" at a time: English's verb for an explosion happening, an
/// occurrence cue like "exploded", so the clause's clock time is the event's. Tarnby is invented.
@Suite struct GoesOffTests {
    static let lede = "An explosion at the Tarnby docks killed 12 people on Tuesday, police said. "

    static func times(_ sentence: String) throws -> [String] {
        let (_, articles) = try EventClusteringTests.extract([("2026-04-15", Self.lede + sentence)])
        return articles[0].claims("event-time").map { $0.value.humanDescription(unit: nil) }
    }

    @Test(arguments: ["The second and larger blast went off at about 9:40 p.m.",
                      "The bomb went off at 9:40 p.m. near the harbour gate."])
    func aBlastThatWentOffAtATimeIsTimed(_ sentence: String) throws {
        #expect(try Self.times(sentence) == ["21:40"])
    }

    @Test func aTimeWithNoOccurrenceIsNoEventTime() throws {
        #expect(try Self.times("Sirens could still be heard at 9:40 p.m. near the harbour gate.").isEmpty)
    }
}
