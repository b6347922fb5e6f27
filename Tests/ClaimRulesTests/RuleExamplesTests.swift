import Testing
import ClaimModel
@testable import ClaimRules

/// Every registered rule runs on its own examples: the ones that must trigger it do, the
/// ones that must not do not. The examples are the rules' documentation, so this also keeps
/// `claimcheck rules` honest.
@Suite("Rule examples")
struct RuleExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: any Rule
        let example: RuleExample
        let shouldTrigger: Bool
        var testDescription: String {
            "\(rule.description.id): \(shouldTrigger ? "fires" : "quiet") — \(example.summary)"
        }
    }

    static let cases: [Case] = RuleRegistry.all.flatMap { rule in
        rule.description.triggeringExamples.map { Case(rule: rule, example: $0, shouldTrigger: true) }
            + rule.description.nonTriggeringExamples.map { Case(rule: rule, example: $0, shouldTrigger: false) }
    }

    @Test(arguments: cases)
    func ruleBehavesAsItsExampleSays(_ testCase: Case) {
        let findings = RulesEngine(rules: [testCase.rule]).check(testCase.example.claimSet)
        if testCase.shouldTrigger {
            #expect(!findings.isEmpty, "expected \(testCase.rule.description.id) to fire")
            #expect(findings.allSatisfy { $0.ruleID == testCase.rule.description.id })
            #expect(findings.allSatisfy { $0.severity == testCase.rule.description.defaultSeverity })
            // A claim checked against the registry stands alone; others need a second claim.
            let least = testCase.rule.description.seesLoneClaims ? 1 : 2
            #expect(findings.allSatisfy { $0.claims.count >= least && !$0.message.isEmpty })
        } else {
            #expect(findings.isEmpty, "unexpected: \(findings.map(\.message))")
        }
    }

    @Test func everyRuleHasExamplesBothWaysAndAUniqueKebabCaseId() {
        var ids = Set<String>()
        for rule in RuleRegistry.all {
            let description = rule.description
            #expect(!description.triggeringExamples.isEmpty, "\(description.id) has no triggering example")
            #expect(!description.nonTriggeringExamples.isEmpty, "\(description.id) has no non-triggering example")
            #expect(Identifier.isValid(description.id))
            #expect(ids.insert(description.id).inserted, "duplicate rule id \(description.id)")
            #expect(!description.rationale.isEmpty && !description.summary.isEmpty)
        }
        // Every registered rule, once: the count follows the registry.
        #expect(ids == Set(RuleRegistry.ids) && ids.count == RuleRegistry.all.count)
    }
}
