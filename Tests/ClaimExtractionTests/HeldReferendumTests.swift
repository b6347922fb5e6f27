import ClaimModel
import Testing
@testable import ClaimExtraction

/// A referendum the opening reports as held is the article's event when the registry lacks it;
/// one to come, one asked for, or one years back is not (issue 13). Tannen is invented.
@Suite struct HeldReferendumTests {
    static let entities = [Entity(id: "tannen", name: "Tannen", kind: .country),
                           Entity(id: "ostmark", name: "Ostmark", kind: .country)]

    /// The turnout claims of `body`, published on Tuesday 10 June 2025, as "value @ event".
    static func turnout(_ body: String) throws -> [String] {
        let article = try Fixture.extract(story: body, published: "2025-06-10", entities: entities, events: [])
        return article.claims("turnout").map { "\($0.value.humanDescription(unit: nil)) @ \($0.event ?? "-")" }
    }

    @Test(arguments: ["Voters in Tannen rejected a constitutional reform in a referendum on Sunday.",
                      "Tannen voted to keep its monarchy in a referendum on Sunday.",
                      "Tannen approved the new electoral law in Sunday's referendum."])
    func aReferendumHeldIsTheArticlesEvent(_ lede: String) throws {
        let found = try Self.turnout(lede + " Turnout was 48.3 per cent.")
        #expect(found.count == 1 && found[0].hasPrefix("48.3 @ ") && found[0].contains("tannen-referendum")
                    && found[0].hasSuffix("2025-06-08"), "\(lede) \(found)")
    }

    @Test(arguments: ["Tannen will hold a referendum on the reform on Sunday.",
                      "The opposition in Tannen called for a referendum on the reform.",
                      "Tannen rejected a similar reform in a referendum in 2016.",
                      "Tannen's parliament passed a law that could lead to a referendum."])
    func aReferendumToComeAskedForOrLongPastIsNone(_ lede: String) throws {
        let found = try Self.turnout(lede + " Turnout was 48.3 per cent.")
        #expect(found.isEmpty, "\(lede) \(found)")
    }

    /// One Sunday's referendums in two countries are two events, read in one batch in either order.
    @Test func twoCountriesReferendumsOfOneDayAreTwoEvents() throws {
        let registry = ExtractionRegistry(entities: Self.entities, events: [], attributes: BuiltInVocabulary.attributes)
        var extractor = ClaimExtractor(registry: registry)
        func read(_ body: String, _ name: String) throws -> [String] {
            let text = "---\ntitle: Vote\noutlet: Test Gazette\npublished: 2025-06-10\n---\n\n" + body + "\n"
            let article = try Fixture.extract(text, name: name, published: "2025-06-10", with: &extractor)
            return article.claims.compactMap(\.event)
        }
        let first = try read("Voters in Tannen rejected a reform in a referendum on Sunday. Turnout was 48.3 per cent.",
                             "a.txt")
        let second = try read("Voters in Ostmark backed a reform in a referendum on Sunday. Turnout was 55 per cent.",
                              "b.txt")
        let third = try read("Tannen voters said no to the reform in Sunday's referendum. Turnout was 47.9 per cent.",
                             "c.txt")
        #expect(!first.isEmpty && first.allSatisfy { $0.hasPrefix("tannen-referendum") }, "\(first)")
        #expect(!second.isEmpty && second.allSatisfy { $0.hasPrefix("ostmark-referendum") }, "\(second)")
        #expect(!third.isEmpty && third.allSatisfy { $0.hasPrefix("tannen-referendum") }, "\(third)")
    }
}
