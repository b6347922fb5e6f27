import Foundation
import ClaimModel

/// The loader's indexed path, for the desk check: the registries, the sources and the claims
/// a draft can be compared with from `ClaimIndex`; and, after a full load, the
/// writing of that index.
extension ClaimLoader {
    /// A record whose claims are read on demand, series by series.
    public struct IndexedRecord: Sendable {
        /// Registries and every source; no claims.
        public var catalog: ClaimSet
        /// Every file the record is made of, as `load` would list them.
        public var files: [String]
        let index: ClaimIndex

        /// The record's claims in the scope (`DraftScope.relevant` of the whole record), in
        /// stable order; nil when the index cannot be trusted after all.
        public func claims(in scope: DraftScope) -> [Claim]? {
            guard let claims = index.claims(for: scope) else { return nil }
            var seen = Set<String>()
            let unique = claims.filter { seen.insert($0.stableID).inserted }
            return unique.sorted(by: Claim.precedesInStableOrder)
        }
    }

    /// The record under `paths` through the index in the cache folder, or nil when there is no
    /// usable index: none, damaged, or describing other files or other content.
    public func openIndex(paths: [String]) -> IndexedRecord? {
        guard let folder = options.cacheFolder, Self.isOutside(folder, paths), let index = ClaimIndex.open(folder),
              let files = try? recordFiles(paths), index.describes(files, parallel: options.parallel) else {
            return nil
        }
        // The decoded registries in the index hold for exactly these registry files, whose
        // content `describes` has just vouched for.
        guard Self.registryHash(index.files.filter { !$0.isClaims }) == index.registryHash else { return nil }
        let catalog = ClaimSet(entities: index.entities, events: index.events, attributes: index.attributes,
                               sources: Array(index.sources.values))
        return IndexedRecord(catalog: catalog, files: files, index: index)
    }

    /// After a full load of `paths` that began at `startedAt`: writes the index when the cache
    /// folder is set, the record is big enough and clean (no warnings, which only the full load
    /// reports), and every file settled before the load began, so the content hashed now is
    /// the content loaded. Otherwise the next run tries again.
    public func writeIndex(paths: [String], result: Result, startedAt: Int) {
        guard let folder = options.cacheFolder, Self.isOutside(folder, paths), result.warnings.isEmpty,
              result.claimSet.claimCount >= options.indexMinimumClaims,
              let files = try? recordFiles(paths), files == result.files else { return }
        let entries = ParallelMap.map(files.count, parallel: options.parallel) { index -> ClaimIndex.FileEntry? in
            let file = files[index]
            guard let before = FileStamp(path: file), before.settled(before: startedAt),
                  let bytes = FileBytes.read(file), FileStamp(path: file) == before else { return nil }
            let isClaims = bytes.prefix(Self.formatPrefixLength)
                .withUnsafeBufferPointer(ClaimFileFastDecoder.declaresClaims)
            return ClaimIndex.FileEntry(path: file, isClaims: isClaims, stamp: before,
                                        contentHash: ContentHash.of(bytes), verifiedAt: startedAt)
        }
        let settled = entries.compactMap { $0 }
        guard settled.count == files.count else { return }
        // A claims file that does not say so up front would be taken for a registry.
        let registryFiles = settled.filter { !$0.isClaims }
        guard registryFiles.allSatisfy({ Self.registryFileNames.contains(Self.fileName($0.path)) }) else { return }
        ClaimIndex.write(files: settled, registryHash: Self.registryHash(registryFiles), claimSet: result.claimSet,
                         to: folder, guard: WriteGuard(paths: paths, files: files), parallel: options.parallel)
    }

    /// The registries' paths and content hashes, hashed: what the index's decoded registries
    /// were decoded from. The entries already hold each file's content hash, so nothing is
    /// read again.
    static func registryHash(_ files: [ClaimIndex.FileEntry]) -> UInt64 {
        var writer = CacheWriter()
        // The built-in vocabulary is part of the registries: a new tool version retires the index.
        writer.uint64(BuiltInVocabulary.contentHash)
        for file in files {
            writer.string(file.path)
            writer.uint64(file.contentHash)
        }
        return ContentHash.of(writer.bytes)
    }

    /// Whether `folder` lies outside every folder being checked: `check` must never write
    /// into the claims (a read-only checkout still works, and the index is not taken for
    /// claims by the next load).
    static func isOutside(_ folder: String, _ paths: [String]) -> Bool {
        func absolute(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        let cache = absolute(folder)
        return !paths.contains { path in
            let root = absolute(path)
            return cache == root || cache.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        }
    }
}
