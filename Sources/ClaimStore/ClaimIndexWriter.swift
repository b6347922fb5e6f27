import Foundation
import ClaimModel

/// Builds `ClaimIndex` from a loaded record: claims grouped by series, each series one block,
/// translation-related claims one more block, then the tables and, at the start, the header.
///
/// Why it works the way it does: at a million claims, building every `Claim` first, grouping
/// them in a dictionary of string keys and holding the whole index in memory (then copying it
/// once more to write it) took 13 s and peaked at 1.7 GB, over the 1.5 GB budget. Now series
/// are integers of the table's rows, claims are decoded one chunk of series at a time on
/// every core, and each chunk is written to the file as soon as it is encoded, so memory holds
/// the loaded record, the grouping and a few chunks.
extension ClaimIndex {
    /// About this many claims per chunk of series encoded on one core.
    static let chunkClaims = 4_096
    /// Chunks encoded at once before they are written, bounding what is held in memory.
    static let chunksPerRound = 32

    /// Writes the index of `claimSet` for `files` atomically, through `AtomicFile`, into
    /// `folder` (created in the working folder if missing, never through a link, never where
    /// `guard` says the run reads); failures are silent, since the index is only ever an
    /// optimisation. Returns whether the index was written.
    @discardableResult
    static func write(files: [FileEntry], registryHash: UInt64, claimSet: ClaimSet, to folder: String,
                      guard writeGuard: WriteGuard, parallel: Bool, chunkClaims: Int = chunkClaims,
                      chunksPerRound: Int = chunksPerRound) -> Bool {
        let (parentPath, name) = AtomicFile.split(folder)
        guard let parent = try? CheckedFolder(parentPath), writeGuard.refusal(folder: parent, name: name) == nil,
              let cache = try? CheckedFolder(folder, creating: true),
              writeGuard.refusal(folder: cache, name: fileName) == nil,
              let temporary = try? AtomicFile(in: cache, target: fileName) else { return false }
        var file = OutputFile(descriptor: temporary.descriptor)
        let written = file.write(files: files, registryHash: registryHash, claimSet: claimSet, parallel: parallel,
                                 chunkClaims: chunkClaims, chunksPerRound: chunksPerRound)
        guard written else { temporary.discard(); return false }
        return (try? temporary.commit(durable: false)) != nil
    }

    /// Positions of a list's claims grouped by series: series `s` holds
    /// `members[starts[s]..<starts[s + 1]]`, ascending. Series come in the order of their
    /// first claim, so the file is the same whatever the hashing.
    struct SeriesGroups {
        var starts: [Int]
        var members: [Int]

        init(_ list: ClaimList) {
            var numbers: [Int] = []
            numbers.reserveCapacity(list.count)
            var count = 0
            func number<Key: Hashable>(_ key: Key, _ seen: inout [Key: Int]) {
                if let known = seen[key] {
                    numbers.append(known)
                } else {
                    seen[key] = count
                    numbers.append(count)
                    count += 1
                }
            }
            let columns = list.columns
            var seen: [ClaimColumns.Series: Int] = [:]
            for index in 0..<columns.count { number(columns.series(at: index), &seen) }
            // A counting sort by series number, stable, so members stay ascending.
            var starts = [Int](repeating: 0, count: count + 1)
            for number in numbers { starts[number + 1] += 1 }
            for series in 0..<count { starts[series + 1] += starts[series] }
            var next = starts
            var members = [Int](repeating: 0, count: numbers.count)
            for (position, number) in numbers.enumerated() {
                members[next[number]] = position
                next[number] += 1
            }
            self.starts = starts
            self.members = members
        }

        var count: Int { starts.count - 1 }

        func members(of series: Int) -> ArraySlice<Int> { members[starts[series]..<starts[series + 1]] }

        /// Consecutive series of about `claims` claims each (a big series alone).
        func chunks(ofAbout claims: Int) -> [Range<Int>] {
            var chunks: [Range<Int>] = []
            var first = 0
            for series in 0..<count where starts[series + 1] - starts[first] >= claims {
                chunks.append(first..<(series + 1))
                first = series + 1
            }
            if first < count { chunks.append(first..<count) }
            return chunks
        }
    }

    /// One series' block: its key, then each claim with its source id. `offset` is relative
    /// to the start of `writer`'s bytes until the block is placed in the file.
    static func block(_ key: DraftScope.SeriesKey, _ claims: [Claim], into writer: inout CacheWriter) -> KeyEntry {
        block(key, count: claims.count, into: &writer) { writer in
            for claim in claims {
                writer.string(claim.sourceID)
                writer.claim(claim)
            }
        }
    }

