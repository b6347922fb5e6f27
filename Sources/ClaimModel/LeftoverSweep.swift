import Foundation

/// Removes what killed runs left in a folder the tool is about to write into: temporary files
/// and staging folders named by `TemporaryName` whose run has ended, owned by this user.
/// Nothing else is touched: a name the tool does not make, a link, another user's file, or
/// anything of a run still going stays where it is.
///
/// A staging folder is removed whole only when it still holds `StagedFolder.marker` (it was
/// never committed, so all it holds is new files and links to files kept elsewhere). Without
/// the marker it is a swapped-out output folder: only entries that the live folder holds too
/// (the same file, by inode) are removed, so a file that reached the old folder during the
/// swap is kept. An `.old` folder whose live folder is missing (a kill between the two
/// renames of the fallback swap) is put back.
public enum LeftoverSweep {
    public static func sweep(_ folder: CheckedFolder) {
        let user = getuid()
        for name in folder.names() {
            guard let temporary = TemporaryName(parsing: name), let status = folder.entry(name),
                  status.st_uid == user, temporary.ownerHasEnded else { continue }
            let type = status.st_mode & S_IFMT
            switch temporary.kind {
            case .file where type == S_IFREG:
                unlinkat(folder.descriptor, name, 0)
            case .stage where type == S_IFDIR, .old where type == S_IFDIR:
                if temporary.kind == .old && folder.entry(temporary.target) == nil {
                    renameat(folder.descriptor, name, folder.descriptor, temporary.target)
                } else if let stage = FolderTree(in: folder.descriptor, name) {
                    if stage.holds(StagedFolder.marker) {
                        stage.removeAll()
                    } else {
                        stage.removeDuplicates(of: FolderTree(in: folder.descriptor, temporary.target))
                    }
                    unlinkat(folder.descriptor, name, AT_REMOVEDIR)
                }
            default:
                continue
            }
        }
    }
}
