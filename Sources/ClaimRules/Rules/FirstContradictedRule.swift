import ClaimModel

/// "The first time" against the record of earlier events of the series.
public struct FirstContradictedRule: Rule {
    public static let description = RuleDescription(
        id: "first-contradicted",
        name: "First contradicted",
        summary: "A claim that something happened for the n-th time at an event (\"the first summit X attended in "
            + "person\") meets at least n earlier events of the same series where it is on record.",
        rationale: "Firsts are what headlines are made of and what readers remember; an earlier event on record "
            + "showing the same thing means the first is wrong, or is the wrong event.",
        defaultSeverity: .error,
        scope: .series,
        triggeringExamples: [
            RuleExample("\"First summit attended in person\" when the earlier summit has him in person",
                        [.attendance("in-person", in: "outlet-b"),
                         .attendance("in-person", in: "outlet-d", event: "summit-jan").stated(asTime: 1)]),
            RuleExample("A video link at the earlier summit refines the \"first time taking part\"",
                        [.attendance("video-link", in: "outlet-b"),
                         .attendance("present", in: "outlet-d", event: "summit-jan").stated(asTime: 1)]),
        ],
        nonTriggeringExamples: [
            RuleExample("The earlier summit has him on a video link: in person is a first",
                        [.attendance("video-link", in: "outlet-b"),
                         .attendance("in-person", in: "outlet-d", event: "summit-jan").stated(asTime: 1)]),
            RuleExample("\"The second time\" with one earlier summit on record",
                        [.attendance("in-person", in: "outlet-b"),
                         .attendance("in-person", in: "outlet-d", event: "summit-jan").stated(asTime: 2)]),
            RuleExample("A first at the earliest event has no record to meet",
                        [.attendance("in-person", in: "outlet-b").stated(asTime: 1),
                         .attendance("in-person", in: "outlet-d", event: "summit-jan")]),
            RuleExample("An event outside the series is no earlier record",
                        [.attendance("in-person", in: "outlet-b", event: "call-sep"),
                         .attendance("in-person", in: "outlet-d", event: "summit-jan").stated(asTime: 1)]),
        ])

    public init() {}

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        let events = context.claimSet.events
        var findings: [Finding] = []
        for first in group.claims where first.ordinal != nil && first.modality == .asserted {
            guard let eventID = first.event, let event = events[eventID], let series = event.series else { continue }
            let records = group.claims.filter { record in
                guard record.modality == .asserted, let id = record.event,
                      let earlier = events[id] else { return false }
                return earlier.series == series && earlier.start < event.start && Self.shows(record.value, first.value,
                    group.attribute)
            }
            let earlierEvents = Set(records.compactMap(\.event))
            guard earlierEvents.count >= first.ordinal! else { continue }
            let key = ComparisonKey(subject: group.key.subject, attribute: group.key.attribute, event: eventID,
                unit: group.key.unit)
            let times = first.ordinal == 1 ? "the first time" : "time number \(first.ordinal!)"
            let earlier = earlierEvents.sorted().map { context.eventName($0) }.joined(separator: " and ")
            let record = context.list(records, joiner: "on record from")
            let message = "\(context.subjectName(key)) · \(context.attributeName(key)): "
                + "\(context.names([first])) calls "
                + "\(context.valueText(first)) at \(context.eventName(eventID)) \(times), but \(record) at \(earlier)."
            findings.append(context.finding(Self.description, message, key: key, claims: [first] + records))
        }
        return findings
    }

    /// Whether an earlier record shows what the first claims: the same category or a
    /// narrower one (a video link is taking part), or a quantity that agrees.
    static func shows(_ record: ClaimValue, _ claimed: ClaimValue, _ attribute: Attribute) -> Bool {
        if case .category(let earlier) = record, case .category(let now) = claimed {
            return attribute.isCategory(now, broaderThanOrEqualTo: earlier)
        }
        return ValueComparison(attribute: attribute).areCompatible(record, claimed)
    }
}
