import Foundation

/// An output folder committed as a whole: `extract --out DIR` writes every file into a fresh
/// staging folder beside DIR, then renames it into place (DIR did not exist) or swaps it with
/// DIR in one `renameat2(RENAME_EXCHANGE)` (DIR existed: its entries were linked into the
/// staging folder first, so nothing it held is lost). A run killed at any moment leaves DIR as
/// it was or as it is meant to be, never half of each; the staging folder it leaves is removed
/// by the next run's `LeftoverSweep`.
///
/// Durability costs one flush for the whole batch (`syncfs` of the file system before the
/// rename), not an `fsync` per file: at thousands of small claim files, the per-file flushes
/// were most of the run.
public final class StagedFolder {
    /// Marks a staging folder never committed, so the sweep may remove all of it.
    public static let marker = ".claimcheck-staging"

    public let path: String
    let parent: CheckedFolder
    let name: String
    let stageName: String
    let stage: Int32
    /// The output folder's entries, kept in the new folder (by hard link) unless replaced.
    let keeps: Bool
    /// Entries of the existing folder that the new files replace on purpose.
    let replacing: Set<String>

    public struct Failure: Error, Sendable {
        public var reason: String
    }

    /// A staging folder for `path`; `replacing` names entries of an existing folder that the
    /// new files replace (so they are not linked across).
    public init(for path: String, replacing: Set<String>) throws(Failure) {
        self.path = path
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        let (folderPath, name) = AtomicFile.split(trimmed)
        guard !name.isEmpty, name != ".", name != ".." else {
            throw Failure(reason: "name the output folder itself, not \".\" or \"..\"")
        }
        do throws(CheckedFolder.Refusal) { parent = try CheckedFolder(folderPath, creating: true) } catch {
            throw Failure(reason: error.reason)
        }
        self.name = name
        self.replacing = replacing
        // First, so a folder a killed swap left under its `.old` name is back in place.
        LeftoverSweep.sweep(parent)
        if let status = parent.entry(name) {
            switch status.st_mode & S_IFMT {
            case S_IFDIR: keeps = true
            case S_IFLNK:
                let link = CheckedFolder.linkTarget(in: parent.descriptor, name).map { " to \($0)" } ?? ""
                throw Failure(reason: "it is a symbolic link\(link); name the folder it points to, or remove the link")
            default: throw Failure(reason: "it is not a folder")
            }
        } else {
            keeps = false
        }
        (stageName, stage) = try Self.makeStage(in: parent, for: name)
        if keeps { try fill() }
    }

    deinit { close(stage) }

    /// Clears what killed runs left beside `path` (see `LeftoverSweep`), before anyone looks
    /// at what the folder holds.
    public static func sweepBeside(_ path: String) {
        let (folderPath, _) = AtomicFile.split(path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path)
        if let parent = try? CheckedFolder(folderPath) { LeftoverSweep.sweep(parent) }
    }

