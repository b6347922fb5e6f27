import Foundation
import ClaimModel

/// Writes reports and baselines atomically: the text goes to a temporary file beside the
/// target, is flushed to disk, and is renamed over the target. A process killed midway leaves
/// the previous file intact, never a half-written one.
public enum ReportFile {
    public static func write(_ text: String, to path: String) throws(InputError) {
        let folder = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        let folderPath = folder.isEmpty ? "." : folder
        guard FileManager.default.fileExists(atPath: folderPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: path, "cannot write the report: the folder \(folderPath) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError(file: path, "cannot write the report: it is a folder")
        }
        let template = (folderPath as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).tmp.XXXXXX")
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
}
