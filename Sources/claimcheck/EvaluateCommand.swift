import CommandLineArguments
import ClaimEvaluation
import ClaimExtraction
import ClaimModel
import ClaimCheck
import ClaimStore
import ClaimRules
import Foundation

/// `claimcheck evaluate CORPUS`: scores extraction against curated claims. Two layouts:
/// a news corpus half (articles/, given/, gold/, expected.json; see Tests/NewsCorpus/SPEC.md),
/// scored by `NewsEvaluation` section by section; or a folder of articles with `--claims DIR`
/// (the seed corpus), where the rules must find the same errors in extracted and curated claims.
enum EvaluateCommand: Command {
    static let spec = CommandSpec(
        name: "evaluate",
        abstract: "Score extraction against curated claims (precision and recall per attribute).",
        discussion: """
          A news corpus half (CORPUS holds articles/ and gold/): extracts every article with the given/ \
          registry and the built-in vocabulary, maps the events and entities extraction created to the \
          gold ones they share the most evidence lines with, scores claims per attribute, runs the rules \
          on the extracted claims and compares the findings with expected.json. \
          Otherwise, for every curated source whose article is in CORPUS, extracts the article (an article without \
          a date gets the curated source's date, as --published would give it) and compares: a curated \
          claim is found when an extracted claim in the same file has the same subject, attribute and \
          event and a compatible value. Then runs the rules on the extracted claims alone and compares \
          their errors with the errors in the curated claims. A news-corpus half (a folder with articles/, \
          given/ and gold/) is extracted against given/ and scored for event clustering (B-cubed) and \
          entity linking against gold/.
          """,
        arguments: [ArgumentSpec(name: "corpus", help: "Folder holding the articles the curated claims cite.")],
        options: [
            OptionSpec(name: "--claims", valueName: "dir", help: "Curated claims folder (default: claims)."),
            OptionSpec(name: "--require-targets", valueName: nil,
                       help: "Exit 1 unless the targets are met (news corpus: recall >= 0.75, precision >= 0.90, 80% " +
                             "of contradictions, no trap, <= 1 unexpected finding per 10 articles, event F1 >= 0.9 " +
                             "with every article given its event, linking precision >= 0.95 and recall >= 0.9; seed: " +
                             "recall >= 0.8, precision >= 0.9, the same errors)."),
            OptionSpec(name: "--verbose", valueName: nil, help: "List missed and unmatched claims."),
            OptionSpec(name: "--engine", valueName: nil,
                       help: "Rules alone: CORPUS is a news corpus half; score its gold claims against expected.json."),
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(ToolError) -> ExitCode {
        if arguments.has("--engine") { return try runEngine(arguments, console: console) }
        let corpus = arguments.positionals[0]
        if NewsCorpus.isCorpus(corpus) {
            guard arguments.value("--claims") == nil else {
                throw .usage("\(corpus) is a news corpus half (articles/, gold/); --claims is for a folder of articles",
                             command: spec)
            }
            return try NewsEvaluationReport.run(corpus, arguments: arguments, console: console)
        }
        let folder = arguments.value("--claims") ?? "claims"
        let curated = try ToolError.reportingInput { () throws(InputError) in
            try ClaimLoader().load(paths: [folder]).claimSet
        }

        var paths: [String] = []
        var overrides: [String: ArticleMetadata] = [:]
        var supplied: [String] = []
        for source in curated.sources.values.sorted(by: { $0.id < $1.id }) {
            guard let file = source.file else { continue }
            let path = ClaimLoader.join(corpus, file)
            guard InputFiles.isFile(path) else { continue }
            paths.append(path)
            if source.published == nil, let day = commonDate(of: source.id, in: curated) {
                overrides[path] = ArticleMetadata(published: day)
                supplied.append("\(file): \(day)")
            }
        }
        guard !paths.isEmpty else {
            throw .input(InputError(file: corpus, "none of the articles the curated sources cite is in this folder"))
        }
        let registryOnly = ClaimSet(entities: Array(curated.entities.values), events: Array(curated.events.values),
                                    attributes: Array(curated.attributes.values))
        var batch = ArticleBatch(registry: ExtractionRegistry(registryOnly))
        batch.run(paths, overrides: overrides, notices: console.notices)

        let files = Set(paths.map { $0.split(separator: "/").last.map(String.init) ?? $0 })
        let curatedClaims = curated.claims.filter { files.contains($0.evidence.file) }
        // Only what the curators recorded is scored: an attribute no curated claim uses (a
        // built-in one the seed vocabulary predates) has no gold to be right or wrong against.
        let curatedAttributes = Set(curatedClaims.map(\.attribute))
        let extractedClaims = batch.articles.flatMap(\.claims).filter { curatedAttributes.contains($0.attribute) }
        let score = ExtractionScore(curated: curatedClaims, extracted: extractedClaims, attributes: curated.attributes)

        var out = "Evaluation: \(paths.count) articles in \(corpus) against \(curatedClaims.count) curated claims in " +
                  "\(folder)\n"
        if !supplied.isEmpty { out += "Dates supplied from the curated sources (the articles carry none): " +
                                      "\(supplied.joined(separator: ", "))\n" }
        out += "\n" + table(score) + "\n"
        if score.matchedPairs > 0 {
            out += "Among \(score.matchedPairs) matched pairs: same speaker \(score.sameSpeaker), same modality " +
                   "\(score.sameModality).\n"
        }

        // Do the rules see the same errors?
        let registry = batch.extractor.registry
        let extractedSet = ClaimSet(entities: Array(registry.entities.values), events: registry.events,
                                    attributes: Array(curated.attributes.values), sources: batch.articles.map(\.source),
                                    claims: extractedClaims)
        let curatedSubset = ClaimSet(entities: Array(curated.entities.values), events: Array(curated.events.values),
                                     attributes: Array(curated.attributes.values),
                                     sources: curated.sources.values.filter { $0.file.map(files.contains) ?? false },
                                         claims: curatedClaims)
        let expected = errorKeys(RulesEngine().check(curatedSubset))
        let found = errorKeys(RulesEngine().check(extractedSet))
        let reproduced = expected.intersection(found), lost = expected.subtracting(found),
            added = found.subtracting(expected)
        out += "\nErrors in the curated claims: \(expected.count); reproduced from extracted claims: " +
               "\(reproduced.count); missing: \(lost.count); new: \(added.count)\n"
        for key in reproduced.sorted() { out += "  reproduced  \(key)\n" }
        for key in lost.sorted() { out += "  missing     \(key)\n" }
        for key in added.sorted() { out += "  new         \(key)\n" }

        if arguments.has("--verbose") {
            out += "\nMissed curated claims:\n"
            for claim in score.missed { out += "  \(claim.evidence.location)  \(claim.subject) \(claim.attribute) " +
                                               "\(claim.value.humanDescription(unit: claim.unit)) @ " +
                                               "\(claim.event ?? "-")\n" }
            out += "\nExtracted claims matching no curated claim:\n"
            for claim in score.unmatched { out += "  \(claim.evidence.location)  \(claim.subject) \(claim.attribute) " +
                                                  "\(claim.value.humanDescription(unit: claim.unit)) @ " +
                                                  "\(claim.event ?? "-")\n" }
        }
        let met = score.total.recall >= 0.8 && score.total.precision >= 0.9 && lost.isEmpty && added.isEmpty
        out += "\nTargets (recall >= 0.80, precision >= 0.90, same errors, no new ones): \(met ? "met" : "not met")\n"
        console.out(out)
        return arguments.has("--require-targets") && !met ? .findings : .success
    }

    /// The one `said` date all of a source's claims share, when they do.
    static func commonDate(of sourceID: String, in claimSet: ClaimSet) -> Day? {
        let days = Set(claimSet.claims.filter { $0.sourceID == sourceID }.compactMap(\.said))
        return days.count == 1 ? days.first : nil
    }

    /// Errors compared by what they are about, not by claim ids (which differ between curated
    /// and extracted files).
    static func errorKeys(_ findings: [Finding]) -> Set<String> {
        Set(findings.filter { $0.severity == .error }.map { "\($0.ruleID) \($0.key.subject) \($0.key.attribute) " +
                                                            "\($0.key.event ?? "-")" })
    }

    static func table(_ score: ExtractionScore) -> String {
        func cell(_ text: String, _ width: Int) -> String { text.count >= width ? text : text
            + String(repeating: " ", count: width - text.count) }
        func ratio(_ value: Double) -> String { String(format: "%.2f", value) }
        var text = cell("attribute", 28) + cell("curated", 9) + cell("found", 7) + cell("recall", 8)
            + cell("extracted", 11) + cell("correct", 9) + "precision\n"
        for row in score.rows + [score.total] {
            text += cell(row.attribute, 28) + cell("\(row.curated)", 9) + cell("\(row.found)", 7)
                + cell(ratio(row.recall), 8)
                + cell("\(row.extracted)", 11) + cell("\(row.correct)", 9) + ratio(row.precision) + "\n"
        }
        return text
    }
}
