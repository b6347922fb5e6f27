import Foundation

/// Every file the tool writes goes through here: reports, baselines, the desk check's index
/// and (through `StagedFolder`) extracted claim files.
///
/// The bytes go to a temporary file created with `O_CREAT | O_EXCL | O_NOFOLLOW` under an
/// unpredictable name (`TemporaryName`) in a folder opened without following links
/// (`CheckedFolder`), so nothing planted at a name can be written through. Only a regular file
/// or nothing may stand at the target; `WriteGuard` refuses targets the run reads. The
/// temporary is renamed over the target when complete, so a reader sees the old file or the
/// new one, never part of one. It is removed on every failure, on an interrupting signal
/// (`PendingTemporaries`), and after a SIGKILL by the next run's `LeftoverSweep`.
public final class AtomicFile {
    public let folder: CheckedFolder
    public let target: String
    let temporary: String
    public let descriptor: Int32
    let slot: Int?
    var finished = false

    public struct Failure: Error, Sendable {
        public var reason: String
    }

    /// A temporary file for `target` in `folder`. Leftovers of killed runs in the folder are
    /// removed first.
    public init(in folder: CheckedFolder, target: String) throws(Failure) {
        if let reason = Self.refusal(at: target, in: folder) { throw Failure(reason: reason) }
        LeftoverSweep.sweep(folder)
        self.folder = folder
        self.target = target
        var attempts = 0
        while true {
            let name = TemporaryName(for: target, kind: .file).name
            let opened = openat(folder.descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if opened >= 0 {
                descriptor = opened
                temporary = name
                break
            }
            // Taken (planted, or another run's): try another name; anything else is final.
            attempts += 1
            guard errno == EEXIST || errno == ELOOP, attempts < 100 else {
                throw Failure(reason: String(cString: strerror(errno)))
            }
        }
        slot = PendingTemporaries.register(folder.path + "/" + temporary)
    }

    deinit { if !finished { discard() } }

    /// Why `target` cannot be replaced, or nil. Renaming over a link would silently turn a
    /// link someone made on purpose into a file, and following it would let a link committed
    /// to a repository steer CI output anywhere; so a link is refused and the user names the
    /// file it points to. A device such as /dev/null would be replaced by a regular file when
    /// run as root.
    public static func refusal(at target: String, in folder: CheckedFolder) -> String? {
        guard !target.isEmpty, target != ".", target != "..", !target.contains("/") else {
            return "the path names a folder, not a file"
        }
        guard let status = folder.entry(target) else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            return nil
        case S_IFLNK:
            let link = CheckedFolder.linkTarget(in: folder.descriptor, target).map { " to \($0)" } ?? ""
            return "it is a symbolic link\(link); name the file it points to, or remove the link"
        case S_IFDIR:
            return "it is a folder"
        default:
            return "it is not a regular file"
        }
    }

    /// Appends all of `bytes`; false on a write error (the reason is in errno).
    public func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var done = 0
        while done < bytes.count {
            let count = Foundation.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if count < 0 { if errno == EINTR { continue }; return false }
            if count == 0 { return false }
            done += count
        }
        return true
    }

    /// Renames the temporary over the target. `durable`: flush the file before and the
    /// folder after, so the new file survives a power cut (reports and baselines; the index is
    /// checksummed and can be rebuilt, so it is not flushed).
    public func commit(durable: Bool) throws(Failure) {
        finished = true
        defer { PendingTemporaries.release(slot) }
        if durable && fsync(descriptor) != 0 {
            let reason = String(cString: strerror(errno))
            close(descriptor); unlinkat(folder.descriptor, temporary, 0)
            throw Failure(reason: reason)
        }
        let closed = close(descriptor) == 0
        let reason = String(cString: strerror(errno))
        guard closed, renameat(folder.descriptor, temporary, folder.descriptor, target) == 0 else {
            let why = closed ? String(cString: strerror(errno)) : reason
            unlinkat(folder.descriptor, temporary, 0)
            throw Failure(reason: why)
        }
        if durable { fsync(folder.descriptor) }
    }

    /// Removes the temporary; the target stays as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        close(descriptor)
        unlinkat(folder.descriptor, temporary, 0)
        PendingTemporaries.release(slot)
    }
}

extension AtomicFile {
    /// Writes `bytes` to `path` durably, after `guard` has had its say. Errors are worded for
    /// "cannot write the report: …" and carry the path.
    public static func write(_ bytes: [UInt8], to path: String, guard writeGuard: WriteGuard? = nil,
                             what: String = "the report") throws(InputError) {
        let (folderPath, name) = split(path)
        func refuse(_ reason: String) -> InputError { InputError(file: path, "cannot write \(what): \(reason)") }
        guard !path.isEmpty else { throw refuse("the file name is empty") }
        guard !name.isEmpty, name != ".", name != ".." else { throw refuse("the path names a folder, not a file") }
        let folder: CheckedFolder
        do throws(CheckedFolder.Refusal) { folder = try CheckedFolder(folderPath) } catch { throw refuse(error.reason) }
        if let reason = refusal(at: name, in: folder) { throw refuse(reason) }
        if let writeGuard, let reason = writeGuard.refusal(folder: folder, name: name) {
            throw InputError(file: path, reason)
        }
        do throws(Failure) {
            let file = try AtomicFile(in: folder, target: name)
            let written = bytes.withUnsafeBytes { file.write($0) }
            guard written else {
                let reason = String(cString: strerror(errno))
                file.discard()
                throw Failure(reason: reason)
            }
            try file.commit(durable: true)
        } catch {
            throw refuse(error.reason)
        }
    }

    /// Folder and file name, split by hand: Foundation's NSString path methods trap on
    /// one-character paths such as "r".
    public static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }
}
