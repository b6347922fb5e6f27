import ClaimModel
import Testing
@testable import ClaimExtraction

/// A clause naming the other round of a two-round election is that round's, not the article's
/// (issue 13). Ostmark, Ida Varn and Tor Brede are invented.
@Suite struct ElectionRoundTests {
    static let entities = [
        Entity(id: "ostmark", name: "Ostmark", kind: .country),
        Entity(id: "ida-varn", name: "Ida Varn", kind: .person, aliases: ["Varn"]),
        Entity(id: "tor-brede", name: "Tor Brede", kind: .person, aliases: ["Brede"]),
    ]
    static let firstRound = Event(id: "ostmark-presidential-2025-04-06",
                                  name: "Ostmark presidential election, first round", start: Day(iso: "2025-04-06")!,
                                  place: "Ostmark", series: "ostmark-presidential")
    static let runOff = Event(id: "ostmark-presidential-2025-04-20", name: "Ostmark presidential election, run-off",
                              start: Day(iso: "2025-04-20")!, place: "Ostmark", series: "ostmark-presidential")
    static let opening = "Ida Varn won Ostmark's presidential run-off on Sunday with 54.3 per cent of the vote. "

    static func shares(_ body: String, events: [Event] = [firstRound, runOff],
                       published: String = "2025-04-21") throws -> [String] {
        let article = try Fixture.extract(story: body, published: published, entities: entities, events: events)
        return article.claims("vote-share").map {
            "\($0.subject) \($0.value.humanDescription(unit: nil)) @ \($0.event ?? "-")"
        }
    }

    @Test func theFirstRoundsShareIsTheFirstRounds() throws {
        let shares = try Self.shares(Self.opening
            + "In the first round two weeks earlier, Varn had taken 38.2 per cent and Tor Brede 27.5 per cent.")
        #expect(shares == ["ida-varn 54.3 @ ostmark-presidential-2025-04-20",
                           "ida-varn 38.2 @ ostmark-presidential-2025-04-06",
                           "tor-brede 27.5 @ ostmark-presidential-2025-04-06"], "\(shares)")
    }

    @Test func withNoFirstRoundRegisteredItsShareIsNoEventsAtAll() throws {
        let shares = try Self.shares(Self.opening + "Brede, who trailed, had won 27.5 per cent in the first round.",
                                     events: [Self.runOff])
        #expect(!shares.contains { $0.hasPrefix("tor-brede 27.5 @ ostmark") }, "\(shares)")
    }

    @Test func theArticlesOwnRoundAndAnUnnamedRoundKeepTheMainEvent() throws {
        let shares = try Self.shares(Self.opening + "Tor Brede took 45.7 per cent in the run-off.")
        #expect(shares == ["ida-varn 54.3 @ ostmark-presidential-2025-04-20",
                           "tor-brede 45.7 @ ostmark-presidential-2025-04-20"], "\(shares)")
    }

    @Test func anElectionRegisteredAsOneEventKeepsEveryRound() throws {
        let whole = Event(id: "ostmark-presidential-2025", name: "Ostmark presidential election",
                          start: Day(iso: "2025-04-06")!, place: "Ostmark")
        let shares = try Self.shares("Ostmark voted in its presidential election on Sunday. "
            + "Ida Varn won 38.2 per cent in the first round.", events: [whole], published: "2025-04-07")
        #expect(shares == ["ida-varn 38.2 @ ostmark-presidential-2025"], "\(shares)")
    }

    @Test(arguments: [("Ostmark presidential election, first round", ElectionRound.first),
                      ("Ostmark presidential run-off", .second), ("Second round of the Ostmark election", .second)])
    func aNameSaysItsRound(_ name: String, _ round: ElectionRound) {
        #expect(ElectionRound.of(name: name) == round)
    }

    @Test(arguments: ["Ostmark presidential election", "Ostmark Open, first round and run-off",
                      "World Snooker Championship"])
    func aNameWithoutOneRoundSaysNone(_ name: String) {
        #expect(ElectionRound.of(name: name) == nil)
    }
}
