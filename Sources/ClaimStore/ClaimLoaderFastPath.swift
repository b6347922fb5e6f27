import ClaimModel

/// The loader's fast path: claim files decoded from bytes into a `ClaimTable` of compact rows
/// on every core, claims decoded only when read. It returns nil on any error, and `load`
/// then runs the plain path, which reports every problem as it always has; so the fast path
/// only has to be right when the corpus is valid.
///
/// There is no cache of decoded claims: one (`claims.bin`) was tried, and reading it built a
/// million `Claim` values, slower than decoding the JSON into rows. What is kept between runs
/// is the desk check's index (`ClaimIndex`), which is read instead of a load, not by it.
extension ClaimLoader {
    /// Enough to see `{"format": "claimcheck-claims"` at the top of a file, after a byte
    /// order mark and generous indentation.
    static let formatPrefixLength = 256

    private enum TableFileOutcome {
        /// Decoded from bytes: the rows point into them.
        case rows(Source, sourceLine: Int, rows: [ClaimRow], packed: [UInt8])
        /// Decoded on the plain path (the fast decoder declined the file).
        case claims(ClaimFileDecoder.Decoded, warnings: [Diagnostic])
        case failed
    }

    /// Registries (and claim files that do not say so up front) are read and parsed on every
    /// core and decoded in file order, as the plain path decodes them; then claim files are
    /// read and become rows and packed claims, on every core, each file's bytes dropped once
    /// it is decoded. (Reading every file first held all 481 MB of a million claims' files at
    /// once; now only each file's first bytes are read up front, to see which are claims.)
    func fastLoad(files: [String], given: GivenInput? = nil) -> Result? {
        let givenContents = given?.contents
        let declaresClaims = ParallelMap.map(files.count, parallel: options.parallel) { index -> Bool in
            let prefix: [UInt8]?
            if let givenContents { prefix = Array(givenContents[index].prefix(Self.formatPrefixLength)) }
            else { prefix = FileBytes.read(files[index], limit: Self.formatPrefixLength) }
            return prefix?.withUnsafeBufferPointer(ClaimFileFastDecoder.declaresClaims) ?? false
        }
        let others = files.indices.filter { !declaresClaims[$0] }
        let parsed = ParallelMap.map(others.count, parallel: options.parallel) {
            index -> (kind: DocumentKind, value: JSONValue)? in
            let file = files[others[index]]
            guard let bytes = givenContents?[others[index]] ?? FileBytes.read(file),
                  let value = try? JSONParser.parse(bytes),
                  case .success(let kind) = DocumentKind.identify(value, fileName: Self.fileName(file), file: file)
            else { return nil }
            return (kind, value)
        }
        var documents: [(file: String, kind: DocumentKind, value: JSONValue)] = []
        for (index, document) in zip(others, parsed) {
            guard let document else { return nil }
            documents.append((files[index], document.kind, document.value))
        }
        var diagnostics: [Diagnostic] = []
        var registries = given?.registries.registries ?? Registries()
        registries.decode(documents, into: &diagnostics)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }

        // Claim files in file order, as the plain path decodes them.
        let plainDocuments = Dictionary(documents.filter { $0.kind == .claims }.map { ($0.file, $0.value) },
                                        uniquingKeysWith: { a, _ in a })
        let claimFileIndices = files.indices.filter { declaresClaims[$0] || plainDocuments[files[$0]] != nil }
        guard !claimFileIndices.isEmpty else { return nil }
        let plainDecoder = registries.claimFileDecoder
        let fastDecoder = registries.fastDecoder(plainDecoder)

        let outcomes = ParallelMap.map(claimFileIndices.count, parallel: options.parallel) {
            index -> TableFileOutcome in
            let file = files[claimFileIndices[index]]
            var document = plainDocuments[file]
            if document == nil {
                guard let bytes = givenContents?[claimFileIndices[index]] ?? FileBytes.read(file) else {
                    return .failed
                }
                if let decoded = bytes.withUnsafeBufferPointer({ fastDecoder.decodeRows($0, file: Int32(index)) }) {
                    return .rows(decoded.source, sourceLine: decoded.sourceLine, rows: decoded.rows,
                                 packed: decoded.packed)
                }
                guard let parsed = try? JSONParser.parse(bytes),
                      case .success(.claims) = DocumentKind.identify(parsed, fileName: Self.fileName(file), file: file)
                else { return .failed }
                document = parsed
            }
            var local: [Diagnostic] = []
            guard let document, var decoded = plainDecoder.decode(document, file: file, into: &local),
                  !local.contains(where: { $0.severity == .error }) else { return .failed }
            decoded.claims.sort { $0.id < $1.id }
            return .claims(decoded, warnings: local)
        }

