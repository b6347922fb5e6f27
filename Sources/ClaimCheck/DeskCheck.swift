import Foundation
import ClaimExtraction
import ClaimModel
import ClaimStore
import ClaimReports

/// The pre-publication check: articles among `check`'s paths (a draft) are extracted in
/// memory and checked against the claims on record, so findings point at the draft's lines.
/// Only the record's claims the draft can be compared with are kept (`DraftScope`), and only
/// findings involving the draft are reported.
public enum DeskCheck {
    /// The drafts extracted in memory, the registry they were resolved against, and the
    /// extraction's one-line summary.
    typealias Drafts = (drafts: [ExtractedArticle], registry: ExtractionRegistry, summary: String)

    public struct Loaded: Sendable {
        public var result: ClaimLoader.Result
        /// The drafts' source ids; nil when no article was given (a plain check).
        public var draftSources: Set<String>?
        /// The drafts' paths as the user gave them, which their evidence names.
        public var draftPaths: Set<String> = []
        /// The article files given, as given: read, but not claim files (see `WriteGuard`).
        public var articleFiles: [String] = []
        /// With `--cache` and no valid index: the index to write once the report is out.
        public var pendingIndex: PendingIndex?
        /// The registry the drafts were extracted against, kept with the rest until the process
        /// exits (`HeldUntilExit`): freeing 40,000 entities' tables before the report was 3.5%
        /// of a warm desk check.
        public var registry: ExtractionRegistry?
    }

    /// Writing the index costs more than the check it will speed up (about 2.8 s at 1M
    /// claims, against 1.6 s for the check), so the editor gets the report first. The
    /// registry's tables (`RegistryCacheFile`) are written after it, keyed by the registries'
    /// hash of the index just written, or of the index the run read when only they were missing.
    public struct PendingIndex: Sendable {
        var index: (loader: ClaimLoader, paths: [String], result: ClaimLoader.Result, startedAt: Int)?
        var registry: PendingRegistry?

        public func write() {
            let registryHash = index.flatMap { $0.loader.writeIndex(paths: $0.paths, result: $0.result,
                                                                   startedAt: $0.startedAt) }
            registry?.write(registryHash: registryHash)
        }
    }

    /// The tables of a registry as built, before extraction added to it, to be kept.
    struct PendingRegistry: Sendable {
        let tables: [UInt8]
        let folder: String
        /// The registries' hash of the index read; nil when the index is the one being written.
        let registryHash: UInt64?
        /// What the run reads, which the file must not land in.
        let paths: [String]
        let files: [String]

        func write(registryHash written: UInt64?) {
            guard let hash = registryHash ?? written,
                  let key = RegistryCacheFile.key(registryHash: hash) else { return }
            RegistryCacheFile.write(tables, key: key, to: folder,
                                    guard: WriteGuard(paths: paths, files: files))
        }
    }

    /// Claim files load as usual; article files are extracted against their registries. With
    /// only articles given, the record is the default claims folder.
    public static func load(_ paths: [String], notices: CheckNotices,
                            loaderOptions: ClaimLoader.Options = ClaimLoader.Options()) throws(InputError) -> Loaded {
        let articles = paths.filter { ArticleLoader.isArticle($0) && InputFiles.isFile($0) }
        var claimPaths = paths.filter { !articles.contains($0) }
        if claimPaths.isEmpty { claimPaths = ["claims"] }
        let loader = ClaimLoader(options: loaderOptions)
        // With --cache, a draft is checked through the index when it holds; the record's own
        // claims are then read only where the draft's series are. Opened once: opening walks
        // the folders and stats every file.
        let index = loaderOptions.cacheFolder == nil ? nil : loader.openIndex(paths: claimPaths)
        if !articles.isEmpty, let indexed = index, let folder = loaderOptions.cacheFolder {
            // The registry's tables as an earlier run kept them for these registries and this
            // build of the tool; when missing or unreadable, the registry built now keeps them
            // for the next.
            let key = RegistryCacheFile.key(registryHash: indexed.registryHash)
            let tables = key.flatMap { RegistryCacheFile.read(folder, key: $0) }
            let registry = tables.map { kept in
                kept.withUnsafeBytes { ExtractionRegistry(indexed.catalog, listed: indexed.entities, tables: $0) }
            } ?? ExtractionRegistry(indexed.catalog, listed: indexed.entities, tables: nil)
            // Encoded before extraction adds to the registry, so that no copy of it is kept.
            let pending = registry.readKeptTables || key == nil ? nil
                : PendingIndex(registry: PendingRegistry(tables: registry.keptTables(), folder: folder,
                                                         registryHash: indexed.registryHash,
                                                         paths: claimPaths, files: indexed.files))
            let drafts = try extract(articles, registry: consume registry, onRecord: indexed.catalog,
                                     notices: notices)
            // A draft translating a claim on record would need that claim's chain: load it all.
            if !drafts.drafts.contains(where: { $0.claims.contains { $0.sameQuoteAs != nil } }),
               let claims = indexed.claims(in: DraftScope(draftClaims: drafts.drafts.flatMap(\.claims))) {
                var record = indexed.catalog
                record.claims = claims
                let loaded = ClaimLoader.Result(claimSet: record, warnings: [], files: indexed.files,
                                                identities: indexed.identities)
                var combined = combine(loaded, drafts, articles: articles, notices: notices, scoped: true)
                combined.pendingIndex = pending
                return combined
            }
        }
        let startedAt = Int(Date().timeIntervalSince1970)
        let loaded = try loader.load(paths: claimPaths, requireClaims: articles.isEmpty)
        var pending = loaderOptions.cacheFolder != nil && index == nil
            ? PendingIndex(index: (loader, claimPaths, loaded, startedAt)) : nil
        guard !articles.isEmpty else { return Loaded(result: loaded, pendingIndex: pending) }
        let registry = ExtractionRegistry(loaded.claimSet)
        // The index about to be written is read by the next desk check, which then needs the
        // registry's tables too: they are kept with it.
        if let folder = loaderOptions.cacheFolder, pending != nil {
            pending?.registry = PendingRegistry(tables: registry.keptTables(), folder: folder, registryHash: nil,
                                                paths: claimPaths, files: loaded.files)
        }
        let drafts = try extract(articles, registry: consume registry, onRecord: loaded.claimSet, notices: notices)
        var combined = combine(loaded, drafts, articles: articles, notices: notices)
        combined.pendingIndex = pending
        return combined
    }

