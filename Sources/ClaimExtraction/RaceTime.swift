import ClaimModel

/// "Kiptum won in 2:00:35", "Hassan was second in 2:13:44": a finishing time written as hours,
/// minutes and seconds is how long that person's race lasted, a duration in minutes (kept to four
/// decimals, a hundredth of a second, so the same time written twice is the same value). Only
/// the three-part form after "in", "of" or "clocked" is read: "9:03 a.m." is a clock time.
enum RaceTime {
    static let colon = WordHash.of(":")
    static let openers: WordSet = WordSet(["in", "of", "clocked", "timed"].map(WordHash.of))

    /// The time starting at `index`, in minutes, and its last token.
    static func read(_ tokens: [Token], at index: Int, clause: Range<Int>,
                     text: [UInt8]) -> (minutes: Double, last: Int)? {
        guard index + 4 < clause.upperBound, index > clause.lowerBound, openers.contains(tokens[index - 1].hash),
              tokens[index + 1].hash == colon, tokens[index + 3].hash == colon,
              let hours = digits(tokens[index], text, maxLength: 2),
              let minutes = digits(tokens[index + 2], text, length: 2),
              let seconds = digits(tokens[index + 4], text, length: 2), minutes < 60, seconds < 60 else { return nil }
        let value = (hours * 60 + minutes + seconds / 60) * 10_000
        return (value.rounded() / 10_000, index + 4)
    }

    static func digits(_ token: Token, _ text: [UInt8], length: Int? = nil, maxLength: Int = 2) -> Double? {
        guard token.kind == .number, length.map({ token.length == $0 }) ?? (token.length <= maxLength)
        else { return nil }
        var value = 0.0
        for byte in text[token.start..<token.end] {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Double(byte - 0x30)
        }
        return value
    }
}

extension ClaimExtractor {
    /// Finishing times in the clause, each the duration of the person named last before it.
    mutating func raceTimeDrafts(_ context: ClauseContext) -> [Draft] {
        guard registry.attributes[Self.durationID] != nil else { return [] }
        let tokens = context.tokens, clause = context.clause
        var drafts: [Draft] = []
        for index in clause.range where tokens[index].hash == RaceTime.colon && index > clause.range.lowerBound {
            guard let (minutes, last) = RaceTime.read(tokens, at: index - 1, clause: clause.range, text: context.text),
                  let runner = context.fact.mentions.last(where: {
                      $0.kind == .person && clause.contains($0.tokens.lowerBound) && $0.tokens.upperBound < index - 1
                  }) else { continue }
            let span = (index - 1)...last
            let event = eventFor(anchor: span, clause: clause, fact: context.fact, mainEvent: context.mainEvent,
                                 mainSeries: context.mainSeries, events: context.events)
            let (speaker, attribution) = self.attribution(context.fact.voice, inQuote: context.quotes[index] != 0)
            let modality = ModalityCues.modality(tokens: tokens, clause: clause.range, cue: span,
                                                 subject: runner.tokens)
            drafts.append(Draft(subject: subjectID(runner), attribute: Self.durationID,
                                value: .quantity(.exactly(minutes)), unit: "minutes", speaker: speaker,
                                attribution: attribution, modality: modality,
                                event: event, anchor: runner.tokens.lowerBound...last))
        }
        return drafts
    }
}
