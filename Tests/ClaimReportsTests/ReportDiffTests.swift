import Testing
import ClaimModel
import ClaimRules
import ClaimReports

@Suite struct ReportDiffTests {
    func finding(_ fingerprint: String, _ severity: Severity) -> ReportedFinding {
        ReportedFinding(rule: "r", severity: severity, fingerprint: fingerprint, message: fingerprint, claims: [],
                        json: .object([]))
    }

    @Test func sortsFindingsIntoNewResolvedUnchangedAndSeverityChanged() {
        let old = [finding("a", .error), finding("b", .warning), finding("c", .info), finding("d", .error)]
        let new = [finding("a", .error), finding("b", .error), finding("e", .warning), finding("e", .error)]
        let diff = ReportDiff(old: old, new: new)
        #expect(diff.unchanged.map(\.fingerprint) == ["a"])
        #expect(diff.severityChanged.map { "\($0.old.severity)->\($0.new.severity)" } == ["warning->error"])
        #expect(diff.new.map(\.fingerprint) == ["e", "e"])
        #expect(diff.resolved.map(\.fingerprint) == ["c", "d"])
        // Failing: the new error, and the warning that became an error; not the new warning.
        #expect(diff.failing(strict: false).map(\.fingerprint) == ["e", "b"])
        #expect(diff.failing(strict: true).map(\.fingerprint) == ["e", "e"])
    }

    @Test func countsRepeatsAsAMultiset() {
        let diff = ReportDiff(old: [finding("a", .error)], new: [finding("a", .error), finding("a", .error)])
        #expect(diff.unchanged.count == 1 && diff.new.count == 1)
        let back = ReportDiff(old: [finding("a", .error), finding("a", .error)], new: [finding("a", .error)])
        #expect(back.resolved.count == 1 && back.failing(strict: false).isEmpty)
    }

    @Test func readsWhatTheJSONReporterWrites() throws {
        let report = try FixtureCorpus.report(.plain)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("report.json", JSONReporter().generateReport(report))
        let read = try ReportReader.read(path)
        #expect(read.map(\.fingerprint) == report.findings.map(\.fingerprint))
        #expect(read.map(\.severity) == report.findings.map(\.severity))
        #expect(read.first?.claims.map(\.stableID) == report.findings.first?.claims.map(\.stableID))
        #expect(ReportDiff(old: read, new: read).new.isEmpty)
    }

    /// Versions 1 and 2 of one check read back to the same findings with the same claims, and
    /// a diff across the versions finds nothing new or resolved.
    @Test func readsBothVersionsToTheSameFindings() throws {
        let report = try FixtureCorpus.report(.bookkeeping)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let one = try ReportReader.read(try folder.write("v1.json", JSONReporter(version: 1).generateReport(report)))
        let two = try ReportReader.read(try folder.write("v2.json", JSONReporter(version: 2).generateReport(report)))
        #expect(!one.isEmpty)
        #expect(one.map(\.fingerprint) == two.map(\.fingerprint))
        #expect(one.map(\.claims) == two.map(\.claims))
        #expect(one.map(\.message) == two.map(\.message))
        // The diff's own output shows a version 2 finding's claims written out, as version 1 has them.
        let claimsOfOne = one.map { $0.json["claims"]?.arrayValue?.map { $0["id"]?.stringValue } }
        let claimsOfTwo = two.map { $0.json["claims"]?.arrayValue?.map { $0["id"]?.stringValue } }
        #expect(claimsOfOne == claimsOfTwo)
        let diff = ReportDiff(old: one, new: two)
        #expect(diff.new.isEmpty && diff.resolved.isEmpty && diff.unchanged.count == one.count)
    }

    /// Each claim once: a version 2 report names a claim shared by several findings once.
    @Test func versionTwoWritesASharedClaimOnce() throws {
        let report = try FixtureCorpus.report(.bookkeeping)
        let named = report.findings.flatMap(\.claims).map(\.stableID)
        let json = try JSONParser.parse(JSONReporter().generateReport(report))
        let table = try #require(json["claims"]?.objectMembers)
        #expect(table.map(\.key) == Set(named + report.suppressed.flatMap(\.finding.claims).map(\.stableID)).sorted())
        #expect(table.allSatisfy { $0.value["statement"]?["kind"]?.stringValue == "paraphrase" })
        #expect(table.allSatisfy { $0.value["quote"] != nil })
    }

    @Test(arguments: [
        ("{\"format\": \"claimcheck-report\", \"version\": 2,\n\"claims\": [],\n\"findings\": []}", 2,
         "\"claims\" must be an object"),
        ("{\"format\": \"claimcheck-report\", \"version\": 2,\n\"findings\": [\n"
            + "{\"rule\": \"r\", \"severity\": \"error\", \"fingerprint\": \"f\", \"claims\": [{}]}]}", 1,
         "missing \"claims\""),
        ("{\"format\": \"claimcheck-report\", \"version\": 2, \"claims\": {},\n\"findings\": [\n"
            + "{\"rule\": \"r\", \"severity\": \"error\", \"fingerprint\": \"f\", \"claims\": [{}]}]}", 3,
         "must be a claim id"),
        ("{\"format\": \"claimcheck-report\", \"version\": 2, \"claims\": {\n"
            + "\"a#b\": {\"id\": \"c\", \"source\": \"a\"}},\n\"findings\": []}", 2,
         "claim \"a#b\" describes \"a#c\""),
        ("{\"format\": \"claimcheck-report\", \"version\": 1,\n\"findings\": [\n"
            + "{\"rule\": \"r\", \"severity\": \"fatal\", \"fingerprint\": \"f\"}]}", 3, "\"severity\" is \"fatal\""),
        ("{\"format\": \"claimcheck-report\", \"version\": 1,\n\"findings\": [\n"
            + "{\"rule\": \"r\", \"severity\": \"error\"}]}", 3, "\"fingerprint\""),
        ("{\"format\": \"claimcheck-report\",\n\"version\": 7}", 2, "unsupported \"version\" 7"),
        ("{\"format\": \"claimcheck-baseline\", \"version\": 1}", 1, "a JSON report file has"),
        ("[1, 2", 1, "invalid JSON"),
    ])
    func badReportsNameFileAndLine(text: String, line: Int, message: String) throws {
        try expectBadFile("old.json", text, line: line, message: message) { path throws(InputError) in
            _ = try ReportReader.read(path)
        }
    }
}
