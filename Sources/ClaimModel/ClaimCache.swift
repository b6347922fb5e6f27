import Foundation

/// Decoded claim files kept between runs, so a pre-publication check does not re-parse a
/// million claims from JSON every time. Opt-in (`check --cache`): measured at 1M claims it
/// is not yet faster than the fast decoder, because reading it still builds every `Claim`.
///
/// Design, and why:
/// - It lives outside the claims (`.claimcheck-cache/` in the working folder, like `.build`),
///   so `check` never writes into the corpus, a read-only checkout still works, and git
///   ignores it. It is refused when it would land inside a folder being checked.
/// - One entry per claims file, keyed by path, holding the file's decoded source and claims.
///   A changed file costs its own re-decode, not the corpus's.
/// - Invalidation is by content. An entry is used when the file's bytes hash to the entry's
///   content hash. Hashing every file every run would read the whole corpus again, so the
///   stat fields (size, mtime and ctime to the nanosecond, inode, device) are a fast path:
///   when they all match and the file was last modified well before the entry was verified,
///   the content hash is trusted without reading. A file modified within two seconds of its
///   verification is "racily clean" (git's term: a same-size edit in the same clock tick
///   leaves stat unchanged) and is always re-hashed. Any stat difference means reading and
///   hashing; equal content keeps the entry.
/// - Entries depend on the registries they were validated against: the registries' content
///   hash is part of the cache, and a change to any registry retires every entry.
/// - Never trusted when corrupt: the header and every entry carry a checksum; a mismatch, a
///   short file or an unknown format version drops that entry (or the whole cache) and the
///   file is decoded from its JSON. Writes go to a temporary file renamed into place.
/// - Only valid, warning-free files decoded on the fast path are stored; files named one by
///   one on the command line (a draft) are read fresh and never stored.
public struct ClaimCache: Sendable {
    static let magic = Array("claimcheck-cache\n".utf8)
    /// Bump when the entry layout or the decoder's results change.
    static let formatVersion: UInt64 = 1
    static let fileName = "claims.bin"
    /// Seconds between a file's last change and its verification before stat is trusted.
    static let settleSeconds = 2

    /// The stat fields compared on the fast path.
    struct FileStamp: Equatable, Sendable {
        var size: Int, modifiedSeconds: Int, modifiedNanoseconds: Int, changedSeconds: Int, changedNanoseconds: Int
        var inode: UInt64, device: UInt64

        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            size = Int(status.st_size)
            #if os(Linux)
            modifiedSeconds = Int(status.st_mtim.tv_sec); modifiedNanoseconds = Int(status.st_mtim.tv_nsec)
            changedSeconds = Int(status.st_ctim.tv_sec); changedNanoseconds = Int(status.st_ctim.tv_nsec)
            #else
            modifiedSeconds = Int(status.st_mtimespec.tv_sec); modifiedNanoseconds = Int(status.st_mtimespec.tv_nsec)
            changedSeconds = Int(status.st_ctimespec.tv_sec); changedNanoseconds = Int(status.st_ctimespec.tv_nsec)
            #endif
            inode = UInt64(status.st_ino)
            device = UInt64(status.st_dev)
        }

