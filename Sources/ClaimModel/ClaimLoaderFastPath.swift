import Foundation

/// The loader's fast path: claim files decoded from bytes (`ClaimFileFastDecoder`) on every
/// core, registries and unusual files on the plain path. It returns nil on any error, and
/// `load` then runs the plain path, which reports every problem as it always has; so the
/// fast path only has to be right when the corpus is valid.
extension ClaimLoader {
    /// Enough to see `{"format": "claimcheck-claims"` at the top of a file, after a byte
    /// order mark and generous indentation.
    static let formatPrefixLength = 256

    private enum ClaimFileOutcome {
        case decoded(ClaimFileDecoder.Decoded, warnings: [Diagnostic], cache: CacheOutcome?)
        case failed
    }

    /// What the cache learnt about one file.
    private enum CacheOutcome {
        /// The entry holds, stat and all: keep its bytes.
        case unchanged(ClaimCache.Entry)
        /// Decoded or re-verified now: store with this stamp and content hash.
        case verified(ClaimCache.FileStamp, contentHash: UInt64, settled: Bool)
    }

    func fastLoad(paths: [String], files: [String]) -> Result? {
        guard let cacheFolder = options.cacheFolder.flatMap({ Self.isOutside($0, paths) ? $0 : nil }) else {
            return tableLoad(files: files)
        }
        return cachedLoad(paths: paths, files: files, cacheFolder: cacheFolder)
    }

    /// The fast path with `ClaimCache`: decoded claim files kept between runs.
    private func cachedLoad(paths: [String], files: [String], cacheFolder: String?) -> Result? {
        let stamps: [ClaimCache.FileStamp?] = cacheFolder == nil ? [] : ParallelMap.map(files.count, parallel: options.parallel) {
            ClaimCache.FileStamp(path: files[$0])
        }
        // Claims files that say so up front are decoded after the registries; everything else
        // (registries, files with "format" further down) is read as the plain path reads it.
        let declaresClaims = ParallelMap.map(files.count, parallel: options.parallel) { index in
            FileBytes.prefix(files[index], Self.formatPrefixLength)
                .map { $0.withUnsafeBufferPointer(ClaimFileFastDecoder.declaresClaims) } ?? false
        }
        var diagnostics: [Diagnostic] = []
        var documents: [(file: String, kind: DocumentKind, value: JSONValue)] = []
        for (file, isClaims) in zip(files, declaresClaims) where !isClaims {
            if let document = Self.readDocument(file, into: &diagnostics) { documents.append(document) }
        }
        var registries = Registries()
        registries.decode(documents, into: &diagnostics)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }

        // Claim files in file order, as the plain path decodes them.
        let plainDocuments = Dictionary(documents.filter { $0.kind == .claims }.map { ($0.file, $0.value) }, uniquingKeysWith: { a, _ in a })
        let claimFileIndices = files.indices.filter { declaresClaims[$0] || plainDocuments[files[$0]] != nil }
        let claimFiles = claimFileIndices.map { files[$0] }
        guard !claimFiles.isEmpty else { return nil }

        // Entries are valid only against the registries they were checked with.
        let registryHash = Self.registryHash(documents.filter { $0.kind != .claims }.map(\.file))
        let usableCache = cacheFolder.flatMap { ClaimCache.open($0, registryHash: registryHash) }
        let explicitFiles = Set(paths.filter { InputFiles.isFile($0) })
        let now = ClaimCache.now

