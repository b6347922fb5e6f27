import Foundation

/// Everything under a folder, hidden entries and links included (a link as its target, not
/// followed): "nothing written" means this is the same after a run as before it.
enum FolderState {
    static func of(_ folder: String) -> [String: String] {
        var state: [String: String] = [:]
        func visit(_ relative: String) {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            var status = stat()
            guard lstat(path, &status) == 0 else { return }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                if !relative.isEmpty { state[relative] = "folder" }
                for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                    visit(relative.isEmpty ? entry : relative + "/" + entry)
                }
            case S_IFLNK:
                state[relative] = "link to " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: path))
                                                ?? "?")
            case S_IFREG:
                state[relative] = "file: " + ((FileManager.default.contents(atPath: path)).map {
                    String(decoding: $0, as: UTF8.self) } ?? "?")
            default:
                state[relative] = "special"
            }
        }
        visit("")
        return state
    }
}