        var tableFiles: [ClaimTable.File] = []
        var rowsOfFile: [[ClaimRow]] = []
        tableFiles.reserveCapacity(outcomes.count)
        rowsOfFile.reserveCapacity(outcomes.count)
        for (index, outcome) in outcomes.enumerated() {
            let file = files[claimFileIndices[index]]
            let source: Source, sourceLine: Int
            switch outcome {
            case .failed:
                return nil
            case .rows(let decoded, let line, let rows, let packed):
                source = decoded; sourceLine = line
                tableFiles.append(ClaimTable.File(source: decoded, content: .packed(packed)))
                rowsOfFile.append(rows)
            case .claims(let decoded, let fileWarnings):
                source = decoded.source; sourceLine = decoded.sourceLine
                diagnostics += fileWarnings
                guard let rows = Self.rows(of: decoded.claims, file: Int32(index), decoder: fastDecoder) else {
                    return nil
                }
                tableFiles.append(ClaimTable.File(source: source, content: .claims(decoded.claims)))
                rowsOfFile.append(rows)
            }
            guard registries.checkUnique("source", source.id, file: file, line: sourceLine, into: &diagnostics) else {
                return nil
            }
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }

        // Source by source in id order, each source's claims by id: stable-id order, because
        // ids are lowercase ASCII and so sort after the "#" between source and claim id.
        let order = tableFiles.indices.sorted { tableFiles[$0].source.id < tableFiles[$1].source.id }
        let table = ClaimTable(files: tableFiles, rowsOfFile: rowsOfFile, order: order, decoder: fastDecoder)
        rowsOfFile = []
        guard Self.translationsEndAtOriginals(table) else { return nil }
        let claimSet = ClaimSet(entities: plainDecoder.entities, events: plainDecoder.events,
                                attributes: plainDecoder.attributes, sources: tableFiles.map(\.source),
                                claimList: ClaimList(table))
        return Result(claimSet: claimSet, warnings: diagnostics.sorted(), files: files)
    }

    /// Rows for claims the plain path decoded; nil if an id is missing from the fast
    /// decoder's tables (then the whole load takes the plain path).
    private static func rows(of claims: [Claim], file: Int32, decoder: ClaimFileFastDecoder) -> [ClaimRow]? {
        var rows: [ClaimRow] = []
        rows.reserveCapacity(claims.count)
        for (position, claim) in claims.enumerated() {
            guard let subject = decoder.entities.index(of: claim.subject),
                  let attributeIndex = decoder.attributeIDs.index(of: claim.attribute) else { return nil }
            var event: Int?
            if let id = claim.event {
                guard let known = decoder.events.index(of: id) else { return nil }
                event = known
            }
            var unit: Int?
            if let id = claim.unit {
                guard let known = decoder.attributes[attributeIndex].units.firstIndex(of: id) else { return nil }
                unit = known
            }
            let value: RowValue
            switch claim.value {
            case .quantity(let quantity): value = .quantity(quantity)
            case .flag(let flag): value = .flag(flag)
            case .category: value = .inClaim
            }
            rows.append(ClaimRow(file: file, line: 0, position: position, id: 0..<0, subject: subject,
                                 attribute: attributeIndex, event: event, unit: unit,
                                 translates: claim.sameQuoteAs != nil, statesOrdinal: claim.ordinal != nil,
                                 value: value))
        }
        return rows
    }

    /// `checkSameQuoteTargets` and `checkSameQuoteCycles` on a table, which has no
    /// diagnostics to give: any translation that names no claim on record, or any cycle of
    /// translations, sends the load down the plain path, which reports it. Only translations
    /// are decoded and only the sources they point into are indexed, so a corpus without
    /// translations costs one pass over the rows' flags.
    private static func translationsEndAtOriginals(_ table: ClaimTable) -> Bool {
        let list = ClaimList(table)
        let translating = list.translating()
        guard !translating.isEmpty else { return true }
        var targetOf: [String: String] = [:]
        targetOf.reserveCapacity(translating.count)
        for position in translating { targetOf[table.stableID(at: position)] = table.sameQuoteAs(at: position) }
        // Stable ids are unique on record, so every target is there when as many claims match.
        let targets = Set(targetOf.values)
        return list.positions(ofStableIDs: targets).count == targets.count && TranslationCycles.find(targetOf).isEmpty
    }
}
