import CommandLineArguments
import ClaimEvaluation
import ClaimExtraction
import ClaimModel
import ClaimRules

/// The text of `claimcheck evaluate` on a news corpus half, one section per measure: claims,
/// findings against expected.json, unexpected findings, the gold's own findings, targets. A new
/// measure (event clustering, entity linking) is one more section function.
enum NewsEvaluationReport {
    static func run(_ folder: String, arguments: ParsedArguments, console: Console) throws(ToolError) -> ExitCode {
        let evaluation = try ToolError.reportingInput { () throws(InputError) in
            try NewsEvaluation(corpus: try NewsCorpus.load(folder))
        }
        let verbose = arguments.has("--verbose")
        var out = "Evaluation: \(evaluation.articleCount) articles in \(folder) against " +
                  "\(evaluation.claims.total.curated) gold claims\n"
        out += claimSection(evaluation, verbose: verbose)
        out += "\n" + evaluation.resolution.report(verbose: verbose)
        out += findingSection("Expected findings, from the extracted claims", evaluation.findings, verbose: true)
        out += unexpectedSection(evaluation.findings)
        out += findingSection("Expected findings, from the gold claims (a check on the corpus)",
                              evaluation.goldFindings, verbose: false)
        let verdict = evaluation.verdict()
        out += "\nTargets:\n"
        for check in verdict.checks { out += "  \(check.met ? "met    " : "not met") \(check.name)\n" }
        out += "Targets \(verdict.met ? "met" : "not met")\n"
        console.out(out)
        return arguments.has("--require-targets") && !verdict.met ? .findings : .success
    }

    static func claimSection(_ evaluation: NewsEvaluation, verbose: Bool) -> String {
        let score = evaluation.claims
        var out = "\nClaims (extracted events and entities mapped to the gold ones they share the most lines with):\n"
        out += EvaluateCommand.table(score)
        if score.matchedPairs > 0 {
            out += "Among \(score.matchedPairs) matched pairs: same speaker \(score.sameSpeaker), same modality " +
                   "\(score.sameModality).\n"
        }
        out += missSection(evaluation.missCauses)
        guard verbose else { return out }
        out += "\nMissed gold claims (and the unmatched claim each was read as, if any):\n"
        for miss in evaluation.missCauses.misses {
            out += "  " + describe(miss.gold) + "\n"
            if let nearest = miss.nearest { out += "      read as " + describe(nearest) + "\n" }
        }
        out += "\nExtracted claims matching no gold claim (in gold ids):\n"
        for claim in score.unmatched { out += "  " + describe(claim) + "\n" }
        return out
    }

    /// The misses by cause: reading nothing and filing a read figure wrongly need different work.
    static func missSection(_ causes: MissCauses) -> String {
        guard !causes.misses.isEmpty else { return "" }
        var out = "Why the \(causes.misses.count) missed gold claims were missed " +
                  "(beside the unmatched extracted claims of their article):\n"
        let width = causes.counts.map(\.cause.description.count).max() ?? 0
        for (cause, count) in causes.counts {
            out += "  " + cause.description.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(count)\n"
        }
        return out
    }

    static func describe(_ claim: Claim) -> String {
        "\(claim.evidence.location)  \(claim.subject) \(claim.attribute) "
            + "\(claim.value.humanDescription(unit: claim.unit)) @ \(claim.event ?? "-")"
            + " [\(claim.speaker.id), \(claim.modality.rawValue)]"
    }

    static func findingSection(_ title: String, _ score: ExpectationScore, verbose: Bool) -> String {
        var out = "\n\(title):\n"
        for kind in ExpectedFinding.Kind.allCases {
            let all = score.outcomes(kind)
            guard !all.isEmpty else { continue }
            out += "  \(kind.rawValue): \(all.filter(\.met).count) of \(all.count) as expected\n"
        }
        guard verbose else { return out }
        for outcome in score.outcomes {
            let rules = Set(outcome.findings.map { "\($0.ruleID) \($0.severity.rawValue)" }).sorted()
                .joined(separator: ", ")
            out += "    \(outcome.met ? "ok  " : "FAIL") \(outcome.expectation.kind.rawValue) " +
                   "\(outcome.expectation.keyDescription)"
                + (rules.isEmpty ? "" : " (\(rules))") + "\n"
        }
        return out
    }

    static func unexpectedSection(_ score: ExpectationScore) -> String {
        var out = "\nUnexpected errors and warnings (answering no expectation): \(score.unexpected.count)\n"
        for finding in score.unexpected {
            let places = finding.claims.map(\.evidence.location).joined(separator: ", ")
            out += "  \(finding.severity.rawValue) \(finding.ruleID) \(finding.key.subject) · " +
                   "\(finding.key.attribute) · \(finding.key.event ?? "-"): \(places)\n"
        }
        return out
    }
}
