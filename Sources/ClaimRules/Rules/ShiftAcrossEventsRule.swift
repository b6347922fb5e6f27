import ClaimModel

/// An entity's value changes from one event of a series to the next.
public struct ShiftAcrossEventsRule: Rule {
    public static let description = RuleDescription(
        id: "shift-across-events",
        name: "Shift across events",
        summary: "An entity's asserted value changes from one event of a series to the next (on a video link at one "
            + "summit, in person at the next).",
        rationale: "Not a contradiction, since the events differ, but the shift is what an editor wants on a timeline, "
            + "and what a careless reader confuses.",
        defaultSeverity: .info,
        scope: .series,
        triggeringExamples: [
            RuleExample("Video link in September, in person in January",
                        [.attendance("video-link", in: "outlet-b"),
                            .attendance("in-person", in: "outlet-d", event: "summit-jan")]),
            RuleExample("26 countries at one summit, 35 at the next",
                        [.pledge(.exactly(26), in: "outlet-b"),
                            .pledge(.exactly(35), in: "outlet-d", event: "summit-jan")]),
        ],
        nonTriggeringExamples: [
            RuleExample("\"More than 30\" then 35: no change that the claims can show",
                        [.pledge(.range(min: 31, max: nil), in: "outlet-b"),
                            .pledge(.exactly(35), in: "outlet-d", event: "summit-jan")]),
            RuleExample("In person at both summits",
                        [.attendance("in-person", in: "outlet-b"),
                            .attendance("in-person", in: "outlet-d", event: "summit-jan")]),
            RuleExample("A hedged \"may take part\" is no value to shift from",
                        [.attendance("present", of: "rutte", in: "outlet-a", .hedged),
                            .attendance("absent", of: "rutte", in: "outlet-d", event: "summit-jan")]),
            RuleExample("Events outside a series are not compared",
                        [.attendance("phone", in: "outlet-b", event: "call-sep"),
                            .attendance("in-person", in: "outlet-d", event: "summit-jan")]),
        ])

    public init() {}

    public static func applies(to attribute: Attribute) -> Bool { attribute.changesAcrossEvents }

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        guard Self.applies(to: group.attribute) else { return [] }
        let comparison = context.comparison(for: group)
        let claims = group.claims
        let byEvent = Self.assertedByEvent(claims, context: context)
        var bySeries: [String: [Int]] = [:]
        for (index, event) in byEvent.events.enumerated() { bySeries[event.series!, default: []].append(index) }
        var findings: [Finding] = []
        for series in bySeries.keys.sorted() {
            let events = bySeries[series]!.sorted {
                let (x, y) = (byEvent.events[$0], byEvent.events[$1])
                return (x.start, x.id) < (y.start, y.id)
            }
            for (earlier, later) in zip(events, events.dropFirst()) {
                // Distinct values only: two large events of one value each are one comparison.
                let afterValues = byEvent.values[later]
                let anyAgreement = byEvent.values[earlier].contains { old in
                    afterValues.contains { comparison.areCompatible(old, $0) }
                }
                guard !anyAgreement else { continue }
                let (from, to) = (byEvent.events[earlier], byEvent.events[later])
                let before = byEvent.members[earlier].map { claims[$0] }
                let after = byEvent.members[later].map { claims[$0] }
                let key = ComparisonKey(subject: group.key.subject, attribute: group.key.attribute, event: to.id,
                    unit: group.key.unit)
                let message = "\(context.subjectName(key)) · \(context.attributeName(key)) changed from "
                    + "\(values(before, context)) at \(context.eventName(from.id)) to \(values(after, context)) at "
                    + "\(context.eventName(to.id))."
                findings.append(context.finding(Self.description, message, key: key, claims: before + after))
            }
        }
        return findings
    }

    /// The group's asserted claims (positions) by event, for events in a series, with each
    /// event's distinct values: claims are read in place and copied only into a finding, and
    /// an event is looked up when it differs from the last claim's (claims come source by
    /// source, a source mostly about one event).
    private static func assertedByEvent(_ claims: GroupMembers, context: RuleContext)
        -> (events: [Event], members: [[Int]], values: [[ClaimValue]]) {
        var indexOfEvent: [String: Int?] = [:], last: (id: String, index: Int?)?
        var events: [Event] = [], members: [[Int]] = [], seen: [Set<ClaimValue>] = [], values: [[ClaimValue]] = []
        func place(at position: Int) {
            guard claims.modality(at: position) == .asserted, let eventID = claims.event(at: position) else { return }
            if last?.id != eventID { last = (eventID, index(of: eventID)) }
            guard let index = last?.index else { return }
            members[index].append(position)
            let value = claims.value(at: position)
            if seen[index].insert(value).inserted { values[index].append(value) }
        }
        // The event's place, or nil for an event in no series (its claims are not judged).
        func index(of eventID: String) -> Int? {
            if let known = indexOfEvent[eventID] { return known }
            guard let event = context.claimSet.events[eventID], event.series != nil else {
                indexOfEvent[eventID] = .some(nil)
                return nil
            }
            indexOfEvent[eventID] = events.count
            events.append(event)
            members.append([])
            seen.append([])
            values.append([])
            return events.count - 1
        }
        for position in claims.indices { place(at: position) }
        return (events, members, values)
    }

    /// "in person / remote": each value's text once, in first-seen order. The text is made
    /// once per value (with its unit and attribute, all the text depends on), not per claim.
    private func values(_ claims: [Claim], _ context: RuleContext) -> String {
        struct Written: Hashable { var value: ClaimValue, unit: String?, attribute: String }
        var seen: [String] = []
        var written = Set<Written>()
        for claim in claims where written.insert(Written(value: claim.value, unit: claim.unit,
            attribute: claim.attribute)).inserted {
            let text = context.valueText(claim)
            if !seen.contains(text) { seen.append(text) }
        }
        return seen.joined(separator: " / ")
    }
}
