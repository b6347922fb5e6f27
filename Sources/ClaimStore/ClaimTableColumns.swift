import ClaimModel

extension ClaimTable {
    /// The rows' keys as columns: copied straight from the rows, without decoding a claim;
    /// the ids are the registries' (`ClaimRow` indexes them), a source per file.
    public func columns() -> ClaimColumns {
        let rows = self.rows
        var sourceNumbers: [String: Int32] = [:]
        var sourceIDs: [String] = []
        let sourceOfFile = files.map { file -> Int32 in
            if let known = sourceNumbers[file.source.id] { return known }
            sourceNumbers[file.source.id] = Int32(sourceIDs.count)
            sourceIDs.append(file.source.id)
            return Int32(sourceIDs.count - 1)
        }
        // Each column on every core: five passes over a million rows of 80 bytes were the
        // screen's largest serial step.
        let source = sourceOfFile
        return ClaimColumns(
            subject: ParallelMap.chunked(rows.count) { rows[$0].subject },
            attribute: ParallelMap.chunked(rows.count) { rows[$0].attribute },
            event: ParallelMap.chunked(rows.count) { rows[$0].event },
            unit: ParallelMap.chunked(rows.count) { rows[$0].unit },
            source: ParallelMap.chunked(rows.count) { source[Int(rows[$0].file)] },
            ids: (decoder.entities.ids, decoder.attributeIDs.ids, decoder.events.ids, sourceIDs),
            unitIDs: decoder.attributes.map(\.units))
    }
}
