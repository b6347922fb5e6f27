import ClaimExtraction
import ClaimModel
import Testing

/// "Beat" names a winner only with a rival of the winner's kind as its object; the rival may
/// come after a description, as sports and election copy write it ("defeated the English
/// veteran X", "beating world number one X", "beat the far-right candidate X"), on the invented
/// people and events of `Winners` (issue 12). What was beaten is not the name after a
/// preposition or a record ("beat the record of X").
@Suite struct BeatenRivalTests {
    static let final = "skel-cup-final-2025-05-04=ada-quill@skel-cup-final-2025-05-04"

    @Test(arguments: ["Ada Quill beat the defending champion Nora Vell in the Skel Cup final on Sunday.",
                      "Ada Quill defeated the English veteran Nora Vell 18-12 in the Skel Cup final on Sunday.",
                      "Ada Quill beat world number one Nora Vell in the Skel Cup final on Sunday.",
                      "Ada Quill beat the far-right candidate Nora Vell in the Skel Cup final on Sunday."])
    func aRivalAfterItsDescription(sentence: String) throws {
        let article = try Winners.extract(sentence)
        #expect(Winners.winners(article) == [Self.final], "\(sentence): \(Winners.winners(article))")
    }

    /// A country named as an adjective, as the registry may hold it: "the Norland veteran X".
    @Test func aRivalAfterACountrysName() throws {
        let norland = Entity(id: "norland", name: "Norland", kind: .country)
        let article = try Fixture.extract(story: "Ada Quill defeated the Norland veteran Nora Vell in the Skel Cup "
                                            + "final on Sunday.", published: "2025-05-05",
                                          entities: Winners.entities + [norland], events: Winners.events)
        #expect(Winners.winners(article) == [Self.final], "\(Winners.winners(article))")
    }

    @Test(arguments: ["Ada Quill beat the previous record of Nora Vell in the Skel Cup final on Sunday.",
                      "Ada Quill beat the time set by Nora Vell in the Skel Cup final on Sunday.",
                      "Ada Quill beat the odds and Nora Vell cheered at the Skel Cup final on Sunday.",
                      "Ada Quill beat a path to the stands, where Nora Vell sat at the Skel Cup final on Sunday."])
    func noRivalBehindAPrepositionOrARecord(sentence: String) throws {
        let article = try Winners.extract(sentence)
        #expect(Winners.winners(article).isEmpty, "\(sentence): \(Winners.winners(article))")
    }
}
