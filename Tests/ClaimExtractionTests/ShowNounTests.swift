import ClaimModel
import Testing
@testable import ClaimExtraction

/// "The show" is the prize-giving a report has named, not any show or the verb: invented
/// awards and places (issue 12).
@Suite struct ShowNounTests {
    static let lumen = Event(id: "lumen-awards-2026", name: "96th Lumen Awards", start: Day(iso: "2026-03-08")!,
                             place: "Halverton")
    static let opening = "The 96th Lumen Awards were handed out in Halverton on Sunday. "

    static func durations(_ body: String) throws -> [String] {
        let article = try Fixture.extract(story: opening + body, published: "2026-03-09", entities: [],
                                          events: [lumen])
        return article.claims("duration").map { "\($0.subject) \($0.value.humanDescription(unit: nil))" }
    }

    @Test(arguments: [
        "The show ran close to four hours once the speeches were counted.",
        "Sunday's show lasted four hours.",
    ])
    func theShowIsTheCeremony(_ body: String) throws {
        let durations = try Self.durations(body)
        #expect(durations == ["lumen-awards-2026 about 240"] || durations == ["lumen-awards-2026 240"],
                "\(durations)")
    }

    /// The host named in an aside about the show does not take its length.
    @Test func anAsideNamingTheHostKeepsTheShowsLength() throws {
        let hallam = Entity(id: "ada-hallam", name: "Ada Hallam", kind: .person, aliases: ["Hallam"])
        let article = try Fixture.extract(story: Self.opening + "The show, Hallam's first as host, ran close to four "
                                              + "hours.", published: "2026-03-09", entities: [hallam],
                                          events: [Self.lumen])
        #expect(article.claims("duration").map(\.subject) == ["lumen-awards-2026"])
    }

    @Test(arguments: [
        "Figures show viewers watched for four hours.",
        "A show of hands took four hours to count.",
        "The show jumping lasted four hours.",
    ])
    func showAsAVerbOrAnotherShowIsNoCeremony(_ body: String) throws {
        let durations = try Self.durations(body)
        #expect(durations.isEmpty, "\(durations)")
    }

    @Test func theWordIsGated() {
        let verb = Tokenizer.tokens(in: Array("polls show a lead".utf8))
        #expect(ShowNoun.match(verb, at: 1, range: 0..<verb.count) == nil)
        let noun = Tokenizer.tokens(in: Array("the show ran long".utf8))
        #expect(ShowNoun.match(noun, at: 1, range: 0..<noun.count)?.value == .awards)
        let another = Tokenizer.tokens(in: Array("the show jumping".utf8))
        #expect(ShowNoun.match(another, at: 1, range: 0..<another.count) == nil)
    }
}
