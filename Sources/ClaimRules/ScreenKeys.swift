import ClaimModel

/// The parts of each claim's comparison key as integers: the list's columns
/// (`ClaimList.columns`), plus what the rules add to them (events' series, attributes with
/// configured tolerances). The screen reads them for every claim of a list; the engine for
/// the claims it judges (`selecting`), to fold and group them without hashing a string.
struct ScreenKeys: Sendable {
    let subject: [Int32], attribute: [Int32], event: [Int32], unit: [Int32], source: [Int32]
    /// The series of each claim's event, -1 for a claim with no event or an event in no
    /// series: only claims of one series are compared across events.
    let series: [Int32]
    /// The ids the integers stand for (`ClaimColumns`), and by series number its name.
    let columns: ClaimColumns
    let seriesNames: [String]
    /// By `subject` index: the entity id.
    var subjectIDs: [String] { columns.subjectIDs }
    /// By `attribute` index: the claim set's attribute (with configured tolerances), if known.
    let attributes: [Attribute?]
    /// By `attribute` index, read for every claim without copying an `Attribute`.
    private let changesAcrossEvents: [Bool]

    init(_ claimSet: ClaimSet) {
        self.init(claimSet.claimList.columns, attributes: claimSet.attributes, events: claimSet.events)
    }

    init(_ columns: ClaimColumns, attributes byID: [String: Attribute], events: [String: Event]) {
        let attributes = columns.attributeIDs.map { byID[$0] }
        let (seriesOf, names) = Self.seriesOfEvents(columns.eventIDs, events)
        let series = seriesOf.withUnsafeBufferPointer { seriesOf in
            columns.event.map { $0 < 0 ? -1 : seriesOf[Int($0)] }
        }
        self.init(parts: (columns.subject, columns.attribute, columns.event, columns.unit, columns.source),
                  series: series, tables: (columns, names, attributes))
    }

    private init(parts: (subject: [Int32], attribute: [Int32], event: [Int32], unit: [Int32], source: [Int32]),
                 series: [Int32], tables: (columns: ClaimColumns, seriesNames: [String], attributes: [Attribute?])) {
        (subject, attribute, event, unit, source) = parts
        self.series = series
        (columns, seriesNames, attributes) = tables
        changesAcrossEvents = attributes.map { $0?.changesAcrossEvents ?? true }
    }

    /// The keys of the claims at `positions`, in that order, with the same id tables.
    func selecting(_ positions: [Int]) -> ScreenKeys {
        func pick(_ column: [Int32]) -> [Int32] { positions.map { column[$0] } }
        return ScreenKeys(parts: (pick(subject), pick(attribute), pick(event), pick(unit), pick(source)),
                          series: pick(series), tables: (columns, seriesNames, attributes))
    }

    var count: Int { subject.count }

    /// For each event index, its series interned (in order of first appearance), or -1; and
    /// the series' names by number.
    private static func seriesOfEvents(_ eventIDs: [String], _ events: [String: Event]) -> ([Int32], [String]) {
        var numbers: [String: Int32] = [:]
        var names: [String] = []
        let series = eventIDs.map { id -> Int32 in
            guard let name = events[id]?.series else { return -1 }
            if let known = numbers[name] { return known }
            numbers[name] = Int32(names.count)
            names.append(name)
            return Int32(names.count - 1)
        }
        return (series, names)
    }

    /// The event part of `ComparisonKey`: the event only for attributes whose value changes
    /// across events, else -1 (none).
    func comparisonEvent(_ position: Int) -> Int32 {
        changesAcrossEvents[Int(attribute[position])] ? event[position] : -1
    }

    /// The comparison key of the claim at `position`, in strings (for a group, once).
    func comparisonKey(at position: Int) -> ComparisonKey {
        let event = comparisonEvent(position), unit = unit[position], attribute = Int(attribute[position])
        return ComparisonKey(subject: columns.subjectIDs[Int(subject[position])],
                             attribute: columns.attributeIDs[attribute],
                             event: event < 0 ? nil : columns.eventIDs[Int(event)],
                             unit: unit < 0 ? nil : columns.unitIDs[attribute][Int(unit)])
    }
}
