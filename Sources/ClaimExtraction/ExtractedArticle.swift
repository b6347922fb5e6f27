import ClaimModel

/// What extraction made of one article: its source entry and its claims, in the v1 model, plus
/// what the person running it should know.
public struct ExtractedArticle: Sendable {
    public var source: Source
    public var claims: [Claim]
    public var warnings: [String]
    /// Claims dropped because a later figure in the same article replaced them ("initially 57,
    /// now 54"), kept for reporting.
    public var superseded: [Claim]
    /// Figures the article states that extraction could not place, with why: a curator reads
    /// these as notes instead of wondering what the tool missed.
    public var unplaced: [UnplacedFigure] = []
    /// What was read per sentence and why it was kept or dropped, when the extractor explains.
    public var explanation: [String] = []
    /// Which event each line is about and which entities it names, for scoring and review.
    public var resolution = ArticleResolution()

    public init(source: Source, claims: [Claim], warnings: [String] = [], superseded: [Claim] = []) {
        self.source = source
        self.claims = claims
        self.warnings = warnings
        self.superseded = superseded
    }
}

extension ExtractedArticle {
    /// Files the article under another source id (two drafts named alike).
    public mutating func rename(source id: String) {
        source.id = id
        for index in claims.indices {
            claims[index].sourceID = id
            for occurrence in claims[index].alsoAt.indices { claims[index].alsoAt[occurrence].sourceID = id }
        }
    }
}

/// A number in an article that became no claim, and why.
public struct UnplacedFigure: Sendable, Equatable {
    public var line: Int
    public var text: String
    public var reason: String
    /// The number was read as no count at all (a flight number, a part of a total); the other
    /// figures are counts the tool could not attach to anything, which a curator should see.
    public var isExcluded: Bool
}
