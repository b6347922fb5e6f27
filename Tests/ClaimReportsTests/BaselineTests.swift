import Testing
import ClaimModel
import ClaimRules
import ClaimReports

@Suite struct BaselineTests {
    let findings: [Finding]

    init() throws { findings = RulesEngine().check(try FixtureCorpus.claimSet()) }

    @Test func acceptsEveryFindingItWasWrittenFrom() {
        let (new, outcome) = Baseline(findings: findings).compare(findings, file: "b.json")
        #expect(new.isEmpty)
        #expect(outcome.accepted.count == findings.count)
        #expect(outcome.resolved.isEmpty)
    }

    @Test func countsAreAMultiset() throws {
        let first = try #require(findings.first)
        let baseline = Baseline(findings: [first])
        // The same finding twice: one is accepted, the repeat is new.
        let (new, outcome) = baseline.compare([first, first], file: "b.json")
        #expect(new == [first])
        #expect(outcome.accepted == [first])
        // Recorded twice, found once: one occurrence resolved.
        let (_, twice) = Baseline(findings: [first, first]).compare([first], file: "b.json")
        #expect(twice.resolved.map(\.count) == [1])
    }

    @Test func matchesByFingerprintNotByLineOrMessage() throws {
        var moved = try #require(findings.first)
        let baseline = Baseline(findings: [moved])
        moved.message = "reworded entirely"
        moved.claims = moved.claims.map { var claim = $0; claim.evidence.line += 40; return claim }
        #expect(baseline.compare([moved], file: "b.json").new.isEmpty)
    }

    @Test func reportsEntriesNothingMatchesAsResolved() {
        let (_, outcome) = Baseline(findings: findings).compare(Array(findings.dropFirst()), file: "b.json")
        #expect(outcome.resolved.map(\.fingerprint) == [findings[0].fingerprint])
    }

    @Test func rewritingIsStableAndReadingRoundTrips() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/baseline.json"
        try BaselineFile.write(Baseline(findings: findings.reversed()), to: path)
        let read = try BaselineFile.read(path)
        #expect(read.baseline == Baseline(findings: findings))
        #expect(BaselineFile.render(read.baseline) == BaselineFile.render(Baseline(findings: findings)))
        #expect(read.warnings.isEmpty)
    }

    @Test(arguments: [
        ("{\"format\": \"claimcheck-baseline\", \"version\": 2, \"findings\": []}", 1, "unsupported \"version\" 2"),
        ("{\"format\": \"claimcheck-report\", \"version\": 1}", 1, "\"format\" is \"claimcheck-report\""),
        ("{\"format\": \"claimcheck-baseline\",\n \"version\": 1,\n \"findings\": [\n  {\"rule\": \"x\"}\n ]}", 4,
         "missing the required field \"fingerprint\""),
        ("{\"format\": \"claimcheck-baseline\",\n \"version\": 1,\n \"findings\": [\n"
            + "  {\"fingerprint\": \"00000000000000aa\", \"rule\": \"x\", \"count\": 0}\n ]}", 4,
         "\"count\" must be at least 1"),
        ("{\"format\": \"claimcheck-baseline\",\n \"version\": 1,\n \"findings\": [\n", 4, "invalid JSON"),
    ])
    func badBaselineNamesFileAndLine(text: String, line: Int, message: String) throws {
        try expectBadFile("baseline.json", text, line: line, message: message) { path throws(InputError) in
            _ = try BaselineFile.read(path)
        }
    }
}