        init(size: Int, modifiedSeconds: Int, modifiedNanoseconds: Int, changedSeconds: Int, changedNanoseconds: Int, inode: UInt64, device: UInt64) {
            self.size = size; self.modifiedSeconds = modifiedSeconds; self.modifiedNanoseconds = modifiedNanoseconds
            self.changedSeconds = changedSeconds; self.changedNanoseconds = changedNanoseconds; self.inode = inode; self.device = device
        }
    }

    /// What the index says about one file, before its claims are decoded.
    struct Entry: Sendable {
        var stamp: FileStamp
        var contentHash: UInt64
        /// When the content hash was last computed from the file.
        var verifiedAt: Int
        /// The whole entry (metadata and claims), and its checksum.
        var payload: Range<Int>
        var checksum: UInt64
        /// Where the decoded claims start inside the payload.
        var claimsOffset: Int

        /// Whether stat alone may vouch for the content.
        func isSettled(_ stamp: FileStamp) -> Bool {
            stamp == self.stamp && max(stamp.modifiedSeconds, stamp.changedSeconds) + ClaimCache.settleSeconds < verifiedAt
        }
    }

    let bytes: [UInt8]
    let registryHash: UInt64
    let entries: [String: Entry]

    /// The cache in `folder` for these registries, or nil when there is none, it was built
    /// against other registries (another corpus checked from the same folder), or it cannot be
    /// trusted as a whole. The header is read first, so a cache of another corpus costs one
    /// small read, not the whole file.
    static func open(_ folder: String, registryHash: UInt64) -> ClaimCache? {
        let path = folder + "/" + fileName
        guard let header = FileBytes.prefix(path, magic.count + 16),
              header.count == magic.count + 16, Array(header.prefix(magic.count)) == magic,
              header.withUnsafeBytes({ UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: magic.count + 8, as: UInt64.self)) }) == registryHash,
              let bytes = FileBytes.read(path) else { return nil }
        return bytes.withUnsafeBytes { raw -> ClaimCache? in
            var reader = CacheReader(raw)
            do throws(CacheDamaged) {
                guard Array(try reader.take(magic.count)) == magic, try reader.uint64() == formatVersion else { return nil }
                let headerEnd = reader.offset + 16
                let registryHash = try reader.uint64(), count = try reader.int()
                guard try reader.uint64() == ContentHash.of(UnsafeRawBufferPointer(rebasing: raw[0..<headerEnd])) else { return nil }
                var entries: [String: Entry] = [:]
                for _ in 0..<count {
                    let length = try reader.int(), checksum = try reader.uint64()
                    let start = reader.offset
                    let payload = try reader.take(length)
                    // The index is read before the checksum is checked: a damaged path or stamp
                    // only means a miss, and the checksum is checked before any claim is used.
                    var meta = CacheReader(payload)
                    guard let path = try? meta.string(), let entry = try? Self.metadata(&meta, payload: start..<(start + length), checksum: checksum) else { continue }
                    entries[path] = entry
                }
                return ClaimCache(bytes: bytes, registryHash: registryHash, entries: entries)
            } catch {
                return nil
            }
        }
    }

    private static func metadata(_ reader: inout CacheReader, payload: Range<Int>, checksum: UInt64) throws(CacheDamaged) -> Entry {
        let stamp = FileStamp(size: try reader.int(), modifiedSeconds: try reader.int(), modifiedNanoseconds: try reader.int(),
                              changedSeconds: try reader.int(), changedNanoseconds: try reader.int(), inode: try reader.uint64(),
                              device: try reader.uint64())
        return Entry(stamp: stamp, contentHash: try reader.uint64(), verifiedAt: try reader.int(), payload: payload,
                     checksum: checksum, claimsOffset: reader.offset)
    }

    /// The entry's claims, or nil when its checksum or content does not hold up.
    func decoded(_ entry: Entry, decoder: ClaimFileFastDecoder) -> ClaimFileDecoder.Decoded? {
        bytes.withUnsafeBytes { raw in
            let payload = UnsafeRawBufferPointer(rebasing: raw[entry.payload])
            guard ContentHash.of(payload) == entry.checksum else { return nil }
            var reader = CacheReader(UnsafeRawBufferPointer(rebasing: payload[entry.claimsOffset...]), decoder: decoder)
            guard let decoded = try? reader.decoded(), reader.atEnd else { return nil }
            return decoded
        }
    }

    /// The encoded entry, reused as is when nothing about the file changed.
    func payload(_ entry: Entry) -> ArraySlice<UInt8> { bytes[entry.payload] }

    /// One file's entry for a new cache.
    struct NewEntry: Sendable {
        var path: String
        var payload: [UInt8]
    }

    static func entry(path: String, stamp: FileStamp, contentHash: UInt64, verifiedAt: Int, decoded: ClaimFileDecoder.Decoded) -> NewEntry {
        var writer = CacheWriter()
        writer.string(path)
        writer.int(stamp.size); writer.int(stamp.modifiedSeconds); writer.int(stamp.modifiedNanoseconds)
        writer.int(stamp.changedSeconds); writer.int(stamp.changedNanoseconds); writer.uint64(stamp.inode); writer.uint64(stamp.device)
        writer.uint64(contentHash); writer.int(verifiedAt)
        writer.decoded(decoded)
        return NewEntry(path: path, payload: writer.bytes)
    }

    /// Writes a whole new cache atomically; failures are silent, since a cache is only ever an
    /// optimisation.
    static func write(_ entries: [NewEntry], registryHash: UInt64, to folder: String) {
        var writer = CacheWriter()
        writer.bytes += magic
        writer.uint64(formatVersion)
        writer.uint64(registryHash)
        writer.int(entries.count)
        writer.uint64(ContentHash.of(writer.bytes))
        for entry in entries {
            writer.int(entry.payload.count)
            writer.uint64(ContentHash.of(entry.payload))
            writer.bytes += entry.payload
        }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/.\(fileName).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(writer.bytes)) else { return }
        if rename(temporary, folder + "/" + fileName) != 0 { unlink(temporary) }
    }

    static var now: Int { Int(Date().timeIntervalSince1970) }
}
