import Foundation
import ClaimModel

/// The record indexed by series, kept between runs in the cache folder
/// (`.claimcheck-cache/index.bin`, opt-in with `check --cache`), so a desk check reads the
/// registries and the few claims its draft can be compared with instead of a million claims
/// from JSON.
///
/// Design, and why:
/// - It lives outside the claims (`.claimcheck-cache/` in the working folder, like `.build`),
///   so `check` never writes into the corpus, a read-only checkout still works, and git
///   ignores it. It is refused when it would land inside a folder being checked.
/// - The desk check needs claims by series (subject, attribute, unit; `DraftScope`), so the
///   index is a table of series-key hashes, sorted, each pointing at one block of claims (the
///   compact binary encoding of `CacheCoding`). Opening reads the header, the file table, the
///   sources and the key table with `pread`; each lookup reads one block. Nothing else of the
///   file is touched, so the cost does not grow with the corpus beyond the tables.
/// - Claims tied together by translations (`sameQuoteAs`) are one more block, read by every
///   desk check: folding follows translations across series.
/// - Validity is by content: the file table lists every file of the record, registries
///   included, in load order, with its stat stamp and content hash. A file whose stamp matches
///   and that settled before it was verified is trusted without reading (`FileStamp`: a file
///   changed within two seconds of its verification is racily clean and always re-hashed);
///   any other is read and hashed, and equal content still counts. A file added, removed or
///   changed in content retires the whole index (the desk check then loads the JSON and
///   writes a new one): an index of part of the record would silently miss claims. The
///   registries' content hash is in the header.
/// - The registries are in the index too, decoded (`RegistryCoding`): at 1M claims parsing
///   40,000 entities from JSON was the largest cost of a desk check. They are used only when
///   the registry files hash as they did when the index was written, and the index is only
///   written after a load without a single warning, so they are what decoding the JSON
///   would give.
/// - Never trusted when corrupt: the header, each table and each block carry a checksum; a
///   block stores its key, so a hash collision is told apart. Any mismatch means the index is
///   not used. It is written to a temporary file renamed into place.
public struct ClaimIndex: Sendable {
    static let magic = Array("claimcheck-index\n".utf8)
    /// Bump when the layout or the claim encoding changes.
    static let formatVersion: UInt64 = 4
    static let fileName = "index.bin"
    /// Magic, version, registry hash, five sections of (offset, length, checksum), checksum.
    static let headerLength = magic.count + 8 * 18
    static let sectionCount = 5

    /// One file of the record as it was indexed.
    struct FileEntry: Sendable {
        var path: String
        var isClaims: Bool
        var stamp: FileStamp
        var contentHash: UInt64
        var verifiedAt: Int
    }

    /// Where one series' claims are.
    struct KeyEntry: Sendable {
        var hash: UInt64
        var offset: Int
        var length: Int
        var checksum: UInt64
    }

    let path: String
    let registryHash: UInt64
    let files: [FileEntry]
    let sources: [String: Source]
    let keys: [KeyEntry]
    let translations: KeyEntry
    let entities: [Entity]
    let events: [Event]
    let attributes: [Attribute]

    static func seriesHash(_ key: DraftScope.SeriesKey) -> UInt64 {
        var writer = CacheWriter()
        writer.string(key.subject); writer.string(key.attribute); writer.optionalString(key.unit)
        return ContentHash.of(writer.bytes)
    }

    /// The index in `folder`, or nil when there is none or its tables are damaged.
    static func open(_ folder: String) -> ClaimIndex? {
        let path = folder + "/" + fileName
        guard let descriptor = openRegularFile(path) else { return nil }
        defer { close(descriptor) }
        guard let header = Self.read(descriptor, 0, headerLength), header.count == headerLength else { return nil }
        return header.withUnsafeBytes { raw -> ClaimIndex? in
            var reader = CacheReader(raw)
            do throws(CacheDamaged) {
                guard Array(try reader.take(magic.count)) == magic, try reader.uint64() == formatVersion else {
                    return nil
                }
                let registryHash = try reader.uint64()
                var sections: [(offset: Int, length: Int, checksum: UInt64)] = []
                for _ in 0..<sectionCount { sections.append((try reader.int(), try reader.int(), try reader.uint64())) }
                let headerHash = ContentHash.of(UnsafeRawBufferPointer(rebasing: raw[0..<(headerLength - 8)]))
                guard try reader.uint64() == headerHash else { return nil }
                var tables: [[UInt8]] = []
                for section in [sections[0], sections[1], sections[2], sections[4]] {
                    guard let bytes = Self.read(descriptor, section.offset, section.length),
                          ContentHash.of(bytes) == section.checksum else { return nil }
                    tables.append(bytes)
                }
                let translations = KeyEntry(hash: 0, offset: sections[3].offset, length: sections[3].length,
                                            checksum: sections[3].checksum)
                guard let files = tables[0].withUnsafeBytes({ try? Self.fileTable($0) }),
                      let sources = tables[1].withUnsafeBytes({ try? Self.sourceTable($0) }),
                      let keys = tables[2].withUnsafeBytes({ try? Self.keyTable($0) }),
                      let registries = tables[3].withUnsafeBytes({ try? Self.registryTable($0) }) else { return nil }
                return ClaimIndex(path: path, registryHash: registryHash, files: files, sources: sources, keys: keys,
                                  translations: translations, entities: registries.entities, events: registries.events,
                                  attributes: registries.attributes)
            } catch {
                return nil
            }
        }
    }

