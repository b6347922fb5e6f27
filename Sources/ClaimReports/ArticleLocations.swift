import ClaimModel

/// Where the articles that evidence points into live in the repository. A claim's evidence
/// names only the article's file name (the article may sit in another checkout, or nowhere);
/// formats that link to files (SARIF, GitHub annotations, JUnit) need a repository-relative
/// path, so the configuration's `articles` folder is put in front. Without it the bare file
/// name is used, which GitHub resolves against the repository root.
public struct ArticleLocations: Sendable, Equatable {
    /// Repository-relative folder, without a trailing slash; nil for the bare file name.
    public var folder: String?

    public init(folder: String? = nil) {
        var trimmed = folder ?? ""
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.folder = trimmed.isEmpty || trimmed == "." ? nil : trimmed
    }

    /// `corpus/003_bc2e8d4b7debda9d.txt`
    public func path(of evidence: Evidence) -> String {
        guard let folder else { return evidence.file }
        return folder + "/" + evidence.file
    }
}
