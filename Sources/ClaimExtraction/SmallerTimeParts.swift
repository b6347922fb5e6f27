/// The smaller units after a time span's first one: "four hours and 57 minutes", "4 hours 55
/// minutes", "two days, six hours", "a five-hour, 53-minute final". Read alone, the first part
/// states a wrong length (four hours for a match of 297 minutes) and the rest is left as a
/// stray count. Each part must be a smaller unit than the one before it and fewer than fit in
/// that one (not "two hours and 90 minutes"), and is written the way the first was: as a
/// number and a noun, or hyphenated onto the noun ("53-minute") after a hyphenated first part.
enum SmallerTimeParts {
    static let and = WordHash.of("and")

    /// The minutes the parts after `nounEnd` add and their last token, or nil when none follows.
    /// `largest` is the first part's unit in minutes.
    static func after(_ nounEnd: Int, largest: Double, compound: Bool, tokens: [Token], clause: Range<Int>,
                      text: [UInt8]) -> (minutes: Double, last: Int)? {
        var position = nounEnd + 1, unit = largest, minutes = 0.0, last: Int?
        while position < clause.upperBound {
            var next = position
            if tokens[next].hash == Punctuation.comma { next += 1 }
            if next < clause.upperBound, tokens[next].hash == and { next += 1 }
            guard next < clause.upperBound, let part = part(at: next, compound: compound, tokens: tokens,
                                                            clause: clause, text: text),
                  part.unit < unit, part.value < unit / part.unit, part.value == part.value.rounded()
            else { break }
            minutes += part.value * part.unit
            unit = part.unit
            last = part.last
            position = part.last + 1
        }
        return last.map { (minutes, $0) }
    }

    /// One part: its number, its unit in minutes and its last token.
    static func part(at index: Int, compound: Bool, tokens: [Token], clause: Range<Int>,
                     text: [UInt8]) -> (value: Double, unit: Double, last: Int)? {
        guard let core = NumberPhrase.Core.parse(tokens, at: index, limit: clause.upperBound, text: text),
              !core.approximate, !core.atLeast, (core.compoundNoun != nil) == compound else { return nil }
        if let noun = core.compoundNoun {
            return TimeSpan.minutesPer[noun].map { (core.value, $0, core.last) }
        }
        guard core.last + 1 < clause.upperBound, let unit = TimeSpan.minutesPer[tokens[core.last + 1].hash]
        else { return nil }
        return (core.value, unit, core.last + 1)
    }
}