        let plainDecoder = registries.claimFileDecoder
        let fastDecoder = ClaimFileFastDecoder(entities: plainDecoder.entities, events: plainDecoder.events,
                                               attributes: plainDecoder.attributes)
        let outcomes = ParallelMap.map(claimFiles.count, parallel: options.parallel) { index -> ClaimFileOutcome in
            let file = claimFiles[index]
            var local: [Diagnostic] = []
            let document: JSONValue
            if let parsed = plainDocuments[file] {
                document = parsed
            } else {
                let stamp = cacheFolder == nil ? nil : stamps[claimFileIndices[index]]
                let entry = usableCache?.entries[file]
                if let usableCache, let entry, let stamp, entry.isSettled(stamp), let decoded = usableCache.decoded(entry, decoder: fastDecoder) {
                    return .decoded(decoded, warnings: [], cache: .unchanged(entry))
                }
                guard let bytes = FileBytes.read(file) else { return .failed }
                let contentHash = cacheFolder == nil ? 0 : ContentHash.of(bytes)
                let settled = stamp.map { max($0.modifiedSeconds, $0.changedSeconds) + ClaimCache.settleSeconds < now } ?? false
                let verified = stamp.map { CacheOutcome.verified($0, contentHash: contentHash, settled: settled) }
                if let usableCache, let entry, entry.contentHash == contentHash, let decoded = usableCache.decoded(entry, decoder: fastDecoder) {
                    return .decoded(decoded, warnings: [], cache: verified)
                }
                if var decoded = bytes.withUnsafeBufferPointer({ fastDecoder.decode($0) }) {
                    decoded.claims.sort { $0.id < $1.id }
                    // A repeated claim id is an error the plain path reports with both lines.
                    let repeatsAnID = zip(decoded.claims, decoded.claims.dropFirst()).contains { $0.id == $1.id }
                    if !repeatsAnID { return .decoded(decoded, warnings: [], cache: explicitFiles.contains(file) ? nil : verified) }
                }
                guard let parsed = try? JSONParser.parse(bytes),
                      case .success(.claims) = DocumentKind.identify(parsed, fileName: Self.fileName(file), file: file) else { return .failed }
                document = parsed
            }
            guard var decoded = plainDecoder.decode(document, file: file, into: &local),
                  !local.contains(where: { $0.severity == .error }) else { return .failed }
            decoded.claims.sort { $0.id < $1.id }
            return .decoded(decoded, warnings: local, cache: nil)
        }

        var decodedFiles: [(file: String, decoded: ClaimFileDecoder.Decoded)] = []
        for (file, outcome) in zip(claimFiles, outcomes) {
            guard case .decoded(let decoded, let warnings, _) = outcome else { return nil }
            diagnostics += warnings
            guard registries.checkUnique("source", decoded.source.id, file: file, line: decoded.sourceLine, into: &diagnostics) else { return nil }
            decodedFiles.append((file, decoded))
        }
        Self.checkSameQuoteTargets(decodedFiles, into: &diagnostics)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        let result = Self.result(registries, decodedFiles.map(\.decoded), warnings: diagnostics, files: files)
        if let cacheFolder, result.claimSet.claims.count >= options.cacheMinimumClaims {
            Self.updateCache(cacheFolder, old: usableCache, registryHash: registryHash, files: claimFiles, outcomes: outcomes, now: now)
        }
        return result
    }

    /// Rewrites the cache when it learnt something worth keeping: a file decoded or settled
    /// since, a file gone, or new registries. A check that changed nothing writes nothing.
    private static func updateCache(_ folder: String, old: ClaimCache?, registryHash: UInt64, files: [String],
                                    outcomes: [ClaimFileOutcome], now: Int) {
        var entries: [ClaimCache.NewEntry] = []
        var learnt = old == nil
        for (file, outcome) in zip(files, outcomes) {
            guard case .decoded(let decoded, _, let cacheOutcome?) = outcome else { continue }
            switch cacheOutcome {
            case .unchanged(let entry):
                entries.append(ClaimCache.NewEntry(path: file, payload: Array(old!.payload(entry))))
            case .verified(let stamp, let contentHash, let settled):
                if settled || old?.entries[file] == nil { learnt = true }
                entries.append(ClaimCache.entry(path: file, stamp: stamp, contentHash: contentHash, verifiedAt: now, decoded: decoded))
            }
        }
        if entries.count != old?.entries.count { learnt = true }
        if learnt { ClaimCache.write(entries, registryHash: registryHash, to: folder) }
    }

    /// The registries' paths and contents, hashed: what every cache entry was checked against.
    static func registryHash(_ files: [String]) -> UInt64 {
        var writer = CacheWriter()
        for file in files {
            writer.string(file)
            writer.uint64(FileBytes.read(file).map { ContentHash.of($0) } ?? 0)
        }
        return ContentHash.of(writer.bytes)
    }

    /// Whether `folder` lies outside every folder being checked: `check` must never write
    /// into the claims.
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
