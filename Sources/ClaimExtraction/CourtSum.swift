import ClaimModel

/// "Her party has to pay two million euros", "was ordered to pay 50,000 euros": a sum a court
/// case makes someone pay is its fine (or penalty), not a pledge, whichever verb of paying the
/// article uses; the pledge cues ("pay", "provide") are about donors at meetings.
enum CourtSum {
    static let fineID = "fine-amount"

    /// Whether the figure's event is a court case: its name is a trial's, a verdict's or a ruling's.
    static func isSentence(in event: Event?) -> Bool {
        guard let event else { return false }
        return EventKind.of(name: event.name) == .trial
    }
}
