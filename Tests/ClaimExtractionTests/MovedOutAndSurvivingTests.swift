import ClaimModel
import Testing
@testable import ClaimExtraction

/// People "moved out of their homes" are evacuated, and "the surviving piers" name what still
/// stands, not who survived: invented places (issue 12).
@Suite struct MovedOutAndSurvivingTests {
    static let collapse = "The Varnes bridge collapsed on Thursday, killing 6 people. "

    static func values(_ body: String, _ attribute: String) throws -> [String] {
        let article = try Fixture.extract(story: collapse + body, published: "2026-04-16", entities: [], events: [])
        return article.claims(attribute).map { $0.value.humanDescription(unit: nil) }
    }

    @Test(arguments: [
        "Some 600 residents have been moved out of their homes, the council said.",
        "Some 600 residents of the blocks beneath the surviving piers have been moved out of their homes, "
            + "the council said.",
        "About 600 people were moved to safety overnight, the council said.",
    ])
    func movedOutPeopleAreEvacuated(_ body: String) throws {
        let evacuated = try Self.values(body, "evacuated-count")
        #expect(evacuated == ["about 600"], "\(evacuated)")
        #expect(try Self.values(body, "survivors-count").isEmpty)
    }

    @Test(arguments: [
        "Some 600 residents live in the blocks beneath the surviving piers, the council said.",
        "The surviving section of the deck carries 40 people an hour across the gorge, the council said.",
    ])
    func aSurvivingThingCountsNoSurvivors(_ body: String) throws {
        #expect(try Self.values(body, "survivors-count").isEmpty)
    }

    /// "Surviving" before people, or as a verb, is still a survivor.
    @Test(arguments: [
        "Rescuers reached the 4 surviving residents by Friday, the council said.",
        "Only 4 people are known to be surviving, the council said.",
    ])
    func survivingPeopleAreStillSurvivors(_ body: String) throws {
        #expect(try Self.values(body, "survivors-count") == ["4"])
    }

    /// A company or a tenant moving out is no evacuation: no people counted as leaving homes.
    @Test func movingOfficesIsNoEvacuation() throws {
        #expect(try Self.values("The firm moved out of its 3 offices in the town last year.", "evacuated-count")
                    .isEmpty)
    }

    @Test func theThingWordsAreReadAsThings() {
        let tokens = Tokenizer.tokens(in: Array("beneath the surviving piers".utf8))
        #expect(SurvivingThings.describesThing(tokens, 2, 2))
        let people = Tokenizer.tokens(in: Array("the surviving passengers".utf8))
        #expect(!SurvivingThings.describesThing(people, 1, 1))
    }
}
