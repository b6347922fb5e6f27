import ClaimModel

/// Claims are compared only when they share a key: the same subject, attribute, event and
/// unit. Grouping by key keeps checking linear in the number of claims plus the pairs inside
/// each group, and encodes the first rule of the domain: claims about different events never
/// contradict.
public struct ComparisonKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var subject: String
    public var attribute: String
    /// Nil for claims not tied to an event, and for attributes whose value cannot change from
    /// one event to the next (then every event's claims are compared together).
    public var event: String?
    public var unit: String?

    public init(subject: String, attribute: String, event: String?, unit: String?) {
        self.subject = subject
        self.attribute = attribute
        self.event = event
        self.unit = unit
    }

    public init(_ claim: Claim, attribute: Attribute?) {
        self.init(subject: claim.subject, attribute: claim.attribute,
                  event: (attribute?.changesAcrossEvents ?? true) ? claim.event : nil, unit: claim.unit)
    }

    /// The key of the series this group belongs to: every event at once.
    public var series: ComparisonKey { ComparisonKey(subject: subject, attribute: attribute, event: nil, unit: unit) }

    /// Subject, then attribute, event ("" for none) and unit ("" for none), as a tuple of the
    /// four compares, but field by field: building the tuples copied eight strings per
    /// comparison, and sorting the keys of 60,000 findings makes a million comparisons.
    public static func < (lhs: ComparisonKey, rhs: ComparisonKey) -> Bool {
        if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
        if lhs.attribute != rhs.attribute { return lhs.attribute < rhs.attribute }
        if lhs.event != rhs.event, (lhs.event ?? "") != (rhs.event ?? "") {
            return (lhs.event ?? "") < (rhs.event ?? "")
        }
        return (lhs.unit ?? "") < (rhs.unit ?? "")
    }

    public var description: String { [subject, attribute, event ?? "-", unit ?? "-"].joined(separator: "/") }
}

extension ClaimNames {
    /// "Friedrich Merz · attendance · the Paris summit (4 Sep 2025)": a key's topic, as rule
    /// messages start and the HTML report's contents list findings.
    public func topic(_ key: ComparisonKey) -> String {
        topic(subject: key.subject, attribute: key.attribute, event: key.event)
    }
}
