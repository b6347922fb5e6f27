import Foundation

/// A folder's tree reproduced by hard links: folders made anew (same mode), files linked,
/// symbolic links made again with the same target. Used to carry an existing output folder's
/// entries into its replacement, so the swap loses nothing and copies no bytes.
enum FolderLinks {
    /// Copies `source`'s entries into `destination`, except the names in `skipping` at the
    /// top; the problem in words when an entry cannot be carried across.
    static func copy(_ source: Int32, into destination: Int32, skipping: Set<String> = []) -> String? {
        let tree = FolderTree(descriptor: source)
        for (name, status) in tree.entries() where !skipping.contains(name) {
            guard TemporaryName(parsing: name) == nil else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                guard linkat(source, name, destination, name, 0) == 0 else {
                    return "cannot keep \(name) in the new folder (\(String(cString: strerror(errno))))"
                }
            case S_IFLNK:
                guard let target = CheckedFolder.linkTarget(in: source, name),
                    symlinkat(target, destination, name) == 0 else {
                    return "cannot keep the link \(name) in the new folder (\(String(cString: strerror(errno))))"
                }
            case S_IFDIR:
                guard mkdirat(destination, name, status.st_mode & 0o7777 | 0o700) == 0,
                      let from = FolderTree(in: source, name), let to = FolderTree(in: destination, name) else {
                    return "cannot keep the folder \(name) in the new folder (\(String(cString: strerror(errno))))"
                }
                defer { from.close(); to.close() }
                if let problem = copy(from.descriptor, into: to.descriptor) { return problem }
                fchmod(to.descriptor, status.st_mode & 0o7777)
            default:
                return "\(name) is not a file, folder or link, so the folder cannot be replaced as a whole; "
                       + "move it away"
            }
        }
        return nil
    }
}
