import Testing
import ClaimModel
@testable import ClaimRules
import ClaimTestSupport

/// The engine sorts findings on ranks of their keys and rule ids instead of calling
/// `Finding.reportOrder` on every comparison; these tests hold the two to the same order.
@Suite("Report order")
struct ReportOrderTests {
    /// Findings drawn from small pools, so severities, keys, rules and fingerprints tie often;
    /// events include both nil and "", which `ComparisonKey.<` cannot tell apart but `==` can.
    static func findings(_ count: Int, seed: UInt64) -> [Finding] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            let key = ComparisonKey(subject: random.pick(["ana-lind", "bo-kerr", "cy-moss"]),
                                    attribute: random.pick(["toll", "attendance"]),
                                    event: random.pick([nil, "", "fair-may", "fair-june"]),
                                    unit: random.pick([nil, "people"]))
            var finding = Finding(ruleID: random.pick(["count-mismatch", "update", "hedged-conflict"]),
                                  severity: random.pick(Severity.allCases), message: "", key: key, claims: [])
            finding.fingerprint = "print-\(random.below(4))"
            return finding
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func ranksSortAsTheComparatorDoes(seed: UInt64) {
        let findings = Self.findings(400, seed: seed)
        let expected = findings.indices.sorted { Finding.reportOrder(findings[$0], findings[$1]) }
        #expect(RulesEngine.reportOrder(findings) == expected)
    }

    /// `ComparisonKey.<` compares field by field as the tuple of its parts would.
    @Test(arguments: [6, 7, 8])
    func keysOrderAsTheTupleOfTheirParts(seed: UInt64) {
        let keys = Self.findings(60, seed: seed).map(\.key)
        for a in keys {
            for b in keys {
                let tuple = (a.subject, a.attribute, a.event ?? "", a.unit ?? "")
                    < (b.subject, b.attribute, b.event ?? "", b.unit ?? "")
                #expect((a < b) == tuple, "\(a) < \(b)")
            }
        }
    }

    @Test func severityLeadsThenKeyThenRule() {
        let early = ComparisonKey(subject: "ana-lind", attribute: "toll", event: "fair-may", unit: nil)
        let late = ComparisonKey(subject: "bo-kerr", attribute: "toll", event: "fair-may", unit: nil)
        let findings = [
            Finding(ruleID: "update", severity: .info, message: "", key: early, claims: []),
            Finding(ruleID: "update", severity: .error, message: "", key: late, claims: []),
            Finding(ruleID: "count-mismatch", severity: .error, message: "", key: late, claims: []),
            Finding(ruleID: "update", severity: .error, message: "", key: early, claims: []),
        ]
        #expect(RulesEngine.reportOrder(findings) == [3, 2, 1, 0])
    }
}
