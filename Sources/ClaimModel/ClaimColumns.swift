/// A claim list's keys as small integers, one column per key, by position: what the conflict
/// screen, the timelines, the desk check and the index group and select by, without decoding
/// a claim or hashing a string per claim. Both storages produce it (a table copies it from its
/// rows, an array interns its claims' strings, in order of first appearance), and a list
/// builds it once (`ClaimList.columns`), so code above storage never asks how claims are held.
public struct ClaimColumns: Sendable {
    /// Index in `subjectIDs`.
    public let subject: [Int32]
    /// Index in `attributeIDs`.
    public let attribute: [Int32]
    /// Index in `eventIDs`; -1 when the claim names no event.
    public let event: [Int32]
    /// Index in the claim's attribute's `unitIDs`; -1 when the claim has no unit.
    public let unit: [Int32]
    /// Index in `sourceIDs`.
    public let source: [Int32]

    /// The ids the integers stand for. A table's hold every id of its registries, an array's
    /// only those its claims name.
    public let subjectIDs: [String]
    public let attributeIDs: [String]
    public let eventIDs: [String]
    public let sourceIDs: [String]
    /// By attribute index: the units its `unit` integers stand for.
    public let unitIDs: [[String]]

    public init(subject: [Int32], attribute: [Int32], event: [Int32], unit: [Int32], source: [Int32],
                ids: (subjects: [String], attributes: [String], events: [String], sources: [String]),
                unitIDs: [[String]]) {
        self.subject = subject
        self.attribute = attribute
        self.event = event
        self.unit = unit
        self.source = source
        subjectIDs = ids.subjects
        attributeIDs = ids.attributes
        eventIDs = ids.events
        sourceIDs = ids.sources
        self.unitIDs = unitIDs
    }

    /// An array's columns: every id numbered in the order first seen, units within their
    /// attribute (arrays are small records, drafts and tests).
    init(interning claims: [Claim]) {
        var subjects = Numbering(), attributes = Numbering(), events = Numbering(), sources = Numbering()
        var units: [Numbering] = []
        var subject: [Int32] = [], attribute: [Int32] = [], event: [Int32] = []
        var unit: [Int32] = [], source: [Int32] = []
        for claim in claims {
            subject.append(subjects.number(claim.subject))
            let attributeNumber = attributes.number(claim.attribute)
            attribute.append(attributeNumber)
            if Int(attributeNumber) == units.count { units.append(Numbering()) }
            event.append(claim.event.map { events.number($0) } ?? -1)
            unit.append(claim.unit.map { units[Int(attributeNumber)].number($0) } ?? -1)
            source.append(sources.number(claim.sourceID))
        }
        self.init(subject: subject, attribute: attribute, event: event, unit: unit, source: source,
                  ids: (subjects.names, attributes.names, events.names, sources.names), unitIDs: units.map(\.names))
    }

    public var count: Int { subject.count }

    /// A claim's series (subject, attribute, unit) in these integers.
    public struct Series: Hashable, Sendable {
        public var subject: Int32
        public var attribute: Int32
        /// -1 when the claim has no unit.
        public var unit: Int32
    }

    /// The series of the claim at `position`.
    public func series(at position: Int) -> Series {
        Series(subject: subject[position], attribute: attribute[position], unit: unit[position])
    }

    /// The series of these ids; nil when one of them is not among the ids, and so no claim
    /// is in it. Units are matched by first index among the attribute's units, as the
    /// decoders match them.
    public func series(subject subjectID: String, attribute attributeID: String, unit unitID: String?) -> Series? {
        guard let subject = subjectIndex(of: subjectID),
              let attribute = attributeIDs.firstIndex(of: attributeID) else { return nil }
        var unit: Int32 = -1
        if let unitID {
            guard let index = unitIDs[attribute].firstIndex(of: unitID) else { return nil }
            unit = Int32(index)
        }
        return Series(subject: subject, attribute: Int32(attribute), unit: unit)
    }

    /// The index of a subject id, or nil. A look along the ids: it is asked a few times per
    /// check (a draft's series, a timeline's subject), never per claim.
    public func subjectIndex(of id: String) -> Int32? {
        subjectIDs.firstIndex(of: id).map(Int32.init)
    }

    /// Positions of the claims about the subject with this index, ascending.
    public func positions(ofSubject index: Int32) -> [Int] {
        subject.indices.filter { subject[$0] == index }
    }

    /// Strings numbered in the order first seen.
    private struct Numbering {
        var names: [String] = []
        var numbers: [String: Int32] = [:]

        mutating func number(_ name: String) -> Int32 {
            if let known = numbers[name] { return known }
            let number = Int32(names.count)
            numbers[name] = number
            names.append(name)
            return number
        }
    }
}
