import Testing
import ClaimModel
import ClaimRules
@testable import ClaimReports

@Suite("Text and JSON reports")
struct TextAndJSONReporterTests {
    static func report(strict: Bool = false, statement: String? = nil) -> Report {
        var set = ExampleCatalog.claimSet(for: [
            .pledge(.exactly(26), by: "macron", in: "outlet-b"), .pledge(.exactly(20), in: "outlet-c"),
            // A preview published after the report it contradicts: a warning.
            .attendance("video-link", in: "outlet-a"), .attendance("in-person", in: "outlet-c", .expected),
        ])
        if let statement { set.claims[0].statement = statement }
        return Report(findings: RulesEngine().check(set), claimSet: set, strict: strict)
    }

    @Test func textGroupsBySeverityAndShowsBothSidesWithEvidence() {
        let text = TextReporter().generateReport(Self.report())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Errors (1)")
        #expect(lines.contains("Warnings (1)"))
        #expect(text.contains("error [count-mismatch] Coalition of the willing · countries pledging troops · "
                              + "Paris summit (4 Sep 2025): 26 countries from Emmanuel Macron (Outlet B) cannot hold "
                              + "with 20 countries from Outlet C."))
        #expect(text.contains("  ▸ 26 countries  Emmanuel Macron, reported speech, asserted  "
                              + "Outlet B, 4 Sep 2025  outlet-b.txt:1\n      paraphrase: example claim 1\n"))
        // A statement is the curator's words, not the article's: never in quote marks.
        #expect(!text.contains("“"), "a statement was shown as a quotation")
        #expect(text.contains("    20 countries  narrator, asserted                          "
                              + "Outlet C, 5 Sep 2025  outlet-c.txt:2"))
        #expect(lines.last(where: { !$0.isEmpty }) == "1 error, 1 warning, 0 notes in 4 claims from 5 sources. check "
            + "failed: 1 finding fails.")
        #expect(!text.contains("\u{1B}["), "no colour unless asked")
    }

    @Test func strictMakesWarningsFail() {
        #expect(Self.report().summary.failing == 1)
        #expect(Self.report(strict: true).summary.failing == 2)
    }

    @Test func colourIsOnlyAddedWhenAsked() {
        let coloured = TextReporter(colour: true).generateReport(Self.report())
        #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    @Test func claimTextCannotSmuggleTerminalEscapes() {
        let hostile = "clear \u{1B}[2J screen \u{9B}31m and\nnewline"
        let text = TextReporter().generateReport(Self.report(statement: hostile))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{9B}"))
        #expect(text.contains("clear \u{FFFD}[2J screen \u{FFFD}31m and\u{FFFD}newline"))
    }

    @Test func jsonHasTheContractShape() throws {
        let json = try JSONParser.parse(JSONReporter().generateReport(Self.report()))
        #expect(json.objectMembers?.map(\.key) == ["format", "version", "summary", "claims", "findings"])
        #expect(json["format"]?.stringValue == "claimcheck-report")
        #expect(json["version"]?.numberValue == 2)
        #expect(json["summary"]?["errors"]?.numberValue == 1)
        #expect(json["summary"]?["failing"]?.numberValue == 1)
        let finding = try #require(json["findings"]?.arrayValue?.first)
        #expect(finding.objectMembers?.map(\.key)
                    == ["rule", "severity", "fingerprint", "message", "subject", "attribute", "event", "claims"])
        #expect(finding["rule"]?.stringValue == "count-mismatch")
        #expect(finding["event"]?.stringValue == "summit-sep")
        // Version 2: a finding names its claims by stable id; each is described once.
        let id = try #require(finding["claims"]?.arrayValue?.first?.stringValue)
        let claim = try #require(json["claims"]?[id])
        #expect(claim.objectMembers?.map(\.key)
                    == ["id", "source", "speaker", "value", "modality", "evidence", "quote", "statement"])
        #expect("\(claim["source"]?.stringValue ?? "")#\(claim["id"]?.stringValue ?? "")" == id)
        #expect(claim["value"]?.numberValue == 26)
        #expect(claim["speaker"]?.stringValue == "macron")
        #expect(claim["evidence"]?["file"]?.stringValue == "outlet-b.txt")
        #expect(claim["evidence"]?["line"]?.numberValue == 1)
        let named = Set((json["findings"]?.arrayValue ?? []).flatMap { $0["claims"]?.arrayValue ?? [] }
            .compactMap(\.stringValue))
        #expect(json["claims"]?.objectMembers?.map(\.key) == named.sorted())
    }

    /// The claim table tells claims apart by source and id (`ListedClaims`); two that spell
    /// one stable id (source ids with "#", only in claim sets built in code) are one entry,
    /// the first listed, and every finding names it by that id.
    @Test func jsonListsEachStableIDOnceHoweverItIsSpelled() throws {
        let base = ExampleCatalog.claimSet(for: [.pledge(.exactly(26), in: "outlet-b"),
                                                 .pledge(.exactly(20), in: "outlet-c")])
        var claims = base.claims
        (claims[0].sourceID, claims[0].id) = ("a#b", "c")
        (claims[1].sourceID, claims[1].id) = ("a", "b#c")
        var other = claims[0]
        (other.sourceID, other.id) = ("outlet-d", "d")
        let key = ComparisonKey(claims[0], attribute: nil)
        let findings = [Finding(ruleID: "count-mismatch", severity: .error, message: "one", key: key,
                                claims: [other, claims[1]]),
                        Finding(ruleID: "count-mismatch", severity: .error, message: "two", key: key, claims: claims)]
        let json = try JSONParser.parse(JSONReporter().generateReport(Report(findings: findings, claimSet: base)))
        #expect(json["claims"]?.objectMembers?.map(\.key) == ["a#b#c", "outlet-d#d"])
        #expect(json["claims"]?["a#b#c"]?["source"]?.stringValue == "a", "the first listed")
        #expect(json["findings"]?.arrayValue?.map { ($0["claims"]?.arrayValue ?? []).compactMap(\.stringValue) }
                    == [["outlet-d#d", "a#b#c"], ["a#b#c", "a#b#c"]])
    }

    /// The table is in stable-id order even where sorting by source, then id, is not: a
    /// source id that another extends with a character sorting before "#".
    @Test func jsonClaimTableIsInStableIDOrder() throws {
        let base = ExampleCatalog.claimSet(for: [.pledge(.exactly(26), in: "outlet-b"),
                                                 .pledge(.exactly(20), in: "outlet-c"),
                                                 .pledge(.exactly(21), in: "outlet-c")])
        var claims = base.claims
        (claims[0].sourceID, claims[0].id) = ("s", "q")
        (claims[1].sourceID, claims[1].id) = ("s!x", "q")
        (claims[2].sourceID, claims[2].id) = ("s", "a")
        let finding = Finding(ruleID: "count-mismatch", severity: .error, message: "one",
                              key: ComparisonKey(claims[0], attribute: nil), claims: claims)
        let json = try JSONParser.parse(JSONReporter().generateReport(Report(findings: [finding], claimSet: base)))
        #expect(json["claims"]?.objectMembers?.map(\.key) == ["s!x#q", "s#a", "s#q"])
    }

    @Test func jsonVersionOneCopiesEachClaimIntoItsFinding() throws {
        let json = try JSONParser.parse(JSONReporter(version: 1).generateReport(Self.report()))
        #expect(json.objectMembers?.map(\.key) == ["format", "version", "summary", "findings"])
        #expect(json["version"]?.numberValue == 1)
        let claim = try #require(json["findings"]?.arrayValue?.first?["claims"]?.arrayValue?.first)
        #expect(claim.objectMembers?.map(\.key) == ["id", "source", "speaker", "value", "modality", "evidence"])
        #expect(claim["value"]?.numberValue == 26)
    }

    @Test func sameInputGivesByteIdenticalReports() {
        #expect(JSONReporter().generateReport(Self.report()) == JSONReporter().generateReport(Self.report()))
        #expect(TextReporter().generateReport(Self.report()) == TextReporter().generateReport(Self.report()))
    }
}
