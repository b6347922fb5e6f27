import Testing
import ClaimModel
import ClaimRules
import ClaimReports

@Suite struct ReportDiffTests {
    func finding(_ fingerprint: String, _ severity: Severity) -> ReportedFinding {
        ReportedFinding(rule: "r", severity: severity, fingerprint: fingerprint, message: fingerprint, claims: [], json: .object([]))
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

    @Test(arguments: [
        ("{\"format\": \"claimcheck-report\", \"version\": 1,\n\"findings\": [\n{\"rule\": \"r\", \"severity\": \"fatal\", \"fingerprint\": \"f\"}]}", 3, "\"severity\" is \"fatal\""),
        ("{\"format\": \"claimcheck-report\", \"version\": 1,\n\"findings\": [\n{\"rule\": \"r\", \"severity\": \"error\"}]}", 3, "\"fingerprint\""),
        ("{\"format\": \"claimcheck-report\",\n\"version\": 7}", 2, "unsupported \"version\" 7"),
        ("{\"format\": \"claimcheck-baseline\", \"version\": 1}", 1, "a JSON report file has"),
        ("[1, 2", 1, "invalid JSON"),
    ])
    func badReportsNameFileAndLine(text: String, line: Int, message: String) throws {
        try expectBadFile("old.json", text, line: line, message: message) { path throws(InputError) in _ = try ReportReader.read(path) }
    }
}
