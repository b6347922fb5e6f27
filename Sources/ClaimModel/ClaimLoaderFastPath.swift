/// The loader's fast path: claim files decoded from bytes (`ClaimFileFastDecoder`) on every
/// core, registries and unusual files on the plain path. It returns nil on any error, and
/// `load` then runs the plain path, which reports every problem as it always has; so the
/// fast path only has to be right when the corpus is valid.
extension ClaimLoader {
    /// Enough to see `{"format": "claimcheck-claims"` at the top of a file, after a byte
    /// order mark and generous indentation.
    static let formatPrefixLength = 256

    private enum ClaimFileOutcome {
        case decoded(ClaimFileDecoder.Decoded, warnings: [Diagnostic])
        case failed
    }

    func fastLoad(paths: [String], files: [String]) -> Result? {
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
        let claimFiles = files.indices.filter { declaresClaims[$0] || plainDocuments[files[$0]] != nil }.map { files[$0] }
        guard !claimFiles.isEmpty else { return nil }

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
                guard let bytes = FileBytes.read(file) else { return .failed }
                if var decoded = bytes.withUnsafeBufferPointer({ fastDecoder.decode($0) }) {
                    decoded.claims.sort { $0.id < $1.id }
                    return .decoded(decoded, warnings: [])
                }
                guard let parsed = try? JSONParser.parse(bytes),
                      case .success(.claims) = DocumentKind.identify(parsed, fileName: Self.fileName(file), file: file) else { return .failed }
                document = parsed
            }
            guard var decoded = plainDecoder.decode(document, file: file, into: &local),
                  !local.contains(where: { $0.severity == .error }) else { return .failed }
            decoded.claims.sort { $0.id < $1.id }
            return .decoded(decoded, warnings: local)
        }

        var decodedFiles: [(file: String, decoded: ClaimFileDecoder.Decoded)] = []
        for (file, outcome) in zip(claimFiles, outcomes) {
            guard case .decoded(let decoded, let warnings) = outcome else { return nil }
            diagnostics += warnings
            guard registries.checkUnique("source", decoded.source.id, file: file, into: &diagnostics) else { return nil }
            decodedFiles.append((file, decoded))
        }
        Self.checkSameQuoteTargets(decodedFiles, into: &diagnostics)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return Self.result(registries, decodedFiles.map(\.decoded), warnings: diagnostics, files: files)
    }
}
