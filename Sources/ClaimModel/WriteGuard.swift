import Foundation

/// What a run reads, so that nothing it writes lands there. A report or baseline written
/// over a claim file would destroy it; one inside a checked folder would be read by the next
/// check (a `.json` one fails it with "unknown format"); and the index inside the claims would
/// be taken for part of the record. Compared by device and inode, not by path, so links,
/// `..`, hard links and files given one by one (`check c/*.json c/sources/*.json`) are all
/// caught.
public struct WriteGuard: Sendable {
    /// Every file read.
    var files: Set<FileIdentity> = []
    /// The articles read (a desk check's drafts): never written over, their folders free.
    var articles: Set<FileIdentity> = []
    /// Folders given to be read whole, with the path given: nothing is written beneath them.
    var trees: [FileIdentity: String] = [:]
    /// Folders holding a file read, with its path: nothing is written in them.
    var holders: [FileIdentity: String] = [:]
    /// What the files read are, for the message.
    var filesAre = "a claim file that is being checked"

    public init() {}

    /// Only these files are protected, not their folders: `diff` must not write over a report
    /// it compares, but reports are meant to sit side by side.
    public init(neverOver files: [String], filesAre: String) {
        self.files = Set(files.compactMap { FileIdentity(path: $0) })
        self.filesAre = filesAre
    }

    /// `paths` as given (folders are read whole), `files` every file they came to. `articles`
    /// (drafts a desk check extracts, among `files` or not) are protected from being written over,
    /// but their folders are not: no check reads a report as an article, and a report beside its
    /// draft (`check claims draft.md --output report.json`) is where an editor puts it.
    /// `identities`: those of the first of `files`, when the run stat'ed them already (the desk
    /// check's index checks every file's stamp); the rest are stat'ed here.
    public init(paths: [String], files: [String], articles: [String] = [], identities: [FileIdentity] = []) {
        for path in paths where InputFiles.isDirectory(path) {
            if let id = FileIdentity(path: path) { trees[id] = trees[id] ?? path }
        }
        let articles = Set(articles)
        self.articles = Set(articles.compactMap { FileIdentity(path: $0) })
        var seenFolders: Set<String> = []
        for (position, file) in files.enumerated() where !articles.contains(file) {
            if let id = position < identities.count ? identities[position] : FileIdentity(path: file) {
                self.files.insert(id)
            }
            let folder = AtomicFile.split(file).folder
            guard seenFolders.insert(folder).inserted, let id = FileIdentity(path: folder) else { continue }
            holders[id] = holders[id] ?? folder
        }
    }

    /// Why `name` in `folder` may not be written, as a whole message; nil when it may.
    public func refusal(folder: CheckedFolder, name: String) -> String? {
        if let status = folder.entry(name), files.contains(FileIdentity(status)) {
            return "refusing to write over \(filesAre); write it elsewhere"
        }
        if let status = folder.entry(name), articles.contains(FileIdentity(status)) {
            return "refusing to write over an article that is being checked; write it elsewhere"
        }
        let chain = [folder.identity] + folder.ancestorIdentities()
        if let root = chain.lazy.compactMap({ self.trees[$0] }).first ?? holders[folder.identity] {
            return "refusing to write inside the claims folder \(root), which the check reads; write it elsewhere"
        }
        return nil
    }
}
