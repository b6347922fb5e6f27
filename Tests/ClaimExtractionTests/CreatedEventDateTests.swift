import ClaimModel
import Testing
@testable import ClaimExtraction

/// An incident the registry lacks is dated by what the articles' texts say, whichever article
/// is read first: a later report whose clause dates a later turn ("rose on Friday") must not
/// fix the event's day, nor keep the first report out. Invented places.
@Suite struct CreatedEventDateTests {
    // Thursday 16 April 2026: the collapse; Friday 17: the toll rose.
    static let first = ("2026-04-16", "A block of flats in Varnes collapsed on Thursday, killing 2 people.")
    static let later = ("2026-04-17",
                        "The toll after the collapse of a Varnes block of flats rose to 5 on Friday, police said.")

    static func read(_ texts: [(String, String)]) throws -> (events: [Event], mains: [String?]) {
        let (extractor, articles) = try EventClusteringTests.extract(texts)
        return (extractor.registry.newEvents, articles.map(\.resolution.mainEvent))
    }

    @Test func theFirstReportReadLastStillMeetsTheEventAndDatesIt() throws {
        let (events, mains) = try Self.read([Self.later, Self.first])
        #expect(mains[0] != nil && mains[0] == mains[1], "\(events.map(\.id))")
        #expect(events.first { $0.id == mains[0] }?.start == Day(iso: "2026-04-16"))
    }

    @Test func readInEitherOrderTheEventHasOneDate() throws {
        let forward = try Self.read([Self.first, Self.later])
        let backward = try Self.read([Self.later, Self.first])
        #expect(forward.mains[0] == forward.mains[1])
        #expect(forward.events.first { $0.id == forward.mains[0] }?.start
            == backward.events.first { $0.id == backward.mains[0] }?.start)
    }

    /// Two articles dating it to Thursday outvote one giving Wednesday, in any order. The place
    /// is named after the kind word, where the mention reads it ("in Varnes collapsed" before a
    /// verb is the subject's, not the event's name, so the wrong weekday alone would split it).
    static let named = ("2026-04-16", "The collapse of a block of flats in Varnes on Thursday killed 2 people.")
    static let wrongDay = ("2026-04-17", "The collapse of a block of flats in Varnes on Wednesday killed 2 people.")
    static let namedAgain = ("2026-04-18", "The collapse of a block of flats in Varnes on Thursday killed 5 people.")

    @Test(arguments: [[0, 1, 2], [1, 0, 2], [1, 2, 0]])
    func theMostSupportedDayDatesTheEvent(_ order: [Int]) throws {
        let texts = [Self.named, Self.wrongDay, Self.namedAgain]
        let (events, mains) = try Self.read(order.map { texts[$0] })
        #expect(Set(mains.compactMap { $0 }).count == 1, "\(mains)")
        #expect(events.first { $0.id == mains[0] }?.start == Day(iso: "2026-04-16"))
    }

    /// Fires of the same town a month apart stay two events.
    @Test func aMonthApartIsAnotherIncident() throws {
        let (_, mains) = try Self.read([("2026-03-12", "A block of flats in Varnes collapsed on Thursday, killing 2."),
                                        Self.first])
        #expect(mains[0] != mains[1])
    }
}
