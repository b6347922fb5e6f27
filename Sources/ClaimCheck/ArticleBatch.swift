import ClaimExtraction
import ClaimModel

/// Extracts a list of articles with one registry, so entities and events created for one
/// article are found again in the next. Shared by `extract`, the desk check and `evaluate`;
/// reports progress (`CheckNotices`) and keeps going past unreadable files.
public struct ArticleBatch {
    public var extractor: ClaimExtractor
    public var articles: [ExtractedArticle] = []
    /// Files that could not be read; the command exits 2 after the others are done.
    public var failures: [InputError] = []
    public var warnings = 0

    public init(registry: ExtractionRegistry) {
        extractor = ClaimExtractor(registry: registry)
        warnings = 0
    }

    /// `onRecord`: source ids already taken by the record the articles join (the desk
    /// check's drafts); an article named like one of them is filed as "<id>-draft".
    /// `reportsFailures`: print an unreadable article's problems as they come, for callers that
    /// go on with the others; a caller that stops at the first failure throws it instead, and
    /// the tool prints it once.
    public mutating func run(_ paths: [String], overrides: [String: ArticleMetadata] = [:],
                             defaults: ArticleMetadata = ArticleMetadata(),
                             onRecord: Set<String> = [], reportsFailures: Bool = true, notices: CheckNotices) {
        let loader = ArticleLoader(knownOutlets: extractor.registry.outletNames)
        let progress = paths.count > 1 ? notices.progress : nil
        for problem in extractor.registry.cues.problems {
            notices.warning(problem)
            warnings += 1
        }
        var usedIDs: Set<String> = []
        for (index, path) in paths.enumerated() {
            progress?("[\(index + 1)/\(paths.count)] \(path)")
            let article: Article
            do throws(InputError) {
                article = try loader.load(path, overrides: defaults.filling(overridesFrom: overrides[path]))
            } catch {
                progress?(nil)
                failures.append(error)
                if reportsFailures { notices.diagnostics(error.diagnostics) }
                continue
            }
            var extracted = extractor.extract(article)
            // Two articles named alike in different folders, or like a source on record, still
            // get distinct source ids.
            let stem = onRecord.contains(extracted.source.id) ? extracted.source.id + "-draft" : extracted.source.id
            var id = stem
            var suffix = 2
            while usedIDs.contains(id) || onRecord.contains(id) { id = "\(stem)-\(suffix)"; suffix += 1 }
            if id != extracted.source.id { extracted.rename(source: id) }
            usedIDs.insert(id)
            if !extracted.warnings.isEmpty { progress?(nil) }
            for warning in extracted.warnings { notices.warning("\(path): \(warning)") }
            warnings += extracted.warnings.count
            articles.append(extracted)
        }
        progress?(nil)
    }

    public var claimCount: Int { articles.reduce(0) { $0 + $1.claims.count } }

    /// "5 articles, 84 claims, 3 warnings; 2 new entities, 1 new event".
    public var summary: String {
        var text = "\(plural(articles.count, "article")), \(plural(claimCount, "claim")), " +
                   "\(plural(warnings, "warning"))"
        let entities = extractor.registry.newEntities.count, events = extractor.registry.newEvents.count
        if entities + events > 0 { text += "; \(plural(entities, "new entity", "new entities")), " +
                                           "\(plural(events, "new event"))" }
        if !failures.isEmpty { text += "; \(plural(failures.count, "file")) could not be read" }
        return text
    }

    func plural(_ count: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? word : plural ?? word + "s")"
    }
}

extension ArticleMetadata {
    /// The command line's values over the article's own.
    public func filling(overridesFrom other: ArticleMetadata?) -> ArticleMetadata {
        guard let other else { return self }
        return ArticleMetadata(title: other.title ?? title, outlet: other.outlet ?? outlet,
                               published: other.published ?? published,
                               url: other.url ?? url, language: other.language ?? language)
    }
}
