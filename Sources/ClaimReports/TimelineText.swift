import ClaimModel

/// The terminal view of timelines: one block per attribute, claims grouped under their
/// event, each with date, outlet, speaker and voice, modality and value; `!` marks one side
/// of a contradiction.
public struct TimelineText: Sendable {
    public let terminal: TerminalText

    public init(colour: Bool = false) { terminal = TerminalText(colour: colour) }

    public func render(_ timelines: [Timeline], in claimSet: ClaimSet) -> String {
        let names = ClaimNames(claimSet)
        var output = ""
        for (position, timeline) in timelines.enumerated() {
            if position > 0 { output += "\n" }
            let heading = names.heading(subject: timeline.subject, attribute: timeline.attribute)
            output += terminal.styled(TerminalText.sanitize(heading), .bold) + "\n"
            let rows = timeline.entries.map { entry -> [String] in
                let facts = ClaimFacts(entry.claim, names: names)
                return [facts.date, facts.outlet, facts.voice, facts.value, facts.evidenceWithRepeats]
                    .map(TerminalText.sanitize)
            }
            let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
            var currentEvent: String?? = .none
            for (index, entry) in timeline.entries.enumerated() {
                if currentEvent != .some(entry.claim.event) {
                    currentEvent = .some(entry.claim.event)
                    let heading = entry.event.map(names.event(_:)) ?? ClaimNames.noEvent
                    output += "  " + terminal.styled(TerminalText.sanitize(heading), .cyan) + "\n"
                }
                let cells = rows[index]
                let marker = entry.conflicting ? terminal.styled("!", .bold, .red) : " "
                let padded = (0..<4).map { TerminalText.pad(cells[$0], to: widths[$0]) }
                output += "  \(marker) \(padded[0])  \(padded[1])  \(padded[2])  "
                    + "\(terminal.styled(padded[3], .bold))  \(terminal.styled(cells[4], .dim))\n"
            }
        }
        if timelines.contains(where: \.hasConflicts) {
            output += "\n! one side of a contradiction (see 'claimcheck check')\n"
        }
        return output
    }
}