    /// A block of `count` claims, which `claims` appends (each its source id, then the claim).
    static func block(_ key: DraftScope.SeriesKey, count: Int, into writer: inout CacheWriter,
                      claims: (inout CacheWriter) -> Void) -> KeyEntry {
        let start = writer.bytes.count
        writer.string(key.subject); writer.string(key.attribute); writer.optionalString(key.unit)
        writer.int(count)
        claims(&writer)
        let checksum = writer.bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[start...])) }
        return KeyEntry(hash: seriesHash(key), offset: start, length: writer.bytes.count - start, checksum: checksum)
    }

    /// The blocks of a chunk of series: a table's claims encoded from their packed form
    /// (`encodeForIndex`; `fromPacked: false` decodes them instead, as tests compare), other
    /// lists' claims decoded a series at a time.
    static func encode(_ chunk: Range<Int>, of groups: SeriesGroups, _ list: ClaimList,
                       fromPacked: Bool = true) -> (bytes: [UInt8], keys: [KeyEntry]) {
        var writer = CacheWriter()
        var keys: [KeyEntry] = []
        keys.reserveCapacity(chunk.count)
        if fromPacked, let table = list.table {
            // The key from the columns, the ids the claims would give.
            let columns = list.columns
            for series in chunk {
                let members = groups.members(of: series)
                let first = members[members.startIndex]
                let attribute = Int(columns.attribute[first]), unit = Int(columns.unit[first])
                let key = DraftScope.SeriesKey(subject: columns.subjectIDs[Int(columns.subject[first])],
                                               attribute: columns.attributeIDs[attribute],
                                               unit: unit < 0 ? nil : columns.unitIDs[attribute][unit])
                keys.append(block(key, count: members.count, into: &writer) { writer in
                    for member in members { table.encodeForIndex(member, into: &writer) }
                })
            }
            return (writer.bytes, keys)
        }
        for series in chunk {
            let claims = groups.members(of: series).map { list[$0] }
            keys.append(block(DraftScope.SeriesKey(claims[0]), claims, into: &writer))
        }
        return (writer.bytes, keys)
    }

    /// The temporary file (`AtomicFile` owns it), written front to back, the header last in
    /// its place.
    struct OutputFile {
        let descriptor: Int32
        var offset = 0

        mutating func append(_ bytes: [UInt8]) -> Bool {
            guard write(bytes, at: offset) else { return false }
            offset += bytes.count
            return true
        }

        func write(_ bytes: [UInt8], at position: Int) -> Bool {
            bytes.withUnsafeBytes { raw in
                var done = 0
                while done < raw.count {
                    let count = pwrite(descriptor, raw.baseAddress! + done, raw.count - done, off_t(position + done))
                    if count < 0 { if errno == EINTR { continue }; return false }
                    if count == 0 { return false }
                    done += count
                }
                return true
            }
        }

        /// Appends bytes as one section: where it is, how long, and its checksum.
        mutating func section(_ bytes: [UInt8]) -> (offset: Int, length: Int, checksum: UInt64)? {
            let start = offset
            guard append(bytes) else { return nil }
            return (start, bytes.count, ContentHash.of(bytes))
        }

        mutating func write(files: [FileEntry], registryHash: UInt64, claimSet: ClaimSet, parallel: Bool,
                            chunkClaims: Int, chunksPerRound: Int) -> Bool {
            let list = claimSet.claimList
            guard append([UInt8](repeating: 0, count: headerLength)) else { return false }

            // The series blocks, a round of chunks at a time.
            let groups = SeriesGroups(list)
            let chunks = groups.chunks(ofAbout: chunkClaims)
            var keys: [KeyEntry] = []
            keys.reserveCapacity(groups.count)
            for round in stride(from: 0, to: chunks.count, by: chunksPerRound) {
                let roundChunks = Array(chunks[round..<min(chunks.count, round + chunksPerRound)])
                let encoded = ParallelMap.map(roundChunks.count, parallel: parallel) {
                    encode(roundChunks[$0], of: groups, list)
                }
                for (bytes, chunkKeys) in encoded {
                    let base = offset
                    guard append(bytes) else { return false }
                    keys += chunkKeys.map {
                        KeyEntry(hash: $0.hash, offset: base + $0.offset, length: $0.length, checksum: $0.checksum)
                    }
                }
            }
            keys.sort { ($0.hash, $0.offset) < ($1.hash, $1.offset) }

            // Translations: a block of its own, under no series.
            var translationBlock = CacheWriter()
            let related = list.translationRelated(), none = DraftScope.SeriesKey(subject: "", attribute: "", unit: nil)
            if let table = list.table {
                _ = block(none, count: related.count, into: &translationBlock) { writer in
                    for member in related { table.encodeForIndex(member, into: &writer) }
                }
            } else {
                _ = block(none, related.map { list[$0] }, into: &translationBlock)
            }
            guard let translations = section(translationBlock.bytes) else { return false }

            var fileTable = CacheWriter()
            fileTable.int(files.count)
            for file in files {
                fileTable.string(file.path); fileTable.byte(file.isClaims ? 1 : 0)
                fileTable.stamp(file.stamp)
                fileTable.uint64(file.contentHash); fileTable.int(file.verifiedAt)
            }
            var sourceTable = CacheWriter()
            let sources = claimSet.sources.values.sorted { $0.id < $1.id }
            sourceTable.int(sources.count)
            for source in sources { sourceTable.source(source) }
            var keyTable = CacheWriter()
            keyTable.int(keys.count)
            for key in keys {
                keyTable.uint64(key.hash); keyTable.int(key.offset)
                keyTable.int(key.length); keyTable.uint64(key.checksum)
            }
            var registryTable = CacheWriter()
            registryTable.registries(entities: claimSet.entities.values.sorted { $0.id < $1.id },
                                     events: claimSet.events.values.sorted { $0.id < $1.id },
                                     attributes: claimSet.attributes.values.sorted { $0.id < $1.id })
            guard let fileSection = section(fileTable.bytes), let sourceSection = section(sourceTable.bytes),
                  let keySection = section(keyTable.bytes), let registrySection = section(registryTable.bytes) else {
                return false
            }

            var header = CacheWriter()
            header.bytes += magic
            header.uint64(formatVersion)
            header.uint64(registryHash)
            for part in [fileSection, sourceSection, keySection, translations, registrySection] {
                header.int(part.offset); header.int(part.length); header.uint64(part.checksum)
            }
            header.uint64(ContentHash.of(header.bytes))
            precondition(header.bytes.count == headerLength)
            return write(header.bytes, at: 0)
        }
    }
}
