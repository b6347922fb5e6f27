import ClaimExtraction
import ClaimModel
import ClaimStore
import Foundation

/// The fixture registry and articles: stories of our own (a fire, a rail crash, a Nordic
/// summit) so extraction is tested on coverage it was not written against.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path
    static let claims = folder + "/claims"
    static let articles = folder + "/articles"
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static func registry() throws -> ExtractionRegistry {
        ExtractionRegistry(try ClaimLoader().load(paths: [claims], requireClaims: false).claimSet)
    }

    /// Extracts `text` as if it were the file `name` published on `published`.
    static func extract(_ text: String, name: String = "story.txt",
                        published: String? = "2025-03-12") throws -> ExtractedArticle {
        var extractor = ClaimExtractor(registry: try registry())
        return try extract(text, name: name, published: published, with: &extractor)
    }

    static func extract(_ text: String, name: String, published: String?,
                        with extractor: inout ClaimExtractor) throws -> ExtractedArticle {
        let article = try ArticleLoader().read(
            Array(text.utf8), path: name, overrides: ArticleMetadata(published: published.flatMap { Day(iso: $0) }))
        return extractor.extract(article)
    }

    static func article(_ name: String) throws -> Article {
        try ArticleLoader().load(articles + "/" + name)
    }
}

extension ExtractedArticle {
    func claims(_ attribute: String, _ subject: String? = nil) -> [Claim] {
        claims.filter { $0.attribute == attribute && (subject == nil || $0.subject == subject) }
    }
}

extension Fixture {
    /// `body` as an article with front matter, the way the sentence-level tests write one.
    static func story(_ body: String, published: String = "2025-05-07",
                      title: String = "Test story") throws -> Article {
        let text = "---\ntitle: \(title)\noutlet: Test Gazette\npublished: \(published)\n---\n\n" + body + "\n"
        return try ArticleLoader().read(Array(text.utf8), path: "story.txt")
    }

    /// `body` extracted against a registry of these entities and events and the built-in
    /// vocabulary.
    static func extract(story body: String, published: String = "2025-05-07", entities: [Entity],
                        events: [Event]) throws -> ExtractedArticle {
        let registry = ExtractionRegistry(entities: entities, events: events, attributes: BuiltInVocabulary.attributes)
        var extractor = ClaimExtractor(registry: registry)
        return extractor.extract(try story(body, published: published))
    }
}
