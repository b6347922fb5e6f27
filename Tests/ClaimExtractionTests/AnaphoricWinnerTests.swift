import ClaimExtraction
import ClaimModel
import Testing

/// A winner written as an age used as a noun ("the 24-year-old beat X") is the person named
/// before, on the invented people and events of `Winners` (issue 12).
@Suite struct AnaphoricWinnerTests {
    static let final = "skel-cup-final-2025-05-04=ada-quill@skel-cup-final-2025-05-04"

    @Test(arguments: ["Ada Quill had never reached a final. On Sunday the 24-year-old beat Nora Vell 3-1 in the Skel "
                        + "Cup final.",
                      "Ada Quill arrived as an outsider. The 24-year-old won the Skel Cup final on Sunday.",
                      "Ada Quill arrived as an outsider, and the 24-year-old won the Skel Cup final on Sunday."])
    func theAgeStandsForThePersonNamedBefore(body: String) throws {
        let article = try Winners.extract(body)
        #expect(Winners.winners(article) == [Self.final], "\(body): \(Winners.winners(article))")
    }

    @Test(arguments: ["Ada Quill watched. The 24-year-old woman beat Nora Vell in the Skel Cup final on Sunday.",
                      "The 24-year-old won the Skel Cup final on Sunday.",
                      "Ada Quill watched as the 24-year-old Nora Vell won the Skel Cup final on Sunday."])
    func noWinnerForADescriptionOrNoOneNamed(body: String) throws {
        let article = try Winners.extract(body)
        #expect(!Winners.winners(article).contains(Self.final), "\(body): \(Winners.winners(article))")
    }
}
