import Foundation
import ClaimModel

/// Reads files with plain POSIX calls: one `open`, `fstat` and `read` per file, safe to call
/// from several threads, and nil on any failure. `InputFiles.read` words the errors: on any
/// failure here callers take the plain path, which reads through it and says why.
enum FileBytes {
    /// The whole file (its first `limit` bytes at most), or nil when it cannot be read.
    static func read(_ path: String, limit: Int = .max) -> [UInt8]? {
        // Non-blocking, so a FIFO named like a claim file cannot hang the check waiting for a
        // writer; it is then refused as not a regular file, and the plain path says why.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = min(Int(status.st_size), limit)
        // Uninitialised: the read fills it, and zeroing 460 MB of claim files first cost a
        // page-clearing pass of its own.
        var ok = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var filled = 0
            while filled < size {
                let count = Foundation.read(descriptor, buffer.baseAddress! + filled, size - filled)
                if count < 0 { if errno == EINTR { continue }; ok = false; break }
                if count == 0 { break }
                filled += count
            }
            // A file that shrank while being read is read short; one that grew is re-read by
            // the plain path only if this read fails, so keep exactly what was read.
            initialized = ok ? filled : 0
        }
        guard ok else { return nil }
        return bytes
    }
}
