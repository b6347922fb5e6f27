import ClaimModel

/// The claims of a record held compactly: each claim file's claims packed (`PackedClaims`),
/// and one `ClaimRow` per claim, in stable-id order. A `Claim` (a dozen strings) is built only when asked for.
///
/// Why: checking a million claims reports on a few hundred of them. Building every `Claim` up
/// front, then copying, hashing and releasing their strings while folding and grouping, was
/// most of the time and memory of a check (9 s and 1.3 GB at a million claims); rows are
/// compared as integers, and only the claims that can take part in a finding are built, by
/// the same decoder, from what its scan kept here.
public final class ClaimTable: ClaimStorage {
    /// One claim file: its claims packed (fast decoder) or decoded (on the plain path).
    struct File: Sendable {
        enum Content: Sendable {
            /// `PackedClaims`, which the rows point into.
            case packed([UInt8])
            case claims([Claim])
        }

        var source: Source
        var content: Content
    }

    let files: [File]
    public let rows: [ClaimRow]
    let decoder: ClaimFileFastDecoder

    /// Category value ids by attribute and value index, to hand out without copying an
    /// `Attribute` for every value asked for.
    private let categoryIDs: [[String]]

    /// The distinct texts of open-category values, by `RowValue.interned` index.
    private let texts: [String]

    /// The table of `files`, whose rows are `rowsOfFile` (by file), taken file by file in
    /// `order`. The rows are copied into place on every core (a serial copy of 80 MB of rows
    /// was a tenth of a 1M check), then open-category texts are interned, so the screen
    /// compares them as integers.
    convenience init(files: [File], rowsOfFile: [[ClaimRow]], order: [Int], decoder: ClaimFileFastDecoder) {
        var offsets: [Int] = []
        var total = 0
        for file in order { offsets.append(total); total += rowsOfFile[file].count }
        let starts = offsets
        var texts: [String] = []
        var textRows: [Int] = []
        var rows = [ClaimRow](unsafeUninitializedCapacity: total) { buffer, initialized in
            // Each part writes only its own range of the buffer.
            let target = UncheckedSendable(buffer)
            let found = ParallelMap.map(order.count, parallel: total > 10_000) { part -> [Int] in
                let source = rowsOfFile[order[part]]
                var text: [Int] = []
                source.withUnsafeBufferPointer { rows in
                    let range = starts[part]..<(starts[part] + rows.count)
                    _ = UnsafeMutableBufferPointer(rebasing: target.value[range]).initialize(from: rows)
                }
                for (offset, row) in source.enumerated() {
                    if case .text = row.value { text.append(starts[part] + offset) }
                }
                return text
            }
            textRows = Array(found.joined())
            initialized = total
        }
        var index: [String: Int32] = [:]
        for position in textRows {
            guard case .text(let range) = rows[position].value,
                  case .packed(let bytes) = files[Int(rows[position].file)].content else { continue }
            let text = String(decoding: bytes[range], as: UTF8.self)
            if let known = index[text] {
                rows[position].value = .interned(known)
            } else {
                index[text] = Int32(texts.count)
                rows[position].value = .interned(Int32(texts.count))
                texts.append(text)
            }
        }
        self.init(files: files, rows: rows, texts: texts, decoder: decoder)
    }

    private init(files: [File], rows: [ClaimRow], texts: [String], decoder: ClaimFileFastDecoder) {
        self.files = files
        self.rows = rows
        self.texts = texts
        self.decoder = decoder
        self.categoryIDs = decoder.attributes.map { $0.values.map(\.id) }
    }

    public var count: Int { rows.count }

    /// The same record without the rows at `positions` (claims taken out by a suppression).
    public func removing(_ positions: Set<Int>) -> any ClaimStorage {
        let rows = self.rows
        let kept = rows.indices.filter { !positions.contains($0) }.map { rows[$0] }
        return ClaimTable(files: files, rows: kept, texts: texts, decoder: decoder)
    }

    /// Attribute ids by `ClaimRow.attribute`.
    public var attributeIDs: [String] { decoder.attributeIDs.ids }
    /// Entity and event ids by `ClaimRow.subject` and `ClaimRow.event`.
    public func entityID(_ index: Int32) -> String { decoder.entities[Int(index)] }
    public func eventID(_ index: Int32) -> String { decoder.events[Int(index)] }
    /// Event ids in `ClaimRow.event` order.
    public var eventIDs: [String] { decoder.events.ids }

    /// The claim of row `index`, decoded from its file.
    public func claim(at index: Int) -> Claim {
        let row = rows[index]
        let file = files[Int(row.file)]
        switch file.content {
        case .claims(let claims):
            return claims[row.position]
        case .packed(let bytes):
            return bytes.withUnsafeBufferPointer { decoder.claim(packed: $0, at: row.position, of: file.source) }
        }
    }

    /// The claim row `index` translates (`sameQuoteAs`), without building the claim: the
    /// load asks it of every translation, on one core.
    func sameQuoteAs(at index: Int) -> String? {
        let row = rows[index]
        switch files[Int(row.file)].content {
        case .claims(let claims): return claims[row.position].sameQuoteAs
        case .packed(let bytes):
            return bytes.withUnsafeBufferPointer { PackedClaims.scanned(in: $0, at: row.position).sameQuoteAs }
        }
    }

    /// The value of row `index`, usually without decoding the claim.
    public func value(at index: Int) -> ClaimValue {
        let row = rows[index]
        switch row.value {
        case .quantity(let quantity):
            return .quantity(quantity)
        case .category(let value):
            return .category(categoryIDs[Int(row.attribute)][Int(value)])
        case .flag(let flag):
            return .flag(flag)
        case .interned(let text):
            return .category(texts[Int(text)])
        case .text, .inClaim:
            // (.text is interned when the table is built; only .inClaim reaches here.)
            return claim(at: index).value
        }
    }

    /// A key for the value of every row (see `ClaimList.valueKeys`).
    public func valueKeys() -> [ValueKey?] {
        let rows = self.rows
        return ParallelMap.chunked(rows.count) { index in
            switch rows[index].value {
            case .quantity(let quantity): return ValueKey(quantity)
            case .category(let value): return ValueKey(category: value)
            case .flag(let flag): return ValueKey(flag: flag)
            case .interned(let text): return ValueKey(text: text)
            case .text, .inClaim: return nil
            }
        }
    }

    public func translating() -> [Int] {
        let rows = self.rows
        return rows.indices.filter { rows[$0].translates }
    }

    public func statingOrdinal() -> [Int] {
        let rows = self.rows
        return rows.indices.filter { rows[$0].statesOrdinal }
    }

    public func positions(fromSources sources: Set<String>) -> [Int] {
        let wanted = files.map { sources.contains($0.source.id) }
        guard wanted.contains(true) else { return [] }
        let rows = self.rows
        return rows.indices.filter { wanted[Int(rows[$0].file)] }
    }

    /// "source#claim" of row `index`, without decoding the claim.
    public func stableID(at index: Int) -> String {
        let row = rows[index]
        let file = files[Int(row.file)]
        switch file.content {
        case .claims(let claims): return claims[row.position].stableID
        case .packed(let bytes): return file.source.id + "#" + String(decoding: bytes[row.id], as: UTF8.self)
        }
    }

    /// The source id of row `index`, without decoding the claim.
    public func sourceID(at index: Int) -> String { files[Int(rows[index].file)].source.id }
}
