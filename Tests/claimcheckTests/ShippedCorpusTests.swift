import Foundation
import Testing
import ClaimModel

/// What must hold on the shipped corpus (issue 2). Each test runs the built binary on
/// claims/ and reads the JSON report, matching claims by article file and line, which is
/// what a fact-checker would quote.
@Suite("The shipped corpus", .serialized)
struct ShippedCorpusTests {
    struct ReportedClaim {
        var source: String, speaker: String, value: JSONValue, modality: String, file: String, line: Int
    }
    struct ReportedFinding {
        var rule: String, severity: String, subject: String, attribute: String, event: String?, claims: [ReportedClaim]
        func has(file: String, line: Int) -> Bool { claims.contains { $0.file.hasPrefix(file) && $0.line == line } }
    }

    static func findings() throws -> [ReportedFinding] {
        let outcome = try ToolRunner.run(["check", "claims", "--format", "json"])
        #expect(outcome.code == 1, "the shipped corpus holds a known contradiction: \(outcome.stderr)")
        let report = try JSONParser.parse(outcome.stdout)
        return try #require(report["findings"]?.arrayValue).map { finding in
            ReportedFinding(
                rule: finding["rule"]!.stringValue!, severity: finding["severity"]!.stringValue!,
                subject: finding["subject"]!.stringValue!, attribute: finding["attribute"]!.stringValue!,
                event: finding["event"]?.stringValue,
                claims: finding["claims"]!.arrayValue!.map { id in
                    let claim = report["claims"]![id.stringValue!]!
                    return ReportedClaim(source: claim["source"]!.stringValue!, speaker: claim["speaker"]!.stringValue!,
                                  value: claim["value"]!, modality: claim["modality"]!.stringValue!,
                                  file: claim["evidence"]!["file"]!.stringValue!,
                                      line: Int(claim["evidence"]!["line"]!.numberValue!))
                })
        }
    }

    /// The committed baseline was written with version 1 reports; fingerprints are the same in
    /// version 2, so it still accepts every finding of the shipped corpus, and the JSON report
    /// of that check is version 2 with nothing in it.
    @Test func theCommittedBaselineStillGatesTheShippedCorpus() throws {
        let outcome = try ToolRunner.run(["check", "claims", "--baseline", "reports/baseline.json"])
        #expect(outcome.code == 0, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stdout.contains("0 errors, 0 warnings, 0 notes in 88 claims from 5 sources (5 accepted by " +
                                        "the baseline)"))
        let json = try ToolRunner.run(["check", "claims", "--baseline", "reports/baseline.json", "--format", "json"])
        let report = try JSONParser.parse(json.stdout)
        #expect(report["version"]?.numberValue == 2)
        #expect(report["findings"]?.arrayValue?.isEmpty == true)
        #expect(report["summary"]?["accepted"]?.numberValue == 5)
    }

    @Test func macronsTwentySixAndTwentyAreAnErrorNamingBothArticlesAndLines() throws {
        let errors = try Self.findings().filter { $0.severity == "error" && $0.attribute == "troop-pledge-countries" }
        let macron = errors.filter { ["speaker-inconsistency", "count-mismatch"].contains($0.rule)
            && $0.event == "paris-summit-2025-09-04" }
        let selfContradiction = try #require(macron.first { finding in
            finding.claims.contains { $0.speaker == "emmanuel-macron" && $0.value == .number(20)
                && $0.file.hasPrefix("002_") && $0.line == 9 }
                && finding.claims.contains { $0.speaker == "emmanuel-macron" && $0.value == .number(26) }
        })
        #expect(selfContradiction.rule == "speaker-inconsistency")
        #expect(selfContradiction.has(file: "002_", line: 4) || selfContradiction.has(file: "003_", line: 10))
    }

    @Test func theTextReportShowsTheErrorWithBothEvidenceLines() throws {
        let outcome = try ToolRunner.run(["check", "claims"])
        #expect(outcome.code == 1)
        let block = outcome.stdout.components(separatedBy: "\n\n").first {
            $0.contains("error [speaker-inconsistency]") } ?? ""
        #expect(block.contains("Emmanuel Macron"))
        #expect(block.contains("002_795e1964be4e6087.txt:9"))
        #expect(block.contains("002_795e1964be4e6087.txt:4"))
        #expect(outcome.stdout.contains(" in 88 claims from 5 sources. check failed"))
    }

    @Test func merzRemoteInSeptemberAndInPersonInJanuaryIsAShiftNotAnError() throws {
        let merz = try Self.findings().filter { $0.subject == "friedrich-merz" && $0.attribute == "attendance-mode" }
        #expect(merz.map(\.rule) == ["shift-across-events"])
        #expect(merz.first?.severity == "info")
        #expect(merz.first?.has(file: "001_", line: 17) == true)
    }

    @Test func moreThanTwoDozenAgainst26IsNoFinding() throws {
        // AFP's "more than two dozen" (003 line 2) may only appear beside Macron's 20.
        for finding in try Self.findings() where finding.has(file: "003_", line: 2) {
            #expect(finding.claims.contains { $0.value == .number(20) }, "unexpected: \(finding)")
        }
    }

    @Test func moreThanThirtyInSeptemberAgainst35InJanuaryIsNoError() throws {
        let participants = try Self.findings().filter { $0.attribute == "participant-countries" }
        #expect(participants.allSatisfy { $0.severity == "info" })
    }

    @Test func merzExpectedOnlineAndReportedOnVideoLinkAgree() throws {
        let expectations = try Self.findings().filter { $0.rule == "expectation-not-met"
            && $0.subject == "friedrich-merz" }
        #expect(expectations.isEmpty)
    }

    @Test func ruttesMayAlsoTakePartConflictsWithNothing() throws {
        #expect(try Self.findings().filter { $0.subject == "mark-rutte" }.isEmpty)
    }

    @Test func anArticleRepeatingItsBodyDoesNotContradictItself() throws {
        for finding in try Self.findings() {
            let afp = finding.claims.filter { $0.source == "afp-2025-09-04" }
            let distinct = Set(afp.map { "\($0.speaker)|\(JSONWriter.write($0.value, pretty: false))|\($0.modality)" })
            #expect(distinct.count == afp.count, "AFP's repeated body counted twice in \(finding.rule)")
        }
    }

    @Test func checkNeverWritesIntoTheClaimsFolder() throws {
        let before = ScratchFolder.snapshot(ToolRunner.packageRoot + "/claims")
        _ = try ToolRunner.run(["check", "claims", "--format", "json"])
        _ = try ToolRunner.run(["check"])
        #expect(ScratchFolder.snapshot(ToolRunner.packageRoot + "/claims") == before)
    }

    @Test func theSameInputGivesByteIdenticalReports() throws {
        let first = try ToolRunner.run(["check", "claims", "--format", "json"])
        let second = try ToolRunner.run(["check", "claims", "--format", "json"])
        #expect(first.stdout == second.stdout)
        let text1 = try ToolRunner.run(["check", "claims"]), text2 = try ToolRunner.run(["check", "claims"])
        #expect(text1.stdout == text2.stdout)
    }
}
