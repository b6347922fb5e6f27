import Foundation
import Testing
import ClaimRules
import ClaimModel

/// The command-line contract: exit codes, streams, help, atomic output, bad input.
@Suite("Command line")
struct CommandLineTests {
    static let registries: [(String, String)] = [
        ("entities.json", #"{"format": "claimcheck-entities", "version": 1, "entities": "# +
                          #"[{"id": "bloc", "name": "The Bloc", "kind": "group"}]}"#),
        ("events.json", #"{"format": "claimcheck-events", "version": 1, "events": "# +
                        #"[{"id": "meeting", "name": "Meeting", "start": "2024-03-01"}]}"#),
        ("attributes.json", #"{"format": "claimcheck-attributes", "version": 1, "attributes": "# +
                            #"[{"id": "members", "name": "Members", "kind": "count", "units": ["countries"]}]}"#),
    ]

    static func folder(claims: [String]) -> ScratchFolder {
        let folder = ScratchFolder()
        for (name, text) in registries { folder.write("claims/" + name, text) }
        for (index, claim) in claims.enumerated() {
            folder.write("claims/sources/s\(index).json", """
            {"format": "claimcheck-claims", "version": 1,
             "source": {"id": "s\(index)", "outlet": "Outlet \(index)", "published": "2024-03-02", "file": \
            "a\(index).txt"},
             "claims": [
               \(claim)
             ]}
            """)
        }
        return folder
    }

    static func claim(_ value: Int) -> String {
        #"{"id": "c", "subject": "bloc", "attribute": "members", "value": \#(value), "event": "meeting", "# +
            #""evidence": {"line": 7}}"#
    }

    /// In a GitHub Actions run, SARIF rules link to the README of the commit being checked;
    /// elsewhere they carry no link, and the environment can name the README explicitly.
    @Test func sarifRulesLinkToTheReadmeTheRunKnows() throws {
        let folder = Self.folder(claims: [Self.claim(12)])
        let actions = ["GITHUB_SERVER_URL": "https://github.example", "GITHUB_REPOSITORY": "desk/claims",
                       "GITHUB_SHA": "0123abc", "CLAIMCHECK_README_URL": ""]
        let inActions = try ToolRunner.run(["check", "--format", "sarif"], in: folder.path, environment: actions)
        #expect(inActions.code == 0)
        #expect(inActions.stdout.contains(
            #""helpUri": "https://github.example/desk/claims/blob/0123abc/README.md#count-mismatch""#))
        var explicit = actions
        explicit["CLAIMCHECK_README_URL"] = "https://docs.example/claimcheck.md"
        let named = try ToolRunner.run(["check", "--format", "sarif"], in: folder.path, environment: explicit)
        #expect(named.stdout.contains(#""helpUri": "https://docs.example/claimcheck.md#count-mismatch""#))
        let unset = ["GITHUB_SERVER_URL": "", "GITHUB_REPOSITORY": "", "GITHUB_SHA": "", "CLAIMCHECK_README_URL": ""]
        let plain = try ToolRunner.run(["check", "--format", "sarif"], in: folder.path, environment: unset)
        #expect(plain.code == 0)
        #expect(!plain.stdout.contains("helpUri"))
    }

    @Test func agreeingClaimsExitZeroWithAPassingSummary() throws {
        let folder = Self.folder(claims: [Self.claim(12), Self.claim(12)])
        let outcome = try ToolRunner.run(["check"], in: folder.path)
        #expect(outcome.code == 0)
        #expect(outcome.stdout == "0 errors, 0 warnings, 0 notes in 2 claims from 2 sources. check passed.\n")
        #expect(outcome.stderr.isEmpty)
    }

    @Test func contradictingClaimsExitOne() throws {
        let folder = Self.folder(claims: [Self.claim(12), Self.claim(15)])
        let outcome = try ToolRunner.run(["check", "claims"], in: folder.path)
        #expect(outcome.code == 1)
        #expect(outcome.stdout.contains("error [count-mismatch] The Bloc · members · Meeting (1 Mar 2024): 12 " +
                                        "countries from Outlet 0 cannot hold with 15 countries from Outlet 1."))
        #expect(outcome.stdout.contains("a0.txt:7"))
        #expect(outcome.stdout.contains("a1.txt:7"))
    }

    @Test func badInputExitsTwoNamingFileAndLineAndWritesNothingToStdout() throws {
        let folder = Self.folder(claims: [Self.claim(12).replacingOccurrences(of: "\"bloc\"", with: "\"blok\"")])
        let outcome = try ToolRunner.run(["check", "claims"], in: folder.path)
        #expect(outcome.code == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "error: claims/sources/s0.json:4: unknown entity \"blok\" in \"subject\"; add it " +
                                  "to entities.json or correct the id\n")
    }

    @Test func malformedJSONExitsTwoWithTheLine() throws {
        let folder = Self.folder(claims: [Self.claim(12)])
        folder.write("claims/sources/s0.json", "{\n  \"format\": \"claimcheck-claims\",\n  \"claims\": [}\n")
        let outcome = try ToolRunner.run(["check"], in: folder.path)
        #expect(outcome.code == 2)
        #expect(outcome.stderr.hasPrefix("error: claims/sources/s0.json:3: invalid JSON: unexpected character '}'"))
    }

