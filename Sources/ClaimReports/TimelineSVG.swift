import ClaimModel

/// A timeline drawn as inline SVG: time (the date each claim was made) across, one lane per
/// value down, a numbered point per claim coloured by event and shaped by modality (filled
/// asserted, hollow expected, dashed hedged), and a red ring with "!" on each side of a
/// contradiction. The numbers refer to the table the HTML report prints under it.
public struct TimelineSVG: Sendable {
    public static let width = 760
    static let labelWidth = 170
    static let laneHeight = 40
    static let top = 24
    static let axisHeight = 36
    /// Wide enough that the red rings of neighbouring points do not overlap.
    static let pointSpacing = 34
    /// Colour-blind-safe (Okabe–Ito), by event order.
    public static let eventColours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999"]

    public init() {}

    /// `eventIndex` gives each event id its colour; claims without an event use the last.
    public func render(_ timeline: Timeline, names: ClaimNames, eventIndex: [String: Int]) -> String {
        let facts = timeline.entries.map { ClaimFacts($0.claim, names: names) }
        var lanes: [String] = []
        for fact in facts where !lanes.contains(fact.value) { lanes.append(fact.value) }
        lanes = orderedLanes(lanes, timeline: timeline, facts: facts)
        let days = timeline.entries.compactMap { $0.date.map(\.dayNumber) }
            + timeline.entries.compactMap { $0.event.map { $0.start.dayNumber } }
        var first = days.min() ?? 0, last = days.max() ?? 0
        if first == last { first -= 1; last += 1 }
        // Claims on the same day and lane sit side by side; leave room for the widest cluster.
        var bucketCounts: [String: Int] = [:]
        var bucketIndex: [Int] = []
        for (index, entry) in timeline.entries.enumerated() {
            let key = "\(entry.date.map(\.dayNumber) ?? first)|\(facts[index].value)"
            bucketIndex.append(bucketCounts[key, default: 0])
            bucketCounts[key, default: 0] += 1
        }
        let spread = ((bucketCounts.values.max() ?? 1) - 1) * Self.pointSpacing / 2
        let plotLeft = Self.labelWidth + 30 + spread, plotRight = Self.width - 30 - spread
        func x(_ day: Int) -> Int { plotLeft + (day - first) * (plotRight - plotLeft) / (last - first) }
        let height = Self.top + lanes.count * Self.laneHeight + Self.axisHeight
        let name = names.heading(subject: timeline.subject, attribute: timeline.attribute)

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" "
            + "viewBox=\"0 0 \(Self.width) \(height)\" "
        svg += "width=\"\(Self.width)\" height=\"\(height)\" role=\"img\" "
            + "aria-label=\"\(MarkupText.escape("Timeline: " + name))\">\n"
        // Lanes with their value labels.
        for (lane, value) in lanes.enumerated() {
            let y = Self.top + lane * Self.laneHeight + Self.laneHeight / 2
            svg += "<line class=\"lane\" x1=\"\(plotLeft - 10)\" y1=\"\(y)\" x2=\"\(plotRight + 10)\" y2=\"\(y)\"/>\n"
            svg += "<text class=\"lane-label\" x=\"\(Self.labelWidth)\" y=\"\(y + 4)\" text-anchor=\"end\">"
                + "\(MarkupText.escape(Self.truncated(value, 24)))<title>\(MarkupText.escape(value))</title></text>\n"
        }
        // Event starts: a dashed rule, so a claim said before its event reads as a forecast.
        let axisY = Self.top + lanes.count * Self.laneHeight + 8
        var eventDays: [Int: [Event]] = [:]
        for entry in timeline.entries {
            if let event = entry.event { eventDays[event.start.dayNumber, default: []].append(event) }
        }
        for day in eventDays.keys.sorted() {
            let events = eventDays[day]!.reduce(into: [Event]()) { list, event in
                if !list.contains(where: { $0.id == event.id }) { list.append(event) }
            }
            let title = events.map(names.event(_:)).joined(separator: "; ")
            svg += "<line class=\"event-rule\" x1=\"\(x(day))\" y1=\"\(Self.top - 8)\" x2=\"\(x(day))\" "
                + "y2=\"\(axisY)\"><title>\(MarkupText.escape(title))</title></line>\n"
        }
        // The date axis, labelled at each day something was said or happened.
        svg += "<line class=\"axis\" x1=\"\(plotLeft - 10)\" y1=\"\(axisY)\" x2=\"\(plotRight + 10)\" "
            + "y2=\"\(axisY)\"/>\n"
        let labelled = Self.spacedDays(Set(days).sorted(), x: x, minimumGap: 90)
        for day in labelled {
            svg += "<text class=\"axis-label\" x=\"\(x(day))\" y=\"\(axisY + 18)\" text-anchor=\"middle\">"
                + "\(Day(dayNumber: day).humanDescription)</text>\n"
        }
        // Points, numbered as in the table under the drawing.
        for (index, entry) in timeline.entries.enumerated() {
            let fact = facts[index]
            let day = entry.date.map(\.dayNumber) ?? first
            let bucketSize = bucketCounts["\(day)|\(fact.value)"]!
            let cx = x(day) + (bucketIndex[index] * 2 - (bucketSize - 1)) * Self.pointSpacing / 2
            let cy = Self.top + lanes.firstIndex(of: fact.value)! * Self.laneHeight + Self.laneHeight / 2
            let lastColour = Self.eventColours.count - 1
            let colour = Self.eventColours[min(entry.claim.event.flatMap { eventIndex[$0] } ?? lastColour, lastColour)]
            let title = "\(index + 1). \(fact.value): \(fact.voice), \(fact.outlet), \(fact.date)"
                + (entry.event.map { ", about \($0.name)" } ?? "")
                + (entry.conflicting ? " (one side of a contradiction)" : "")
            svg += "<g class=\"point \(entry.claim.modality.rawValue)\(entry.conflicting ? " conflict" : "")\">"
            svg += "<title>\(MarkupText.escape(title))</title>"
            if entry.conflicting { svg += "<circle class=\"conflict-ring\" cx=\"\(cx)\" cy=\"\(cy)\" r=\"15\"/>" }
            let fill = entry.claim.modality == .asserted ? colour : "#ffffff"
            svg += "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"10\" fill=\"\(fill)\" stroke=\"\(colour)\"/>"
            let onFill = entry.claim.modality == .asserted ? " on-fill" : ""
            svg += "<text x=\"\(cx)\" y=\"\(cy + 4)\" text-anchor=\"middle\" class=\"point-label\(onFill)\">"
                + "\(index + 1)</text>"
            if entry.conflicting { svg += "<text class=\"conflict-mark\" x=\"\(cx + 12)\" y=\"\(cy - 10)\">!</text>" }
            svg += "</g>\n"
        }
        svg += "</svg>\n"
        return svg
    }

    /// Quantities read top to bottom from high to low; categories keep first-seen order.
    func orderedLanes(_ lanes: [String], timeline: Timeline, facts: [ClaimFacts]) -> [String] {
        var bound: [String: Double] = [:]
        for (index, entry) in timeline.entries.enumerated() {
            guard case .quantity(let quantity) = entry.claim.value else { return lanes }
            let interval = quantity.interval(tolerance: Tolerance(about: 0), isCount: true)
            bound[facts[index].value] = interval.lower.isFinite ? interval.lower : interval.upper
        }
        return lanes.sorted { (bound[$0] ?? 0, $0) > (bound[$1] ?? 0, $1) }
    }

    static func truncated(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// Keeps axis labels from overlapping: the first and last day, and any day far enough
    /// from the last one labelled.
    static func spacedDays(_ days: [Int], x: (Int) -> Int, minimumGap: Int) -> [Int] {
        var result: [Int] = []
        for day in days {
            if let previous = result.last, x(day) - x(previous) < minimumGap {
                if day == days.last, result.count > 1 { result[result.count - 1] = day }
                continue
            }
            result.append(day)
        }
        return result
    }
}