    static func makeStage(in parent: CheckedFolder, for name: String) throws(Failure) -> (String, Int32) {
        for _ in 0..<100 {
            let stageName = TemporaryName(for: name, kind: .stage).name
            guard mkdirat(parent.descriptor, stageName, 0o755) == 0 else {
                if errno == EEXIST { continue }
                throw Failure(reason: "cannot create a staging folder (\(String(cString: strerror(errno))))")
            }
            let stage = openat(parent.descriptor, stageName, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let mark = stage >= 0
                ? openat(stage, marker, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600) : -1
            guard mark >= 0 else {
                let reason = String(cString: strerror(errno))
                if stage >= 0 { close(stage) }
                unlinkat(parent.descriptor, stageName, AT_REMOVEDIR)
                throw Failure(reason: "cannot create a staging folder (\(reason))")
            }
            close(mark)
            return (stageName, stage)
        }
        throw Failure(reason: "cannot create a staging folder (every name tried was taken)")
    }

    /// Links the existing folder's entries into the staging folder, keeping its mode.
    func fill() throws(Failure) {
        guard let live = FolderTree(in: parent.descriptor, name) else {
            throw Failure(reason: "cannot open the folder (\(String(cString: strerror(errno))))")
        }
        defer { live.close() }
        unlinkat(live.descriptor, Self.marker, 0)
        var status = stat()
        if fstat(live.descriptor, &status) == 0 { fchmod(stage, status.st_mode & 0o7777) }
        if let problem = FolderLinks.copy(live.descriptor, into: stage, skipping: replacing) {
            throw Failure(reason: problem)
        }
    }

    /// Writes `bytes` as `file` in the staging folder, not flushed (see `commit`).
    public func write(_ bytes: [UInt8], as file: String) throws(Failure) {
        guard !file.isEmpty, !file.contains("/"), !file.hasPrefix(".") else {
            throw Failure(reason: "\(file) is not a file name")
        }
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var descriptor = openat(stage, file, flags, 0o644)
        // Only a file written twice, or one linked over from the old folder, stands in the way:
        // not an unlink per file before every open.
        if descriptor < 0 && errno == EEXIST {
            unlinkat(stage, file, 0)
            descriptor = openat(stage, file, flags, 0o644)
        }
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        var done = 0
        let ok = bytes.withUnsafeBytes { raw -> Bool in
            while done < raw.count {
                let count = Foundation.write(descriptor, raw.baseAddress! + done, raw.count - done)
                if count < 0 { if errno == EINTR { continue }; return false }
                done += count
            }
            return true
        }
        let reason = String(cString: strerror(errno))
        guard close(descriptor) == 0, ok else { throw Failure(reason: reason) }
    }

    /// Flushes the batch once, then puts the staging folder in the output's place. Returns a
    /// note when the swapped-out folder could not be removed whole (it held files that were
    /// added during the run; they are kept, under the staging folder's name).
    public func commit() throws(Failure) -> String? {
        guard DurableFlush.fileSystem(of: stage) else {
            throw Failure(reason: "cannot flush the files to disk (\(String(cString: strerror(errno))))")
        }
        if keeps {
            try swap()
        } else if renameat(parent.descriptor, stageName, parent.descriptor, name) != 0 {
            throw Failure(reason: "cannot move the staging folder into place (\(String(cString: strerror(errno))))")
        }
        unlinkat(stage, Self.marker, 0)
        fsync(parent.descriptor)
        guard keeps else { return nil }
        if let old = FolderTree(in: parent.descriptor, stageName) {
            for file in replacing { unlinkat(old.descriptor, file, 0) }
            old.removeDuplicates(of: FolderTree(in: parent.descriptor, name))
        }
        guard unlinkat(parent.descriptor, stageName, AT_REMOVEDIR) == 0 else {
            return "files added to \(path) during the run are kept in \(AtomicFile.split(path).folder)/\(stageName)"
        }
        return nil
    }

    /// The two folders exchanged at once; where the file system cannot, two renames (a kill
    /// between them leaves the old folder under an `.old` name, which the next sweep puts back).
    func swap() throws(Failure) {
        if DurableFlush.exchange(parent.descriptor, stageName, name) { return }
        let old = TemporaryName(for: name, kind: .old).name
        guard renameat(parent.descriptor, name, parent.descriptor, old) == 0 else {
            throw Failure(reason: "cannot replace the folder (\(String(cString: strerror(errno))))")
        }
        guard renameat(parent.descriptor, stageName, parent.descriptor, name) == 0 else {
            let reason = String(cString: strerror(errno))
            renameat(parent.descriptor, old, parent.descriptor, name)
            throw Failure(reason: "cannot replace the folder (\(reason))")
        }
        renameat(parent.descriptor, old, parent.descriptor, stageName)
    }

    /// Removes the staging folder without committing it.
    public func discard() {
        FolderTree(in: parent.descriptor, stageName)?.removeAll()
        unlinkat(parent.descriptor, stageName, AT_REMOVEDIR)
    }
}
