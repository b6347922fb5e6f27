import ClaimModel

/// What an article says about itself: from front matter, HTML meta tags, the first lines, or
/// the command line.
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    public var outlet: String?
    public var published: Day?
    public var url: String?
    public var language: String?

    public init(title: String? = nil, outlet: String? = nil, published: Day? = nil, url: String? = nil,
                language: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.published = published
        self.url = url
        self.language = language
    }

    /// Fills what is missing from `other`; what is already known stays.
    func filling(from other: ArticleMetadata) -> ArticleMetadata {
        ArticleMetadata(title: title ?? other.title, outlet: outlet ?? other.outlet,
                        published: published ?? other.published,
                        url: url ?? other.url, language: language ?? other.language)
    }
}

/// One article, ready for extraction.
public struct Article: Sendable {
    /// The file name evidence refers to ("draft.md"), without folders.
    public var fileName: String
    /// Where it was read from, for messages.
    public var path: String
    public var text: ArticleText
    public var metadata: ArticleMetadata
    /// Problems worth a warning that did not stop the read (no date, scripts removed).
    public var warnings: [String]

    public init(fileName: String, path: String? = nil, text: ArticleText, metadata: ArticleMetadata = ArticleMetadata(),
                warnings: [String] = []) {
        self.fileName = fileName
        self.path = path ?? fileName
        self.text = text
        self.metadata = metadata
        self.warnings = warnings
    }
}
