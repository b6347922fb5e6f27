import Foundation
import ClaimExtraction
import ClaimModel
import ClaimReports

/// How the command line reads articles for `EvidenceQuotes`: the file the report names,
/// relative to the working folder, HTML with its markup blanked as extraction blanks it (so
/// lines and columns stay where evidence says). Anything that is not a readable article of
/// at most `ArticleLoader.maximumSize` counts as absent: a quote is a courtesy, never a
/// reason to fail a check.
enum ArticleWords {
    static func read(_ path: String) -> [UInt8]? {
        // The limited read refuses what is not a regular file, and anything over the limit,
        // on the opened file.
        guard let bytes = try? InputFiles.read(path, limit: ArticleLoader.maximumSize) else { return nil }
        let name = path.lowercased()
        if name.hasSuffix(".html") || name.hasSuffix(".htm") { return HTMLText.read(bytes).readable }
        return bytes
    }
}
