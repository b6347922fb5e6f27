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
        /// Their identities as `openIndex` found them, in the same order (`WriteGuard`'s).
        public var identities: [FileIdentity]
        let index: ClaimIndex

        /// The registries' content hash the index was written for (and `openIndex` checked):
        /// what tables derived from the registries are keyed by.
        public var registryHash: UInt64 { index.registryHash }
        /// The record's entities in id order, as the index keeps them.
        public var entities: [Entity] { index.entities }

        /// The record's claims in the scope (`DraftScope.relevant` of the whole record), in
        /// stable order; nil when the index cannot be trusted after all.
        public func claims(in scope: DraftScope) -> [Claim]? {
            guard let claims = index.claims(for: scope) else { return nil }
            // Each stable id built once: sorting by `Claim.precedesInStableOrder` built two per
            // comparison of claims from different sources (most of them, in a translation
            // block), 600,000 strings for 20,000 claims. The same order: stable ids are unique
            // once the repeats are gone (the first of each kept, as before).
            let ids = claims.map(\.stableID)
            var seen = Set<String>(minimumCapacity: ids.count)
            var order = claims.indices.filter { seen.insert(ids[$0]).inserted }
            order.sort { ids[$0] < ids[$1] }
            return order.map { claims[$0] }
        }
    }

    /// The record under `paths` through the index in the cache folder, or nil when there is no
    /// usable index: none, damaged, or describing other files or other content.
    public func openIndex(paths: [String]) -> IndexedRecord? {
        guard let folder = options.cacheFolder, Self.isOutside(folder, paths), let index = ClaimIndex.open(folder),
              let files = try? recordFiles(paths), let identities = index.describes(files, parallel: options.parallel)
        else {
            return nil
        }
        // The decoded registries in the index hold for exactly these registry files, whose
        // content `describes` has just vouched for.
        guard Self.registryHash(index.files.filter { !$0.isClaims }) == index.registryHash else { return nil }
        let catalog = ClaimSet(entities: index.entities, events: index.events, attributes: index.attributes,
                               sources: Array(index.sources.values))
        return IndexedRecord(catalog: catalog, files: files, identities: identities, index: index)
    }

    /// After a full load of `paths` that began at `startedAt`: writes the index when the cache
    /// folder is set, the record is big enough and clean (no warnings, which only the full load
    /// reports), and every file settled before the load began, so the content hashed now is
    /// the content loaded. Otherwise the next run tries again. Returns the registries' content
    /// hash of the index written (`IndexedRecord.registryHash`), nil when none was.
    @discardableResult
    public func writeIndex(paths: [String], result: Result, startedAt: Int) -> UInt64? {
        guard let folder = options.cacheFolder, Self.isOutside(folder, paths), result.warnings.isEmpty,
              result.claimSet.claimCount >= options.indexMinimumClaims,
              let files = try? recordFiles(paths), files == result.files else { return nil }
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
        guard settled.count == files.count else { return nil }
        // A claims file that does not say so up front would be taken for a registry.
        let registryFiles = settled.filter { !$0.isClaims }
        guard registryFiles.allSatisfy({ Self.registryFileNames.contains(Self.fileName($0.path)) }) else { return nil }
        let registryHash = Self.registryHash(registryFiles)
        let written = ClaimIndex.write(files: settled, registryHash: registryHash, claimSet: result.claimSet,
                                       to: folder, guard: WriteGuard(paths: paths, files: files),
                                       parallel: options.parallel)
        return written ? registryHash : nil
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
