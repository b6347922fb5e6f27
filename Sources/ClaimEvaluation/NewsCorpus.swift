import ClaimModel
import ClaimStore
import ClaimRules
import Foundation

/// One half of a news evaluation corpus (Tests/NewsCorpus/SPEC.md): the articles, the registry
/// a newsroom would already have (`given/`), the curated truth (`gold/`) and what the rules
/// must say (`expected.json`).
public struct NewsCorpus: Sendable {
    public var folder: String
    /// Article paths, sorted.
    public var articles: [String]
    /// The given registry with the built-in vocabulary (and any attribute the gold adds).
    public var given: ClaimSet
    public var gold: ClaimSet
    public var expectations: [ExpectedFinding]

    /// Whether `folder` has the layout of a corpus half (articles/ and gold/ at least).
    public static func isCorpus(_ folder: String) -> Bool {
        ["articles", "gold"].allSatisfy { InputFiles.isDirectory(ClaimLoader.join(folder, $0)) }
    }

    public static func load(_ folder: String) throws(InputError) -> NewsCorpus {
        let articlesFolder = ClaimLoader.join(folder, "articles")
        let articles = try InputFiles.collect(articlesFolder, extensions: ["txt", "md", "html"]).sorted()
        guard !articles.isEmpty else { throw InputError(file: articlesFolder,
                                                        "no articles (.txt, .md, .html) in this folder") }
        let gold = try ClaimLoader().load(paths: [ClaimLoader.join(folder, "gold")]).claimSet
        let givenFolder = ClaimLoader.join(folder, "given")
        var given = ClaimSet(attributes: Array(gold.attributes.values))
        if InputFiles.isFile(ClaimLoader.join(givenFolder, "entities.json"))
            || InputFiles.isFile(ClaimLoader.join(givenFolder, "events.json")) {
            let loaded = try ClaimLoader().load(paths: [givenFolder], requireClaims: false).claimSet
            given = ClaimSet(entities: Array(loaded.entities.values), events: Array(loaded.events.values),
                             attributes: Array(gold.attributes.values))
        }
        let expectedFile = ClaimLoader.join(folder, "expected.json")
        let expectations = InputFiles.isFile(expectedFile) ? try ExpectedFindingsFile.read(expectedFile) : []
        return NewsCorpus(folder: folder, articles: articles, given: given, gold: gold, expectations: expectations)
    }
}
