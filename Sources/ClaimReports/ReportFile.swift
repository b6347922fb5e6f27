import Foundation
import ClaimModel

/// Writes reports and baselines atomically: the text goes to a temporary file beside the
/// target, is flushed to disk, and is renamed over the target. A process killed midway leaves
/// the previous file intact, never a half-written one.
public enum ReportFile {
    public static func write(_ text: String, to path: String) throws(InputError) {
        guard !path.isEmpty else { throw InputError(file: path, "cannot write the report: the file name is empty") }
        let (folderPath, name) = split(path)
        guard !name.isEmpty, name != ".", name != ".." else {
            throw InputError(file: path, "cannot write the report: the path names a folder, not a file")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folderPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: path, "cannot write the report: the folder \(folderPath) does not exist")
        }
        try checkReplaceable(path)
        let template = folderPath + "/." + name + ".tmp.XXXXXX"
        var templateBytes = Array(template.utf8CString)
        let descriptor = templateBytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw InputError(file: path, "cannot write the report: \(String(cString: strerror(errno)))")
        }
        let temporary = String(decoding: templateBytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var bytes = Array(text.utf8)
        var written = 0
        let ok: Bool = bytes.withUnsafeMutableBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 { if errno == EINTR { continue }; return false }
                written += result
            }
            return fsync(descriptor) == 0
        }
        let reason = String(cString: strerror(errno))
        fchmod(descriptor, 0o644)
        close(descriptor)
        guard ok else {
            unlink(temporary)
            throw InputError(file: path, "cannot write the report: \(reason)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw InputError(file: path, "cannot write the report: \(reason)")
        }
    }

    /// Folder and file name, split by hand: Foundation's NSString path methods trap on
    /// one-character paths such as "r".
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }

    /// Only a regular file (or nothing) may stand at the target. The rename would replace a
    /// symbolic link itself, silently turning a link someone made on purpose into a file, and
    /// following it instead would let a link committed to a repository steer CI output
    /// anywhere; so a link is refused and the user names the file it points to. A device
    /// such as /dev/null would be replaced by a regular file when run as root.
    static func checkReplaceable(_ path: String) throws(InputError) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            return
        case S_IFLNK:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { " to \($0)" } ?? ""
            throw InputError(file: path, "cannot write the report: it is a symbolic link\(target); name the file it points to, or remove the link")
        case S_IFDIR:
            throw InputError(file: path, "cannot write the report: it is a folder")
        default:
            throw InputError(file: path, "cannot write the report: it is not a regular file")
        }
    }
}
