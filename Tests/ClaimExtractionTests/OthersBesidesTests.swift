import ClaimModel
import Testing
@testable import ClaimExtraction

/// "N others" beside a named victim: the toll counts the named person too. Invented names.
@Suite struct OthersBesidesTests {
    static func tolls(_ sentence: String) throws -> [String] {
        let (_, articles) = try EventClusteringTests.extract([("2026-04-15", sentence)])
        return articles[0].claims("death-toll").map { $0.value.humanDescription(unit: nil) }
    }

    @Test func aNamedVictimAndOthers() throws {
        #expect(try Self.tolls("A car bombing in Dalby on Tuesday killed the mayor Tarek Holm and 21 others.")
            == ["22"])
    }

    @Test(arguments: [("A car bombing in Dalby on Tuesday killed 21 people.", "21"),
                      // The named person is not among the dead the count is of.
                      ("A car bombing in Dalby on Tuesday wounded Tarek Holm and killed 21 others.", "21")])
    func noNamedVictimLeavesTheCountAsRead(_ sentence: String, _ expected: String) throws {
        #expect(try Self.tolls(sentence) == [expected])
    }
}
