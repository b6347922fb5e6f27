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
        return ClaimColumns(
            subject: rows.map(\.subject), attribute: rows.map(\.attribute), event: rows.map(\.event),
            unit: rows.map(\.unit), source: rows.map { sourceOfFile[Int($0.file)] },
            ids: (decoder.entities.ids, decoder.attributeIDs.ids, decoder.events.ids, sourceIDs),
            unitIDs: decoder.attributes.map(\.units))
    }
}
