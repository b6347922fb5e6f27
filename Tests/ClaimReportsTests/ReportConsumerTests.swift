import ClaimModel
import ClaimRules
import Foundation
import Testing

@testable import ClaimReports

/// Each machine format as the program that consumes it reads it: SARIF against the official
/// 2.1.0 schema and GitHub code scanning's rules (primaryLocationLineHash, linked related
/// locations, helpUri), JUnit against Jenkins' junit-10.xsd.
@Suite struct ReportConsumerTests {
    static let fixtures = FixtureCorpus.folder

    static func sarif(_ report: Report) throws -> JSONValue {
        try JSONParser.parse(SARIFReporter().generateReport(report))
    }

    static func schema() throws -> JSONSchemaCheck {
        JSONSchemaCheck(
            root: try JSONParser.parse(String(contentsOfFile: fixtures + "/sarif-schema-2.1.0.json", encoding: .utf8)))
    }

    static func results(_ sarif: JSONValue) -> [JSONValue] {
        sarif["runs"]?.arrayValue?.first?["results"]?.arrayValue ?? []
    }

    @Test(arguments: FixtureCorpus.Scenario.allCases)
    func sarifValidatesAgainstTheOfficialSchema(_ scenario: FixtureCorpus.Scenario) throws {
        let problems = try Self.schema().problems(in: Self.sarif(try FixtureCorpus.report(scenario)))
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    /// The validator can fail: a log without its version, and a result with a bad level.
    @Test func schemaCheckRejectsAnInvalidLog() throws {
        let bad = try JSONParser.parse(
            #"{"runs": [{"tool": {"driver": {"name": "x"}}, "#
                + #""results": [{"message": {"text": "m"}, "level": "fatal"}]}]}"#
        )
        let problems = try Self.schema().problems(in: bad)
        #expect(problems.contains("$: missing required version"))
        #expect(problems.contains { $0.hasPrefix("$.runs[0].results[0].level") })
    }

    /// GitHub reads only primaryLocationLineHash: it must follow the claims, not their lines.
    @Test func lineHashIsTheFindingsIdentityAndSurvivesMovedLines() throws {
        let report = try FixtureCorpus.report(.plain)
        var moved = report
        moved.findings = report.findings.map { finding in
            var finding = finding
            finding.claims = finding.claims.map {
                var claim = $0
                claim.evidence.line += 40
                return claim
            }
            return finding
        }
        func hashes(_ report: Report) throws -> [String] {
            try Self.results(Self.sarif(report)).map {
                $0["partialFingerprints"]?["primaryLocationLineHash"]?.stringValue ?? ""
            }
        }
        #expect(try hashes(report) == report.findings.map { $0.fingerprint + ":1" })
        #expect(try hashes(moved) == hashes(report))
        let lines = try Self.results(Self.sarif(moved)).compactMap {
            $0["locations"]?.arrayValue?.first?["physicalLocation"]?["region"]?["startLine"]?.numberValue
        }
        #expect(lines == report.findings.map { Double($0.claims[0].evidence.line + 40) })
    }

    /// Related locations show on GitHub only when the message links them as `[text](id)`.
    @Test func everyRelatedLocationIsLinkedFromTheMessage() throws {
        let results = Self.results(try Self.sarif(try FixtureCorpus.report(.plain)))
        #expect(results.contains { !($0["relatedLocations"]?.arrayValue ?? []).isEmpty })
        for result in results {
            let message = result["message"]?["text"]?.stringValue ?? ""
            for related in result["relatedLocations"]?.arrayValue ?? [] {
                let id = Int(related["id"]?.numberValue ?? -1)
                #expect(message.contains("](\(id))"), "related location \(id) is not linked: \(message)")
            }
        }
    }

    /// Each rule links to its README section, which exists as a heading (GitHub's anchor).
    @Test func rulesLinkToTheirReadmeSection() throws {
        let published = "https://example.org/newsroom/claims/blob/abc123/README.md"
        let log = try JSONParser.parse(SARIFReporter(readme: published)
            .generateReport(try FixtureCorpus.report(.plain)))
        let rules = log["runs"]?.arrayValue?.first?["tool"]?["driver"]?["rules"]?.arrayValue ?? []
        #expect(rules.count == RuleRegistry.all.count)
        let readme = try String(contentsOfFile: FixtureCorpus.folder + "/../../../README.md", encoding: .utf8)
        for rule in rules {
            let id = rule["id"]?.stringValue ?? ""
            #expect(rule["helpUri"]?.stringValue == published + "#" + id)
            #expect(readme.contains("\n#### `\(id)`\n"), "README has no heading for \(id)")
        }
    }

    /// Without a published README the log links nowhere rather than to a guessed address.
    @Test func rulesCarryNoLinkWhenTheReadmeIsNotPublished() throws {
        let rules =
            try Self.sarif(try FixtureCorpus.report(.plain))["runs"]?.arrayValue?.first?["tool"]?["driver"]?["rules"]?
            .arrayValue ?? []
        #expect(!rules.isEmpty)
        #expect(rules.allSatisfy { $0["helpUri"] == nil && $0["help"]?["text"]?.stringValue?.isEmpty == false })
    }

    // MARK: JUnit

    /// The attributes junit-10.xsd allows on each element (everything else makes Jenkins
    /// reject the file), and those it requires.
    static let allowed: [String: (allowed: Set<String>, required: Set<String>)] = [
        "testsuites": (["name", "time", "tests", "failures", "errors"], []),
        "testsuite": (
            [
                "name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp", "hostname", "id",
                "package", "file", "log", "url", "version",
            ], ["name", "tests", "failures", "errors"]
        ),
        "testcase": (["name", "time", "classname", "group"], ["name"]),
        "failure": (["type", "message"], []), "skipped": (["type", "message"], []), "system-out": ([], []),
    ]

    /// Opening tags with their attribute names, from the XML text.
    static func tags(_ xml: String) -> [(name: String, attributes: [String])] {
        let tag = try! NSRegularExpression(pattern: "<([a-z-]+)((?:\\s+[a-zA-Z-]+=\"[^\"]*\")*)\\s*/?>")
        let attribute = try! NSRegularExpression(pattern: "([a-zA-Z-]+)=\"")
        let text = xml as NSString
        return tag.matches(in: xml, range: NSRange(location: 0, length: text.length)).map { match in
            let attributes = text.substring(with: match.range(at: 2))
            let names = attribute.matches(
                in: attributes, range: NSRange(location: 0, length: (attributes as NSString).length)
            )
            .map { (attributes as NSString).substring(with: $0.range(at: 1)) }
            return (text.substring(with: match.range(at: 1)), names)
        }
    }

    @Test(arguments: FixtureCorpus.Scenario.allCases)
    func junitHasTheStructureJenkinsDemands(_ scenario: FixtureCorpus.Scenario) throws {
        let xml = JUnitReporter().generateReport(try FixtureCorpus.report(scenario))
        let tags = Self.tags(xml)
        #expect(tags.first?.name == "testsuites")
        for tag in tags {
            let rule = try #require(Self.allowed[tag.name], "element \(tag.name) is not in junit-10.xsd")
            #expect(Set(tag.attributes).isSubset(of: rule.allowed), "\(tag.name): \(tag.attributes)")
            #expect(rule.required.isSubset(of: Set(tag.attributes)), "\(tag.name) lacks \(rule.required)")
        }
        #expect(tags.filter { $0.name == "testsuite" }.count == RuleRegistry.all.count)
    }

    /// A rule's suite lists only groups whose attribute the rule can judge.
    @Test func junitSuitesListOnlyGroupsTheRuleAppliesTo() throws {
        let report = try FixtureCorpus.report(.plain)
        let xml = JUnitReporter().generateReport(report)
        var suite = ""
        var listed: [String: [String]] = [:]
        let pattern = try NSRegularExpression(
            pattern: "<testsuite name=\"([^\"]+)\"|<testcase classname=\"[^\"]+\" name=\"([^\"]+)\"")
        for match in pattern.matches(in: xml, range: NSRange(location: 0, length: (xml as NSString).length)) {
            if match.range(at: 1).location != NSNotFound {
                suite = (xml as NSString).substring(with: match.range(at: 1))
                continue
            }
            listed[suite, default: []].append((xml as NSString).substring(with: match.range(at: 2)))
        }
        for rule in RuleRegistry.all {
            for name in listed[rule.description.id] ?? [] {
                let attribute = try #require(report.claimSet.attributes[String(name.split(separator: "/")[1])])
                #expect(rule.applies(to: attribute), "\(rule.description.id) lists \(name)")
            }
        }
        // The fixture has count and attendance groups: the count rule lists the first only.
        #expect(listed["count-mismatch"]?.allSatisfy { $0.contains("/troop-pledge-countries/") } == true)
        #expect(listed["category-conflict"]?.contains { $0.contains("/attendance-mode/") } == true)
        #expect(listed["flag-conflict"] == nil, "the fixture has no flag attribute")
    }

    static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Jenkins' own schema, by xmllint (Debian's libxml2-utils, installed by `.ci/run`).
    @Test(arguments: FixtureCorpus.Scenario.allCases)
    func junitValidatesAgainstJenkinsSchemaWithXmllint(_ scenario: FixtureCorpus.Scenario) throws {
        guard let xmllint = Self.xmllint else {
            print(
                "skipped: xmllint is not installed (apt-get install libxml2-utils); "
                    + "the structural JUnit checks still ran"
            )
            return
        }
        let file = NSTemporaryDirectory() + "claimcheck-junit-\(UUID().uuidString).xml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try JUnitReporter().generateReport(try FixtureCorpus.report(scenario)).write(
            toFile: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", "--schema", Self.fixtures + "/junit-10.xsd", file]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
        #expect(message.contains("validates"), "\(message)")
    }
}
