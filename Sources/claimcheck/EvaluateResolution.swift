import ClaimExtraction
import ClaimModel

// MARK: - News corpus: event clustering and entity linking

extension EvaluateCommand {
    /// `claimcheck evaluate Tests/NewsCorpus/dev`: extracts the half's articles against its
    /// `given/` registry and scores event clustering and entity linking against `gold/`.
    static func runResolution(_ corpus: String, arguments: ParsedArguments, console: Console) throws(ToolError) -> ExitCode {
        let half = NewsCorpusHalf(corpus)
        let gold: ClaimSet, given: ClaimSet
        do throws(InputError) {
            gold = try ClaimLoader().load(paths: [half.gold] + half.vocabulary).claimSet
            given = try ClaimLoader().load(paths: [half.given] + half.vocabulary, requireClaims: false).claimSet
        } catch {
            throw .input(error)
        }
        let paths = try ExtractCommand.articlePaths([half.articles])
        var batch = ArticleBatch(registry: ExtractionRegistry(given))
        batch.extractor.recordsResolution = true
        batch.run(paths, console: console)
        let evaluation = ResolutionEvaluation(gold: gold, extracted: batch.articles, registry: batch.extractor.registry)
        var out = "Resolution: \(paths.count) articles in \(half.articles) against \(half.gold)\n\n"
        out += evaluation.report(verbose: arguments.has("--verbose"))
        let met = evaluation.eventTargetsMet && evaluation.entityTargetsMet
        out += "\nTargets (event F1 >= 0.90, no article without its event, linking precision >= 0.95, recall >= 0.90): "
        out += met ? "met\n" : "not met\n"
        console.out(out)
        if !batch.failures.isEmpty { return .badInput }
        return arguments.has("--require-targets") && !met ? .findings : .success
    }
}

/// The folders of one half of the news corpus (see Tests/NewsCorpus/SPEC.md).
struct NewsCorpusHalf {
    var articles: String, given: String, gold: String
    /// The built-in vocabulary's file beside the half, while the tool does not ship it.
    var vocabulary: [String]

    init(_ folder: String) {
        articles = ClaimLoader.join(folder, "articles")
        given = ClaimLoader.join(folder, "given")
        gold = ClaimLoader.join(folder, "gold")
        let beside = ClaimLoader.join(folder, "../news-attributes.json")
        vocabulary = InputFiles.isFile(beside) ? [beside] : []
    }

    static func isHalf(_ folder: String) -> Bool {
        let half = NewsCorpusHalf(folder)
        return InputFiles.isDirectory(half.articles) && InputFiles.isDirectory(half.gold)
    }
}
