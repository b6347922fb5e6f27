import ClaimExtraction
import ClaimModel

/// The pre-publication check: articles among `check`'s paths (a draft) are extracted in
/// memory and checked against the claims on record, so findings point at the draft's lines.
/// Only the record's claims the draft can be compared with are kept (`DraftScope`), and only
/// findings involving the draft are reported.
enum DeskCheck {
    struct Loaded {
        var result: ClaimLoader.Result
        /// The drafts' source ids; nil when no article was given (a plain check).
        var draftSources: Set<String>?
    }

    /// Claim files load as usual; article files are extracted against their registries. With
    /// only articles given, the record is the default claims folder.
    static func load(_ paths: [String], console: Console,
                     loaderOptions: ClaimLoader.Options = ClaimLoader.Options()) throws(ToolError) -> Loaded {
        let articles = paths.filter { ArticleLoader.isArticle($0) && InputFiles.isFile($0) }
        var claimPaths = paths.filter { !articles.contains($0) }
        if claimPaths.isEmpty { claimPaths = ["claims"] }
        var loaded: ClaimLoader.Result
        do throws(InputError) {
            loaded = try ClaimLoader(options: loaderOptions).load(paths: claimPaths, requireClaims: articles.isEmpty)
        } catch {
            throw .input(error)
        }
        guard !articles.isEmpty else { return Loaded(result: loaded) }

        var batch = ArticleBatch(registry: ExtractionRegistry(loaded.claimSet))
        batch.run(articles, console: console)
        if let failure = batch.failures.first { throw .input(failure) }
        var record = loaded.claimSet
        let registry = batch.extractor.registry
        // A draft's source id must not collide with an article on record.
        var drafts = batch.articles
        for index in drafts.indices where record.sources[drafts[index].source.id] != nil {
            drafts[index].rename(source: drafts[index].source.id + "-draft")
        }
        record = ClaimSet(entities: Array(registry.entities.values), events: registry.events,
                          attributes: Array(record.attributes.values),
                          sources: Array(record.sources.values) + drafts.map(\.source),
                          claims: record.claims + drafts.flatMap(\.claims))
        record.claims = DraftScope(draftClaims: drafts.flatMap(\.claims)).relevant(record.claims)
        console.note("extracted \(batch.summary)")
        loaded.claimSet = record
        loaded.files += articles
        return Loaded(result: loaded, draftSources: Set(drafts.map(\.source.id)))
    }
}
