import Testing
import ClaimModel
@testable import ClaimRules

/// The scorer measures the rules against what corpus writers expect, so it must itself be
/// right: each kind of expectation is tried with findings that meet it and findings that don't.
@Suite("Expectation score")
struct ExpectationScoreTests {
    static let findings = RulesEngine().check(ExampleCatalog.claimSet(for: [
        .pledge(.exactly(26), in: "outlet-b"),
        .pledge(.exactly(20), in: "outlet-c"),
        .attendance("in-person", of: "merz", in: "outlet-b"),
        .attendance("video-link", of: "merz", in: "outlet-c"),
    ]))

    static func expectation(_ kind: ExpectedFinding.Kind, subject: String = "coalition",
                            attribute: String = "troop-pledge-countries", event: String? = "summit-sep",
                            articles: [String] = []) -> ExpectedFinding {
        ExpectedFinding(kind: kind, subject: subject, attribute: attribute, event: event, articles: articles)
    }

    @Test func aContradictionIsMetByAnErrorOnItsKeyAndATrapIsViolatedByIt() {
        let contradiction = ExpectationScore(expectations: [Self.expectation(.contradiction)], findings: Self.findings)
        let trap = ExpectationScore(expectations: [Self.expectation(.trap)], findings: Self.findings)
        #expect(contradiction.outcomes.map(\.met) == [true])
        #expect(contradiction.rate(.contradiction) == 1)
        #expect(trap.outcomes.map(\.met) == [false])
        #expect(trap.rate(.trap) == 0)
    }

    @Test func aContradictionOnAnotherEventOrSubjectIsNotMet() {
        let score = ExpectationScore(expectations: [Self.expectation(.contradiction, event: "summit-jan"),
                                                    Self.expectation(.contradiction, subject: "merz")],
                                     findings: Self.findings)
        #expect(score.outcomes.map(\.met) == [false, false])
    }

    @Test func namedArticlesMustAllTakePart() {
        let both = Self.expectation(.contradiction, articles: ["outlet-b", "outlet-c"])
        let stranger = Self.expectation(.contradiction, articles: ["outlet-b", "outlet-z"])
        let score = ExpectationScore(expectations: [both, stranger], findings: Self.findings)
        #expect(score.outcomes.map(\.met) == [true, false])
    }

    @Test func errorsAnsweringNoExpectationAreUnexpected() {
        let score = ExpectationScore(expectations: [Self.expectation(.contradiction)], findings: Self.findings)
        #expect(score.unexpected.count == 1)
        #expect(score.unexpected.first?.key.subject == "merz")
    }

    @Test func anUpdateWantsItsNoteAndNoError() {
        let note = Finding(ruleID: "update", severity: .info, message: "rose",
                           key: ComparisonKey(subject: "coalition", attribute: "troop-pledge-countries",
                                              event: "summit-sep", unit: "countries"), claims: [])
        let update = Self.expectation(.update)
        #expect(ExpectationScore(expectations: [update], findings: [note]).outcomes.map(\.met) == [true])
        #expect(ExpectationScore(expectations: [update], findings: [note] + Self.findings).outcomes.map(\.met)
                    == [false])
        #expect(ExpectationScore(expectations: [update], findings: []).outcomes.map(\.met) == [false])
    }

    @Test func aPlantedContradictionOnTheSameKeyDoesNotFailAnUpdateOrATrap() {
        let key = ComparisonKey(subject: "coalition", attribute: "troop-pledge-countries", event: "summit-sep",
                                unit: "countries")
        let note = Finding(ruleID: "update", severity: .info, message: "rose", key: key, claims: [])
        let expectations = [Self.expectation(.contradiction), Self.expectation(.update), Self.expectation(.trap)]
        let score = ExpectationScore(expectations: expectations, findings: [note] + Self.findings)
        #expect(score.outcomes.map(\.met) == [true, true, true])
        // Without the planted contradiction the same error fails both.
        let unplanted = ExpectationScore(expectations: Array(expectations.dropFirst()),
                                         findings: [note] + Self.findings)
        #expect(unplanted.outcomes.map(\.met) == [false, false])
    }

    @Test func extractedIdsAreMappedToGoldIdsBeforeComparing() {
        let gold = Self.expectation(.contradiction, subject: "gold-coalition")
        let unmapped = ExpectationScore(expectations: [gold], findings: Self.findings)
        let mapped = ExpectationScore(expectations: [gold], findings: Self.findings) {
            $0 == "coalition" ? "gold-coalition" : $0
        }
        #expect(unmapped.outcomes.map(\.met) == [false])
        #expect(mapped.outcomes.map(\.met) == [true])
    }

    @Test func theFileIsReadWithLinesAndBadKindsAreNamed() throws {
        let good = try JSONParser.parse("""
            {"format": "claimcheck-expectations", "version": 1, "expectations": [
              {"kind": "trap", "subject": "a", "attribute": "death-toll", "event": "e", "why": "scopes"}]}
            """)
        let read = try ExpectedFindingsFile.decode(good, file: "expected.json")
        #expect(read.map(\.kind) == [.trap])
        #expect(read.first?.line == 2)
        let bad = try JSONParser.parse("""
            {"format": "claimcheck-expectations", "version": 1, "expectations": [
              {"kind": "surprise", "subject": "a", "attribute": "b"}]}
            """)
        #expect(throws: InputError.self) { try ExpectedFindingsFile.decode(bad, file: "expected.json") }
        do {
            _ = try ExpectedFindingsFile.decode(bad, file: "expected.json")
        } catch {
            #expect(error.description.contains("expected.json:2"))
            #expect(error.description.contains("unknown kind \"surprise\""))
        }
    }
}
