import Testing
import ClaimModel
import ClaimRules
import ClaimReports

@Suite struct ConfigurationTests {
    func read(_ text: String) throws -> (Configuration, [Diagnostic]) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let read = try ConfigurationFile.read(try folder.write(".claimcheck.json", text))
        return (read.configuration, read.warnings)
    }

    @Test func missingKeysTakeDefaults() throws {
        let (configuration, warnings) = try read("{}")
        #expect(warnings.isEmpty)
        #expect(configuration.disabledRules.isEmpty && configuration.severityOverrides.isEmpty)
        #expect(configuration.suppressions.isEmpty && configuration.include.isEmpty
                    && configuration.articles.folder == nil)
        #expect(configuration.engine.rules.count == RuleRegistry.all.count)
    }

    @Test func unknownKeysWarnWithTheirLine() throws {
        let (_, warnings) = try read(
            "{\n  \"version\": 1,\n  \"colour\": true,\n  \"rules\": {\"count-mismatch\": {\"enabeld\": false}}\n}")
        #expect(warnings.map(\.line) == [3, 4])
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings[1].message.contains("\"enabeld\""))
    }

    @Test(arguments: [
        ("{\n\"rules\": {\n\"count-mismach\": {}}}", 3, "did you mean \"count-mismatch\""),
        ("{\n\"rules\": {\"count-mismatch\": {\n\"severity\": \"fatal\"}}}", 3, "use one of: error, warning, info"),
        ("{\n\"rules\": {\"count-mismatch\": {\n\"enabled\": \"no\"}}}", 3, "must be true or false"),
        ("{\n\"tolerances\": {\"x\": {\n\"about\": 5}}}", 3, "between 0 and 1"),
        ("{\n\"suppressions\": [\n{\"claim\": \"a#b\"}]}", 3, "needs a \"reason\""),
        ("{\n\"suppressions\": [\n{\"claim\": \"ab\", \"reason\": \"r\"}]}", 3, "\"source-id#claim-id\""),
        ("{\n\"suppressions\": [\n{\"claim\": \"a#b\", \"fingerprint\": \"00000000000000ff\", \"reason\": \"r\"}]}", 3,
         "not both"),
        ("{\"version\": 3}", 1, "unsupported \"version\" 3"),
        ("{\"format\": \"claimcheck-claims\"}", 1, "a configuration file has \"format\": \"claimcheck-config\""),
        ("{\n\"include\": \"claims\"}", 2, "must be an array of strings"),
    ])
    func invalidValuesAreErrorsAtTheirLine(text: String, line: Int, message: String) throws {
        try expectBadFile(".claimcheck.json", text, line: line, message: message) { path throws(InputError) in
            _ = try ConfigurationFile.read(path)
        }
    }

    /// A hand-edited file is fixed in one round: every bad field, the version among them, is
    /// reported with the file and its line.
    @Test func everyBadFieldIsReportedAtOnce() throws {
        let text = """
        {"format": "claimcheck-config",
         "version": 2,
         "rules": {"count-mismach": {},
                   "hedged-conflict": {"severity": "fatal"}},
         "tolerances": {"troop-pledge-countries": {"about": 5, "slack": -1}},
         "include": "claims",
         "articles": 3,
         "suppressions": [{"claim": "ab"},
                          {"fingerprint": "00000000000000ff", "claim": "a#b", "reason": "r"}]}
        """
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(".claimcheck.json", text)
        do {
            _ = try ConfigurationFile.read(path)
            Issue.record("a configuration with ten problems was accepted")
        } catch {
            #expect(error.diagnostics.allSatisfy { $0.file == path && $0.severity == .error })
            #expect(error.diagnostics.map(\.line) == [2, 3, 4, 5, 5, 6, 7, 8, 8, 9], "\(error.diagnostics)")
            let messages = error.diagnostics.map(\.message)
            for expected in ["unsupported \"version\" 2", "unknown rule \"count-mismach\"",
                             "use one of: error, warning, info", "\"about\" is a fraction",
                             "\"slack\" must not be negative", "\"include\" must be an array",
                             "\"articles\" must be a string", "needs a \"reason\"", "\"source-id#claim-id\"",
                             "not both or neither"] {
                #expect(messages.contains { $0.contains(expected) }, "missing: \(expected)")
            }
        }
    }

    @Test func rulesCanBeDisabledAndReSeveritied() throws {
        let (configuration, _) = try read("{\"rules\": {\"count-mismatch\": {\"enabled\": false}, "
            + "\"expectation-changed\": {\"severity\": \"error\"}}}")
        let findings = configuration.engine.check(try FixtureCorpus.claimSet())
        #expect(!findings.contains { $0.ruleID == "count-mismatch" })
        #expect(findings.filter { $0.ruleID == "expectation-changed" }.allSatisfy { $0.severity == .error })
        #expect(findings.contains { $0.ruleID == "expectation-changed" })
    }

    /// A plan overtaken by a report is a note by default; a project can raise it.
    @Test func aPlanOvertakenIsANoteUnlessRaised() throws {
        let plain = RulesEngine().check(try FixtureCorpus.claimSet()).filter { $0.ruleID == "expectation-changed" }
        #expect(!plain.isEmpty && plain.allSatisfy { $0.severity == .info })
        let (configuration, _) = try read("{\"rules\": {\"expectation-changed\": {\"severity\": \"warning\"}}}")
        let raised = configuration.engine.check(try FixtureCorpus.claimSet())
            .filter { $0.ruleID == "expectation-changed" }
        #expect(raised.count == plain.count && raised.allSatisfy { $0.severity == .warning })
    }

    @Test func tolerancesChangeWhatConflicts() throws {
        // 20, 26 and "at least 31" are at most 11 apart: a slack of 11 makes them all compatible.
        let loaded = try FixtureCorpus.claimSet()
        #expect(RulesEngine().check(loaded).contains { $0.ruleID == "count-mismatch" })
        let (configuration, _) = try read("{\"tolerances\": {\"troop-pledge-countries\": {\"slack\": 11}}}")
        let claimSet = try configuration.applyTolerances(to: loaded)
        let rules = configuration.engine.check(claimSet).map(\.ruleID)
        #expect(!rules.contains("count-mismatch"))
        #expect(claimSet.attributes["troop-pledge-countries"]?.tolerance.slack == 11)
    }

    @Test func unknownAttributeInTolerancesIsAnErrorAtItsLine() throws {
        let (configuration, _) = try read("{\n\"tolerances\": {\n\"troop-pledge-country\": {\"slack\": 1}}}")
        let claimSet = try FixtureCorpus.claimSet()
        do {
            _ = try configuration.applyTolerances(to: claimSet)
            Issue.record("an unknown attribute was accepted")
        } catch {
            #expect(error.diagnostics.first?.line == 3)
            #expect(error.diagnostics.first?.message.contains("did you mean \"troop-pledge-countries\"") == true)
        }
    }

    @Test func includeAndExcludeSelectFiles() throws {
        let (configuration, _) = try read(
            "{\"include\": [\"claims/**\"], \"exclude\": [\"claims/drafts\", \"**/*-old.json\"]}")
        #expect(configuration.admits("claims/sources/a.json"))
        #expect(configuration.admits("./claims/a.json"))
        #expect(!configuration.admits("claims/drafts/a.json"))
        #expect(!configuration.admits("claims/sources/a-old.json"))
        #expect(!configuration.admits("other/a.json"))
    }

    @Test func pathPatterns() {
        #expect(PathPattern("claims/*.json").matches("claims/a.json"))
        #expect(!PathPattern("claims/*.json").matches("claims/sources/a.json"))
        #expect(PathPattern("claims/**/*.json").matches("claims/a.json"))
        #expect(PathPattern("claims/**/*.json").matches("claims/x/y/a.json"))
        #expect(PathPattern("claims/?.json").matches("claims/a.json"))
        #expect(!PathPattern("claims/?.json").matches("claims/ab.json"))
        #expect(PathPattern("claims/drafts/").matches("claims/drafts/x/y.json"))
    }
}
