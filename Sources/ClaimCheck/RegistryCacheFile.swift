import Foundation
import ClaimModel

/// `.claimcheck-cache/registry.bin`: the extraction registry's kept tables (people's name keys,
/// derived names, acronyms: `ExtractionRegistry.keptTables`) beside the desk check's index, so a
/// warm desk check reads them instead of folding and deriving 40,000 names again (about a
/// third of its CPU time at 1M claims).
///
/// When it may be used, and why that is safe: the tables are a function of the registries and
/// of the extraction code. The file is keyed by both: the registries' content hash of the index
/// (`IndexedRecord.registryHash`, which `openIndex` has just checked against the registry
/// files' content, and which includes the built-in vocabulary), and the identity of the running
/// executable (its size, modification time, inode and device), so another build of the tool
/// never reads tables a different extraction code built; it then builds them and writes its
/// own. The payload carries a checksum: a damaged or truncated file is not used, and neither
/// is one whose key or version differs. It is written to a temporary renamed into place, only
/// into the cache folder the index was read from or written to, never where the run reads.
enum RegistryCacheFile {
    static let fileName = "registry.bin"
    static let magic = Array("claimcheck-registry\n".utf8)
    /// Bump when the layout of this file changes.
    static let formatVersion: UInt64 = 1
    /// Magic, version, key, payload length, payload checksum.
    static let headerLength = magic.count + 8 * 4
    /// Larger than any registry's tables: a length beyond it means damage.
    static let largestPayload = 1 << 30

    /// The key of tables derived from registries with `registryHash` by this executable; nil
    /// when the executable cannot be identified (the tables are then neither read nor written).
    static func key(registryHash: UInt64) -> UInt64? {
        guard let identity = executableIdentity else { return nil }
        let parts = [registryHash, formatVersion] + identity
        return parts.withUnsafeBytes { raw in
            var ascii = true
            return ByteHash.of(raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: raw.count, ascii: &ascii)
        }
    }

    /// Size, modification time (seconds and nanoseconds), inode and device of the running
    /// executable, once per process.
    static let executableIdentity: [UInt64]? = {
        #if os(Linux)
        let path = "/proc/self/exe"
        #else
        guard let path = Bundle.main.executablePath else { return nil }
        #endif
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        #if os(Linux)
        let modified = status.st_mtim
        #else
        let modified = status.st_mtimespec
        #endif
        return [UInt64(status.st_size), UInt64(bitPattern: Int64(modified.tv_sec)),
                UInt64(bitPattern: Int64(modified.tv_nsec)), UInt64(status.st_ino), UInt64(status.st_dev)]
    }()

    /// The payload kept in `folder` under `key`, or nil when there is none or it does not hold.
    static func read(_ folder: String, key: UInt64) -> [UInt8]? {
        // Non-blocking, then checked to be a regular file: a FIFO planted there must not hang the check.
        let descriptor = open(folder + "/" + fileName, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              status.st_size >= headerLength, status.st_size <= headerLength + largestPayload else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        let filled = bytes.withUnsafeMutableBytes { buffer -> Int in
            var filled = 0
            while filled < buffer.count {
                let count = Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                filled += count
            }
            return filled
        }
        guard filled == bytes.count, Array(bytes[0..<magic.count]) == magic else { return nil }
        func word(_ index: Int) -> UInt64 {
            bytes.withUnsafeBytes {
                UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: magic.count + 8 * index, as: UInt64.self))
            }
        }
        guard word(0) == formatVersion, word(1) == key, word(2) == UInt64(bytes.count - headerLength) else {
            return nil
        }
        let payload = Array(bytes[headerLength...])
        guard checksum(payload) == word(3) else { return nil }
        return payload
    }

    /// Writes `payload` under `key` into `folder`, which must exist already (the index's);
    /// failures are silent, since the file is only ever an optimisation.
    static func write(_ payload: [UInt8], key: UInt64, to folder: String, guard writeGuard: WriteGuard) {
        guard let cache = try? CheckedFolder(folder), writeGuard.refusal(folder: cache, name: fileName) == nil,
              let temporary = try? AtomicFile(in: cache, target: fileName) else { return }
        var bytes = magic
        for word in [formatVersion, key, UInt64(payload.count), checksum(payload)] {
            withUnsafeBytes(of: word.littleEndian) { bytes += $0 }
        }
        bytes += payload
        guard bytes.withUnsafeBytes({ temporary.write($0) }) else { temporary.discard(); return }
        try? temporary.commit(durable: false)
    }

    static func checksum(_ payload: [UInt8]) -> UInt64 {
        payload.withUnsafeBufferPointer { buffer in
            var ascii = true
            guard let base = buffer.baseAddress else { return 0 }
            return ByteHash.of(base, count: buffer.count, ascii: &ascii)
        }
    }
}
