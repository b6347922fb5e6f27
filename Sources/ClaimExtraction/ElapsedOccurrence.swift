/// "Workers may return from Wednesday, 54 days after the walkout began": an occurrence cue
/// that an elapsed time points back to is not what the clause's date dates. The date is the
/// later moment's (the return), the beginning lies the span before it; dating the walkout by
/// Wednesday set it 54 days late.
enum ElapsedOccurrence {
    static let spanNouns: WordSet = WordSet(["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                                             "month", "months", "year", "years"].map(WordHash.of))
    static let after = WordHash.of("after"), since = WordHash.of("since")

    /// From "after" (or "since") to the cue's end, when "<span> after" stands at most five words
    /// before the cue; a date or clock time inside it ("11 minutes after the 9:03 a.m. crash")
    /// is still the occurrence's own.
    static func phrase(pointingBackTo cue: ClosedRange<Int>, tokens: [Token], clause: Range<Int>) -> ClosedRange<Int>? {
        var index = cue.lowerBound - 1
        while index > clause.lowerBound, index >= cue.lowerBound - 6 {
            if tokens[index].hash == after || tokens[index].hash == since {
                return spanNouns.contains(tokens[index - 1].hash) ? index...cue.upperBound : nil
            }
            index -= 1
        }
        return nil
    }
}
