/// A claim's series (`DraftScope.SeriesKey`: subject, attribute, unit) as the integers of its
/// `ClaimRow`, so a million claims are grouped or selected by series without decoding one or
/// building a string.
struct RowSeries: Hashable, Sendable {
    var subject: Int32
    var attribute: Int32
    /// -1 when the claim has no unit.
    var unit: Int32
}

extension ClaimTable {
    /// The series of row `index`.
    func series(at index: Int) -> RowSeries {
        let row = rows[index]
        return RowSeries(subject: row.subject, attribute: row.attribute, unit: row.unit)
    }

    /// `key` in the rows' integers; nil when the table's registries lack one of its ids, and
    /// so no row is in that series. Units are matched as the decoders match them, by first
    /// index among the attribute's units.
    func series(_ key: DraftScope.SeriesKey) -> RowSeries? {
        guard let subject = decoder.entities.index(of: key.subject),
              let attribute = decoder.attributeIDs.index(of: key.attribute) else { return nil }
        var unit: Int32 = -1
        if let name = key.unit {
            guard let index = decoder.attributes[attribute].units.firstIndex(of: name) else { return nil }
            unit = Int32(index)
        }
        return RowSeries(subject: Int32(subject), attribute: Int32(attribute), unit: unit)
    }
}
