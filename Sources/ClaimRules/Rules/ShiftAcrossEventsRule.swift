import ClaimModel

/// An entity's value changes from one event of a series to the next.
public struct ShiftAcrossEventsRule: Rule {
    public static let description = RuleDescription(
        id: "shift-across-events",
        name: "Shift across events",
        summary: "An entity's asserted value changes from one event of a series to the next (on a video link at one summit, in person at the next).",
        rationale: "Not a contradiction, since the events differ, but the shift is what an editor wants on a timeline, and what a careless reader confuses.",
        defaultSeverity: .info,
        scope: .series,
        triggeringExamples: [
            RuleExample("Video link in September, in person in January",
                        [.attendance("video-link", in: "outlet-b"), .attendance("in-person", in: "outlet-d", event: "summit-jan")]),
            RuleExample("26 countries at one summit, 35 at the next",
                        [.pledge(.exactly(26), in: "outlet-b"), .pledge(.exactly(35), in: "outlet-d", event: "summit-jan")]),
        ],
        nonTriggeringExamples: [
            RuleExample("\"More than 30\" then 35: no change that the claims can show",
                        [.pledge(.range(min: 31, max: nil), in: "outlet-b"), .pledge(.exactly(35), in: "outlet-d", event: "summit-jan")]),
            RuleExample("In person at both summits",
                        [.attendance("in-person", in: "outlet-b"), .attendance("in-person", in: "outlet-d", event: "summit-jan")]),
            RuleExample("A hedged \"may take part\" is no value to shift from",
                        [.attendance("present", of: "rutte", in: "outlet-a", .hedged), .attendance("absent", of: "rutte", in: "outlet-d", event: "summit-jan")]),
            RuleExample("Events outside a series are not compared",
                        [.attendance("phone", in: "outlet-b", event: "call-sep"), .attendance("in-person", in: "outlet-d", event: "summit-jan")]),
        ])

    public init() {}

    public static func applies(to attribute: Attribute) -> Bool { attribute.changesAcrossEvents }

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        guard Self.applies(to: group.attribute) else { return [] }
        let comparison = context.comparison(for: group)
        // Asserted claims per event, for events that belong to a series.
        var byEvent: [String: [Claim]] = [:]
        for claim in group.claims where claim.modality == .asserted {
            guard let eventID = claim.event, context.claimSet.events[eventID]?.series != nil else { continue }
            byEvent[eventID, default: []].append(claim)
        }
        var bySeries: [String: [Event]] = [:]
        for eventID in byEvent.keys {
            let event = context.claimSet.events[eventID]!
            bySeries[event.series!, default: []].append(event)
        }
        var findings: [Finding] = []
        for series in bySeries.keys.sorted() {
            let events = bySeries[series]!.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            for (earlier, later) in zip(events, events.dropFirst()) {
                let before = byEvent[earlier.id]!, after = byEvent[later.id]!
                // Distinct values only: two large events of one value each are one comparison.
                let afterValues = Set(after.map(\.value))
                let anyAgreement = Set(before.map(\.value)).contains { old in afterValues.contains { comparison.areCompatible(old, $0) } }
                guard !anyAgreement else { continue }
                let key = ComparisonKey(subject: group.key.subject, attribute: group.key.attribute, event: later.id, unit: group.key.unit)
                let message = "\(context.subjectName(key)) · \(context.attributeName(key)) changed from \(values(before, context)) at \(context.eventName(earlier.id)) to \(values(after, context)) at \(context.eventName(later.id))."
                findings.append(context.finding(Self.description, message, key: key, claims: before + after))
            }
        }
        return findings
    }

    private func values(_ claims: [Claim], _ context: RuleContext) -> String {
        var seen: [String] = []
        for claim in claims {
            let text = context.valueText(claim)
            if !seen.contains(text) { seen.append(text) }
        }
        return seen.joined(separator: " / ")
    }
}
