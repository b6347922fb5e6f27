/// Where a claim stands in its article.
public struct Evidence: Sendable, Hashable {
    /// The article's file name, as recorded in the source.
    public var file: String
    /// 1-based line in the article.
    public var line: Int
    /// Character span within the line (extracted claims), 0-based, end exclusive.
    public var span: Range<Int>?

    public init(file: String, line: Int, span: Range<Int>? = nil) {
        self.file = file
        self.line = line
        self.span = span
    }

    public var location: String { "\(file):\(line)" }
}
