import ClaimModel

/// Where the articles that evidence points into live, as every report names them. A claim
/// file's evidence names only the article's file name (the article may sit in another
/// checkout, or nowhere); every format (text, Markdown, HTML, SARIF, JUnit, GitHub) shows
/// the same path, so the configuration's `articles` folder is put in front. Without it the
/// bare file name is used, which GitHub resolves against the repository root. A draft given
/// on the command line is named exactly as the user gave it (its path relative to the
/// working directory), never with the folder in front: code-scanning alerts and
/// annotations must point at a file that exists.
public struct ArticleLocations: Sendable, Equatable {
    /// Repository-relative folder, without a trailing slash; nil for the bare file name.
    public var folder: String?
    /// Article paths given on the command line (drafts): reported as they are.
    public var asGiven: Set<String>

    public init(folder: String? = nil, asGiven: Set<String> = []) {
        var trimmed = folder ?? ""
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.folder = trimmed.isEmpty || trimmed == "." ? nil : trimmed
        self.asGiven = asGiven
    }

    /// `corpus/003_bc2e8d4b7debda9d.txt`, or `drafts/bergen.md` for a draft.
    public func path(of evidence: Evidence) -> String {
        guard let folder, !asGiven.contains(evidence.file) else { return evidence.file }
        return folder + "/" + evidence.file
    }

    /// `corpus/003_bc2e8d4b7debda9d.txt:9`
    public func location(of evidence: Evidence) -> String { path(of: evidence) + ":\(evidence.line)" }

    /// A path the user typed, as reports show it: `./drafts/a.md` is `drafts/a.md`.
    public static func displayPath(_ path: String) -> String {
        var trimmed = path
        while trimmed.hasPrefix("./") && trimmed.count > 2 { trimmed.removeFirst(2) }
        return trimmed
    }
}
