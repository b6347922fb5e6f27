import Testing
import ClaimModel
@testable import ClaimRules

@Suite("Comparing values")
struct ValueComparisonTests {
    let count = ValueComparison(attribute: Attribute(id: "n", name: "N", kind: .count,
                                                     tolerance: Tolerance(about: 0.1, slack: 0)))
    let attendance = ValueComparison(attribute: ExampleCatalog.attributes.first { $0.id == "attendance-mode" }!)

    @Test(arguments: [
        (Quantity.range(min: 25, max: nil), Quantity.exactly(26), true),   // more than two dozen vs 26
        (.range(min: 31, max: nil), .exactly(26), false),                   // more than 30 vs 26
        (.about(44), .exactly(48), true),                                   // about 44 allows 39.6...48.4
        (.about(44), .exactly(49), false),
        (.about(40), .exactly(45), true),                                   // a round 40 allows 35...45 (VagueQuantity)
        (.about(40), .exactly(46), false),
        (.about(24), .exactly(27), true),                                   // about two dozen against 27
        (.about(3), .exactly(4), true),                                     // about a small count allows one either way
        (.range(min: 20, max: 30), .range(min: 30, max: nil), true),
        (.range(min: nil, max: 19), .exactly(20), false),
        (.exactly(26), .exactly(26), true),
    ])
    func quantitiesAgreeWhenTheirIntervalsOverlap(lhs: Quantity, rhs: Quantity, compatible: Bool) {
        #expect(count.areCompatible(.quantity(lhs), .quantity(rhs)) == compatible)
        #expect(count.areCompatible(.quantity(rhs), .quantity(lhs)) == compatible)
    }

    @Test func slackWidensTheGap() {
        let slack = ValueComparison(attribute: Attribute(id: "n", name: "N", kind: .count,
                                                         tolerance: Tolerance(about: 0, slack: 2)))
        #expect(slack.areCompatible(.quantity(.exactly(26)), .quantity(.exactly(28))))
        #expect(!slack.areCompatible(.quantity(.exactly(26)), .quantity(.exactly(29))))
    }

    @Test(arguments: [
        ("remote", "video-link", true), ("present", "in-person", true), ("present", "phone", true),
        ("in-person", "video-link", false), ("phone", "video-link", false), ("absent", "present", false),
    ])
    func categoriesAgreeWhenOneRefinesTheOther(lhs: String, rhs: String, compatible: Bool) {
        #expect(attendance.areCompatible(.category(lhs), .category(rhs)) == compatible)
        #expect(attendance.areCompatible(.category(rhs), .category(lhs)) == compatible)
    }

    @Test func speakersAreTheSameEntityOrTheSameOutletsOwnVoice() {
        func claim(_ source: String, _ speaker: Speaker) -> Claim {
            Claim(id: "c", sourceID: source, subject: "s", attribute: "a", value: .flag(true), speaker: speaker,
                  attribution: speaker == .narrator ? .narrator : .reportedSpeech,
                  evidence: Evidence(file: "f", line: 1))
        }
        #expect(ValueComparison.sameSpeaker(claim("a", .entity("macron")), claim("b", .entity("macron"))))
        #expect(ValueComparison.sameSpeaker(claim("a", .narrator), claim("a", .narrator)))
        #expect(!ValueComparison.sameSpeaker(claim("a", .narrator), claim("b", .narrator)))
        #expect(!ValueComparison.sameSpeaker(claim("a", .anonymous), claim("a", .anonymous)))
    }
}
