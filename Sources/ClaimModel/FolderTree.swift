import Foundation

/// A folder's tree, walked through descriptors without following links, for removing.
struct FolderTree {
    let descriptor: Int32

    init(descriptor: Int32) { self.descriptor = descriptor }

    init?(in parent: Int32, _ name: String) {
        descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
    }

    func close() { Foundation.close(descriptor) }

    func holds(_ name: String) -> Bool {
        var status = stat()
        return fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0
    }

    func entries() -> [(name: String, status: stat)] {
        let copy = openat(descriptor, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard copy >= 0, let stream = fdopendir(copy) else { return [] }
        defer { closedir(stream) }
        var found: [(String, stat)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            var status = stat()
            if name != ".", name != "..", fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 {
                found.append((name, status))
            }
        }
        return found
    }

    /// Empties the tree (then closes it); the caller removes the folder itself.
    func removeAll() {
        defer { close() }
        for (name, status) in entries() {
            if status.st_mode & S_IFMT == S_IFDIR {
                FolderTree(in: descriptor, name)?.removeAll()
                unlinkat(descriptor, name, AT_REMOVEDIR)
            } else {
                unlinkat(descriptor, name, 0)
            }
        }
    }

    /// Removes the entries `live` holds too: files by inode, links by target, folders
    /// recursively (removed when emptied). Closes both.
    func removeDuplicates(of live: FolderTree?) {
        defer { close(); live?.close() }
        guard let live else { return }
        for (name, status) in entries() {
            var other = stat()
            guard fstatat(live.descriptor, name, &other, AT_SYMLINK_NOFOLLOW) == 0,
                  status.st_mode & S_IFMT == other.st_mode & S_IFMT else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                FolderTree(in: descriptor, name)?.removeDuplicates(of: FolderTree(in: live.descriptor, name))
                unlinkat(descriptor, name, AT_REMOVEDIR)
            case S_IFLNK:
                if CheckedFolder.linkTarget(in: descriptor, name)
                    == CheckedFolder.linkTarget(in: live.descriptor, name) {
                    unlinkat(descriptor, name, 0)
                }
            default:
                if FileIdentity(status) == FileIdentity(other) { unlinkat(descriptor, name, 0) }
            }
        }
    }
}
