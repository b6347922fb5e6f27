import ClaimModel
import ClaimRules

/// JUnit XML for CI dashboards. A test suite per rule, and in it a test case per comparison
/// group the rule checked (per series for series rules): a dashboard then counts the checks
/// that passed, not only the failures. A failing finding is a `<failure>`; a finding that
/// does not fail (a warning without --strict, a note) passes with its text in
/// `<system-out>`; a suppressed one is `<skipped>` with its reason. Valid against Jenkins'
/// `junit-10.xsd` (a test runs xmllint with it).
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let summary = "JUnit XML: a test suite per rule, a test case per comparison group"

    public init() {}

    struct Case {
        var name: String
        var failures: [Finding] = []
        var passing: [Finding] = []
        var suppressed: [SuppressedFinding] = []
    }

    public func generateReport(_ report: Report) -> String {
        let groups = checkedGroups(report.claimSet)
        var suites: [(rule: RuleDescription, cases: [Case])] = []
        for checker in RuleRegistry.all {
            let rule = checker.description
            // Only the groups the rule can judge: a count rule's suite lists no attendance groups.
            let keys = (rule.scope == .series ? groups.series : groups.comparison).filter { key in
                report.claimSet.attributes[key.attribute].map(checker.applies(to:)) ?? true
            }
            var cases: [ComparisonKey: Case] = [:]
            for key in keys { cases[key] = Case(name: key.description) }
            func caseKey(_ finding: Finding) -> ComparisonKey {
                rule.scope == .series ? finding.key.series : finding.key
            }
            for finding in report.findings where finding.ruleID == rule.id {
                let key = caseKey(finding)
                if cases[key] == nil { cases[key] = Case(name: key.description) }
                if report.isFailing(finding) {
                    cases[key]!.failures.append(finding)
                } else {
                    cases[key]!.passing.append(finding)
                }
            }
            for item in report.suppressed where item.finding.ruleID == rule.id {
                let key = caseKey(item.finding)
                if cases[key] == nil { cases[key] = Case(name: key.description) }
                cases[key]!.suppressed.append(item)
            }
            suites.append((rule, cases.keys.sorted().map { cases[$0]! }))
        }

        let total = suites.reduce(0) { $0 + $1.cases.count }
        let failures = suites.reduce(0) { $0 + $1.cases.filter { !$0.failures.isEmpty }.count }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        // Jenkins' junit-10.xsd allows no `skipped` on <testsuites> (it rejects the whole file);
        // each <testsuite> carries its own.
        xml += "<testsuites name=\"claimcheck\" tests=\"\(total)\" failures=\"\(failures)\" errors=\"0\">\n"
        for suite in suites {
            let suiteFailures = suite.cases.filter { !$0.failures.isEmpty }.count
            let suiteSkipped = suite.cases.filter {
                $0.failures.isEmpty && $0.passing.isEmpty && !$0.suppressed.isEmpty
            }.count
            xml += "  <testsuite name=\"\(attr(suite.rule.id))\" tests=\"\(suite.cases.count)\" "
                + "failures=\"\(suiteFailures)\" errors=\"0\" skipped=\"\(suiteSkipped)\">\n"
            for testCase in suite.cases {
                xml += render(testCase, rule: suite.rule, report: report)
            }
            xml += "  </testsuite>\n"
        }
        xml += "</testsuites>\n"
        return xml
    }

    func render(_ testCase: Case, rule: RuleDescription, report: Report) -> String {
        let open = "    <testcase classname=\"claimcheck.\(attr(rule.id))\" name=\"\(attr(testCase.name))\""
        if testCase.failures.isEmpty && testCase.passing.isEmpty && testCase.suppressed.isEmpty { return open + "/>\n" }
        var xml = open + ">\n"
        if !testCase.failures.isEmpty {
            let first = testCase.failures[0]
            xml += "      <failure message=\"\(attr(first.message))\" type=\"\(first.severity.rawValue)\">"
            xml += MarkupText.escape(testCase.failures.map { details($0, report: report) }.joined(separator: "\n\n"))
            xml += "</failure>\n"
        } else if testCase.passing.isEmpty, let item = testCase.suppressed.first {
            xml += "      <skipped message=\"\(attr("suppressed: " + item.suppression.reason))\"/>\n"
        }
        var out = testCase.passing.map { details($0, report: report) }
        out += testCase.suppressed.map {
            "suppressed (\($0.suppression.reason)): " + details($0.finding, report: report)
        }
        if !out.isEmpty {
            xml += "      <system-out>" + MarkupText.escape(out.joined(separator: "\n\n")) + "</system-out>\n"
        }
        return xml + "    </testcase>\n"
    }

    func details(_ finding: Finding, report: Report) -> String {
        var text = "\(finding.severity.rawValue) [\(finding.ruleID)] \(finding.message)"
        // A dashboard shows this to a person: the first few claims of each side, as in the text report.
        text += PlainClaimListing.testOutput.text(finding, in: report)
        return text
    }

    func attr(_ text: String) -> String { MarkupText.escapeAttribute(text) }

    /// The comparison groups and series the rules engine compares: keys shared by two or
    /// more claims.
    func checkedGroups(_ claimSet: ClaimSet) -> (comparison: [ComparisonKey], series: [ComparisonKey]) {
        ConflictScreen.sharedKeys(in: claimSet)
    }
}
