import CommandLineArguments
import ClaimModel
import ClaimStore
import ClaimRules
import Foundation

/// `claimcheck evaluate --engine HALF`: the rules alone, on the gold claims of one half of the
/// news evaluation corpus (Tests/NewsCorpus/SPEC.md), scored against its expected.json. No
/// extraction is involved, so a miss here is the rules' own.
///
/// The gold claims use the built-in vocabulary's attribute ids, which every claims folder has.
extension EvaluateCommand {
    /// What the rules must reach on a half: planted contradictions flagged, traps left quiet,
    /// and no update ever an error.
    static let engineTargets = (contradictions: 0.95, trapsRaised: 0.05)

    static func runEngine(_ arguments: ParsedArguments, console: Console) throws(ToolError) -> ExitCode {
        let half = arguments.positionals[0]
        let (expectations, claimSet) = try ToolError.reportingInput { () throws(InputError) in
            (try ExpectedFindingsFile.read(ClaimLoader.join(half, "expected.json")),
             try ClaimLoader().load(paths: [ClaimLoader.join(half, "gold")]).claimSet)
        }
        let score = ExpectationScore(expectations: expectations, findings: RulesEngine().check(claimSet))
        let (text, met) = engineReport(score, half: half, claims: claimSet.claimCount)
        console.out(text)
        return arguments.has("--require-targets") && !met ? .findings : .success
    }

    /// The score in words, each unmet expectation with its reason, and whether the targets hold.
    static func engineReport(_ score: ExpectationScore, half: String, claims: Int) -> (String, Bool) {
        func percent(_ rate: Double) -> String { String(format: "%.1f%%", rate * 100) }
        let traps = score.outcomes(.trap), updates = score.outcomes(.update)
        let trapsRaised = traps.isEmpty ? 0 : Double(traps.filter { !$0.met }.count) / Double(traps.count)
        let updateErrors = updates.filter { $0.findings.contains { $0.severity == .error } }.count
        var out = "Rules alone on the gold claims of \(half) (\(claims) claims, \(score.outcomes.count) "
            + "expectations)\n\n"
        for kind in ExpectedFinding.Kind.allCases {
            let all = score.outcomes(kind)
            out += "\(kind.rawValue): \(all.filter(\.met).count) of \(all.count) met (\(percent(score.rate(kind))))\n"
        }
        out += "contradictions flagged by the named rule: \(score.contradictionsByNamedRule) of "
            + "\(score.outcomes(.contradiction).count)\n"
        out += "errors and warnings answering no expectation: \(score.unexpected.count)\n"
        let unmet = score.outcomes.filter { !$0.met }
        if !unmet.isEmpty { out += "\nNot met:\n" }
        for outcome in unmet {
            let found = outcome.findings.map { "\($0.ruleID) (\($0.severity.rawValue))" }
            out += "  \(outcome.expectation.kind.rawValue) \(outcome.expectation.keyDescription) [line "
                + "\(outcome.expectation.line)]: "
                + (found.isEmpty ? "no finding" : found.joined(separator: ", ")) + "\n"
        }
        for finding in score.unexpected { out += "  unexpected \(finding.ruleID) (\(finding.severity.rawValue)): "
            + "\(finding.message)\n" }
        let met = score.rate(.contradiction) >= engineTargets.contradictions
            && trapsRaised <= engineTargets.trapsRaised && updateErrors == 0
        out += "\nTargets (contradictions flagged >= 95%, traps raised <= 5%, no update an error): "
        out += "\(percent(score.rate(.contradiction))), \(percent(trapsRaised)), \(updateErrors) — "
            + "\(met ? "met" : "not met")\n"
        return (out, met)
    }
}
