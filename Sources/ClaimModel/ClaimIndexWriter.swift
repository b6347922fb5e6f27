import Foundation

/// Builds `ClaimIndex` from a loaded record: claims grouped by series, each series one block,
/// translation-related claims one more block, then the tables and, at the start, the header.
extension ClaimIndex {
    static func write(files: [FileEntry], registryHash: UInt64, claimSet: ClaimSet, to folder: String) {
        let claims = claimSet.claims
        var series: [DraftScope.SeriesKey: [Int]] = [:]
        for index in claims.indices { series[DraftScope.SeriesKey(claims[index]), default: []].append(index) }
        let targets = Set(claims.compactMap(\.sameQuoteAs))
        let translated = claims.indices.filter { DraftScope.isTranslationRelated(claims[$0], targets: targets) }

        var writer = CacheWriter()
        writer.bytes = [UInt8](repeating: 0, count: headerLength)
        func block(_ key: DraftScope.SeriesKey, _ members: [Int]) -> KeyEntry {
            let start = writer.bytes.count
            writer.string(key.subject); writer.string(key.attribute); writer.optionalString(key.unit)
            writer.int(members.count)
            for member in members {
                writer.string(claims[member].sourceID)
                writer.claim(claims[member])
            }
            let checksum = writer.bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[start...])) }
            return KeyEntry(hash: seriesHash(key), offset: start, length: writer.bytes.count - start, checksum: checksum)
        }
        let keys = series.map { block($0.key, $0.value) }.sorted { $0.hash < $1.hash }
        let translations = block(DraftScope.SeriesKey(subject: "", attribute: "", unit: nil), translated)

        func section(_ body: (inout CacheWriter) -> Void) -> (offset: Int, length: Int, checksum: UInt64) {
            let start = writer.bytes.count
            body(&writer)
            let checksum = writer.bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[start...])) }
            return (start, writer.bytes.count - start, checksum)
        }
        let fileSection = section { writer in
            writer.int(files.count)
            for file in files {
                writer.string(file.path); writer.byte(file.isClaims ? 1 : 0)
                writer.stamp(file.stamp)
                writer.uint64(file.contentHash); writer.int(file.verifiedAt)
            }
        }
        let sourceSection = section { writer in
            let sources = claimSet.sources.values.sorted { $0.id < $1.id }
            writer.int(sources.count)
            for source in sources { writer.source(source) }
        }
        let keySection = section { writer in
            writer.int(keys.count)
            for key in keys { writer.uint64(key.hash); writer.int(key.offset); writer.int(key.length); writer.uint64(key.checksum) }
        }
        let registrySection = section { writer in
            writer.registries(entities: claimSet.entities.values.sorted { $0.id < $1.id }, events: claimSet.events.values.sorted { $0.id < $1.id },
                              attributes: claimSet.attributes.values.sorted { $0.id < $1.id })
        }

        var header = CacheWriter()
        header.bytes += magic
        header.uint64(formatVersion)
        header.uint64(registryHash)
        for part in [fileSection, sourceSection, keySection, (translations.offset, translations.length, translations.checksum), registrySection] {
            header.int(part.0); header.int(part.1); header.uint64(part.2)
        }
        header.uint64(ContentHash.of(header.bytes))
        writer.bytes.replaceSubrange(0..<headerLength, with: header.bytes)

        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/.\(fileName).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(writer.bytes)) else { return }
        if rename(temporary, folder + "/" + fileName) != 0 { unlink(temporary) }
    }
}