    @Test func warningsGoToStandardErrorAndDoNotFail() throws {
        let folder = Self.folder(claims: [Self.claim(12).replacingOccurrences(of: "\"id\": \"c\"",
                                                                              with: "\"id\": \"c\", \"colour\": " +
                                                                                    "\"red\"")])
        let outcome = try ToolRunner.run(["check"], in: folder.path)
        #expect(outcome.code == 0)
        #expect(outcome.stderr == "warning: claims/sources/s0.json:4: unknown field \"colour\" in a claim is ignored\n")
    }

    @Test func outputIsWrittenToTheFileAndNotToStdout() throws {
        let folder = Self.folder(claims: [Self.claim(12), Self.claim(15)])
        let outcome = try ToolRunner.run(["check", "--format", "json", "--output", "report.json"], in: folder.path)
        #expect(outcome.code == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("wrote report.json"))
        let report = try JSONParser.parse(String(contentsOfFile: folder.path + "/report.json", encoding: .utf8))
        #expect(report["summary"]?["errors"]?.numberValue == 1)
        // No temporary file is left beside the report.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["claims", "report.json"])
    }

    @Test func anOutputInAMissingFolderIsBadInputAndLeavesNoFile() throws {
        let folder = Self.folder(claims: [Self.claim(12)])
        let outcome = try ToolRunner.run(["check", "--output", "missing/report.txt"], in: folder.path)
        #expect(outcome.code == 2)
        #expect(outcome.stderr == "error: missing/report.txt: cannot write the report: the folder missing does not " +
                                  "exist\n")
    }

    @Test func strictMakesWarningsFail() throws {
        let folder = Self.folder(claims: [Self.claim(12), Self.claim(15).replacingOccurrences(of: "\"event\"",
            with: "\"modality\": \"hedged\", \"event\"")])
        #expect(try ToolRunner.run(["check"], in: folder.path).code == 0)
        #expect(try ToolRunner.run(["check", "--strict"], in: folder.path).code == 1)
    }

    @Test func aMissingPathIsBadInput() throws {
        let outcome = try ToolRunner.run(["check", "no-such-folder"], in: NSTemporaryDirectory())
        #expect(outcome.code == 2)
        #expect(outcome.stderr == "error: no-such-folder: no such file or folder\n")
    }

    @Test func usageErrorsExitSixtyFourWithUsage() throws {
        let outcome = try ToolRunner.run(["check", "--fromat", "json"])
        #expect(outcome.code == 64)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.hasPrefix("Error: unknown option '--fromat'; did you mean '--format'?\nUsage: " +
                                         "claimcheck check [<path> ...] [<options>]\n"))
        #expect(try ToolRunner.run(["chekc"]).stderr.hasPrefix("Error: unknown subcommand 'chekc'; did you mean " +
                                                               "'check'?"))
        #expect(try ToolRunner.run(["chekc"]).code == 64)
        #expect(try ToolRunner.run(["check", "--format", "yaml"]).code == 64)
    }

    @Test(arguments: [["--help"], ["check", "--help"], ["rules", "--help"], ["help", "check"]])
    func helpIsAvailableForEveryCommand(arguments: [String]) throws {
        let outcome = try ToolRunner.run(arguments)
        #expect(outcome.code == 0)
        #expect(outcome.stdout.hasPrefix("OVERVIEW: "))
        #expect(outcome.stdout.contains("\nUSAGE: claimcheck"))
        #expect(outcome.stdout.contains("\nOPTIONS:\n"))
    }

    @Test func versionPrintsTheVersion() throws {
        let outcome = try ToolRunner.run(["--version"])
        #expect(outcome.code == 0)
        #expect(outcome.stdout == "0.1.0\n")
    }

    @Test func formatHelpSaysTheDefault() throws {
        let check = try ToolRunner.run(["check", "--help"])
        #expect(check.stdout.contains("(text|json|markdown|html|sarif|junit|github) (default: text)"),
                "\(check.stdout)")
        let diff = try ToolRunner.run(["diff", "--help"])
        #expect(diff.stdout.contains("(default: text)"), "\(diff.stdout)")
    }

    @Test func rulesListsEveryRuleWithItsExamples() throws {
        let outcome = try ToolRunner.run(["rules"])
        #expect(outcome.code == 0)
        // Every rule of the registry, so a new rule needs no edit here.
        for id in RuleRegistry.ids {
            #expect(outcome.stdout.contains("\n\(id) (") || outcome.stdout.hasPrefix("\(id) ("), "\(id) missing")
        }
        #expect(outcome.stdout.contains("Fires on:"))
        #expect(outcome.stdout.contains("Stays quiet on:"))
    }

    @Test func theReadmeRuleSectionMatchesTheCatalog() throws {
        let readme = try String(contentsOfFile: ToolRunner.packageRoot + "/README.md", encoding: .utf8)
        let markdown = try ToolRunner.run(["rules", "--markdown"]).stdout
        #expect(readme.contains("<!-- rules:begin -->\n" + markdown + "<!-- rules:end -->"),
                "README's rule section is stale: regenerate it with `claimcheck rules --markdown`")
    }
}
