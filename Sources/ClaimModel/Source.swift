/// One published article and its metadata; every claim belongs to exactly one source.
public struct Source: Sendable, Equatable {
    public var id: String
    public var outlet: String
    public var title: String?
    /// Nil when the article carries no date; claims then carry their own `said` date.
    public var published: Day?
    public var language: String?
    public var translatedFrom: String?
    /// The article's file name, which evidence lines refer to.
    public var file: String?
    public var url: String?
    public var note: String?

    public init(id: String, outlet: String, title: String? = nil, published: Day? = nil, language: String? = nil,
                translatedFrom: String? = nil, file: String? = nil, url: String? = nil, note: String? = nil) {
        self.id = id
        self.outlet = outlet
        self.title = title
        self.published = published
        self.language = language
        self.translatedFrom = translatedFrom
        self.file = file
        self.url = url
        self.note = note
    }
}
