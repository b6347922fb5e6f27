import ClaimModel
import Testing
@testable import ClaimExtraction

struct ExtractionScoreTests {
    let attendance = Attribute(id: "attendance-mode", name: "Attendance", kind: .category,
                               values: [CategoryValue(id: "present"),
                                        CategoryValue(id: "in-person", broader: "present"),
                                        CategoryValue(id: "remote", broader: "present")])

    func claim(_ subject: String, _ value: String, file: String = "a.txt", event: String? = "e") -> Claim {
        Claim(id: subject, sourceID: "s", subject: subject, attribute: "attendance-mode", value: .category(value),
              event: event, evidence: Evidence(file: file, line: 1))
    }

    @Test func broaderValuesMatchAndOthersDoNot() {
        let score = ExtractionScore(curated: [claim("a", "in-person"), claim("b", "remote"), claim("c", "present")],
                                    extracted: [claim("a", "present"), claim("b", "in-person"), claim("d", "present")],
                                    attributes: ["attendance-mode": attendance])
        #expect(score.total.found == 1)
        #expect(score.total.correct == 1)
        #expect(score.total.recall == 1.0 / 3)
        #expect(score.total.precision == 1.0 / 3)
    }

    @Test func fileAndEventMustAgree() {
        let score = ExtractionScore(curated: [claim("a", "present")],
                                    extracted: [claim("a", "present", file: "b.txt"),
                                                claim("a", "present", event: "f")],
                                    attributes: ["attendance-mode": attendance])
        #expect(score.total.found == 0)
    }
}