    private static func fileTable(_ raw: UnsafeRawBufferPointer) throws(CacheDamaged) -> [FileEntry] {
            var reader = CacheReader(raw)
            var files: [FileEntry] = []
            for _ in 0..<(try reader.count()) {
                let path = try reader.string(), isClaims = try reader.flag()
                let stamp = try reader.stamp()
                files.append(FileEntry(path: path, isClaims: isClaims, stamp: stamp, contentHash: try reader.uint64(),
                                       verifiedAt: try reader.int()))
            }
            return files
    }

    private static func sourceTable(_ raw: UnsafeRawBufferPointer) throws(CacheDamaged) -> [String: Source] {
            var reader = CacheReader(raw)
            var sources: [String: Source] = [:]
            for _ in 0..<(try reader.count()) {
                let source = try reader.source()
                sources[source.id] = source
            }
            return sources
    }

    private static func registryTable(
        _ raw: UnsafeRawBufferPointer
    ) throws(CacheDamaged) -> (entities: [Entity], events: [Event], attributes: [Attribute]) {
            var reader = CacheReader(raw)
            let registries = try reader.registries()
            guard reader.atEnd else { throw CacheDamaged() }
            return registries
    }

    private static func keyTable(_ raw: UnsafeRawBufferPointer) throws(CacheDamaged) -> [KeyEntry] {
            var reader = CacheReader(raw)
            var keys: [KeyEntry] = []
            for _ in 0..<(try reader.count()) {
                keys.append(KeyEntry(hash: try reader.uint64(), offset: try reader.int(), length: try reader.int(),
                                     checksum: try reader.uint64()))
            }
            return keys
    }

    /// Whether the index describes exactly these files with this content: the same paths in
    /// the same order, each either settled under the same stat stamp or hashing the same. The
    /// identity each file had when it was stat'ed, in order, when it does; nil when it does not.
    func describes(_ paths: [String], parallel: Bool) -> [FileIdentity]? {
        guard paths == files.map(\.path) else { return nil }
        let unchanged = ParallelMap.map(files.count, parallel: parallel) { index -> FileIdentity? in
            let entry = files[index]
            guard let stamp = FileStamp(path: entry.path) else { return nil }
            let identity = FileIdentity(device: stamp.device, inode: stamp.inode)
            if stamp == entry.stamp && stamp.settled(before: entry.verifiedAt) { return identity }
            return FileBytes.read(entry.path).map { ContentHash.of($0) } == entry.contentHash ? identity : nil
        }
        let identities = unchanged.compactMap { $0 }
        return identities.count == files.count ? identities : nil
    }

    /// The claims of these series plus every translation-related claim, in no set order; nil
    /// when a block does not hold up.
    func claims(for scope: DraftScope) -> [Claim]? {
        guard let descriptor = Self.openRegularFile(path) else { return nil }
        defer { close(descriptor) }
        // Translations belong to every scope; a series block only to its own key.
        var blocks = [(entry: translations, isTranslations: true)]
        for key in scope.keys {
            let hash = Self.seriesHash(key)
            // The first entry with this hash, then every entry sharing it.
            var low = 0, high = keys.count
            while low < high {
                let middle = (low + high) / 2
                if keys[middle].hash < hash { low = middle + 1 } else { high = middle }
            }
            while low < keys.count && keys[low].hash == hash { blocks.append((keys[low], false)); low += 1 }
        }
        var claims: [Claim] = []
        for (block, isTranslations) in blocks {
            guard let bytes = Self.read(descriptor, block.offset, block.length),
                  ContentHash.of(bytes) == block.checksum else { return nil }
            let found: [Claim]? = bytes.withUnsafeBytes { raw in
                var reader = CacheReader(raw)
                guard let read = try? readBlock(&reader), reader.atEnd else { return nil }
                guard isTranslations || scope.keys.contains(read.key) else { return [] }
                return read.claims
            }
            guard let found else { return nil }
            claims += found
        }
        return claims
    }

    private func readBlock(
        _ reader: inout CacheReader
    ) throws(CacheDamaged) -> (key: DraftScope.SeriesKey, claims: [Claim]) {
        let key = DraftScope.SeriesKey(subject: try reader.string(), attribute: try reader.string(),
                                       unit: try reader.optionalString())
        var claims: [Claim] = []
        for _ in 0..<(try reader.count()) {
            guard let source = sources[try reader.string()] else { throw CacheDamaged() }
            claims.append(try reader.claim(source: source))
        }
        return (key, claims)
    }

    /// The index file opened for reading, or nil. Non-blocking, then checked to be a regular
    /// file: a FIFO planted at `index.bin` would otherwise hang `check --cache` in `open`.
    static func openRegularFile(_ path: String) -> Int32? {
        let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    static func read(_ descriptor: Int32, _ offset: Int, _ length: Int) -> [UInt8]? {
        guard offset >= 0, length >= 0, length < Int(Int32.max) else { return nil }
        var bytes = [UInt8](repeating: 0, count: length)
        var filled = 0
        let ok: Bool = bytes.withUnsafeMutableBytes { buffer in
            while filled < length {
                let count = pread(descriptor, buffer.baseAddress! + filled, length - filled, off_t(offset + filled))
                if count < 0 { if errno == EINTR { continue }; return false }
                if count == 0 { return false }
                filled += count
            }
            return true
        }
        return ok ? bytes : nil
    }
}