    /// The drafts extracted against the record's registries (`registry`, built from them),
    /// each with a source id that does not collide with an article on record.
    private static func extract(_ articles: [String], registry: consuming ExtractionRegistry, onRecord record: ClaimSet,
                                notices: CheckNotices) throws(InputError) -> Drafts {
        var batch = ArticleBatch(registry: registry)
        batch.run(articles, onRecord: Set(record.sources.keys), reportsFailures: false, notices: notices)
        if let failure = batch.failures.first { throw failure }
        return (batch.articles, batch.extractor.registry, batch.summary)
    }

    /// The record cut down to what the drafts can be compared with, plus the drafts.
    /// `scoped`: the record's claims are already the scope's (the index's blocks of the drafts'
    /// series and its translation block, `IndexedRecord.claims(in:)`), so selecting them again
    /// would keep every one; at 1M realistic claims that selection, building a stable id for
    /// each of 20,000 claims, was 6% of a warm desk check.
    private static func combine(_ loaded: ClaimLoader.Result, _ extracted: Drafts, articles: [String],
                                notices: CheckNotices, scoped: Bool = false) -> Loaded {
        var loaded = loaded
        let (extractedDrafts, registry, summary) = extracted
        let record = loaded.claimSet
        // Evidence names the draft by the path the user gave, so every report points at a file that
        // exists from where the check ran (extraction records the bare file name).
        let drafts = zip(extractedDrafts, articles).map { draft, path in
            draft.filed(at: ArticleLocations.displayPath(path))
        }
        let draftClaims = drafts.flatMap(\.claims)
        let scope = DraftScope(draftClaims: draftClaims)
        // Only the record's claims in scope are decoded; scoping again with the drafts in
        // gives what scoping the whole record with them would.
        // The registries as they are keyed already (ids are their keys), with what the drafts
        // add: keying 40,000 entities again was 5% of a warm desk check, and keying the
        // record's 10,000 sources and events again 3%. The record's own win a clash, as the
        // first of each id did when they were keyed together; extraction changes no event on
        // record (it re-dates only those it created), so its events are the record's plus those.
        var combined = record
        for source in drafts.map(\.source) where combined.sources[source.id] == nil {
            combined.sources[source.id] = source
        }
        combined.entities = registry.entities
        for event in registry.newEvents where combined.events[event.id] == nil { combined.events[event.id] = event }
        let recordClaims = scoped ? record.claimList.array : scope.relevant(in: record.claimList, drafts: draftClaims)
        combined.claims = scope.relevant(ClaimSet.inStableOrder(recordClaims + draftClaims))
        notices.note("extracted \(summary)")
        loaded.claimSet = combined
        loaded.files += articles
        return Loaded(result: loaded, draftSources: Set(drafts.map(\.source.id)),
                      draftPaths: Set(drafts.compactMap(\.source.file)), articleFiles: articles, registry: registry)
    }
}

extension ExtractedArticle {
    /// The article with its source and every piece of evidence naming `path` for its file.
    func filed(at path: String) -> ExtractedArticle {
        var article = self
        let name = source.file
        article.source.file = path
        func refile(_ evidence: inout Evidence) { if evidence.file == name || name == nil { evidence.file = path } }
        for index in article.claims.indices {
            refile(&article.claims[index].evidence)
            for occurrence in article.claims[index].alsoAt.indices {
                refile(&article.claims[index].alsoAt[occurrence].evidence)
            }
        }
        return article
    }
}
