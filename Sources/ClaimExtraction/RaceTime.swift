import ClaimModel

/// "Kiptum won in 2:00:35", "Hassan was second in 2:13:44", "Hug (1:22:37)", "won in two hours
/// and 35 seconds", "Kipchoge, 2 hours, 1 minute and 25 seconds,": a finishing time written as
/// hours, minutes and seconds is how long that person's race lasted, a duration in minutes (kept
/// to four decimals, a hundredth of a second, so the same time written twice is the same value).
/// Only the three-part form after "in", "of", "clocked" or a bracket is read ("9:03 a.m." is a
/// clock time), and a time in words needs hours and minutes or seconds after "in", "of",
/// "clocked" or a comma right after the runner's name ("the talks ended in two hours" is none).
enum RaceTime {
    static let colon = WordHash.of(":"), comma = WordHash.of(","), and = WordHash.of("and"), open = WordHash.of("(")
    static let openers: WordSet = WordSet(["in", "of", "clocked", "timed", "(", "clocking"].map(WordHash.of))
    static let hourWords: WordSet = WordSet(["hour", "hours", "hr", "hrs", "h"].map(WordHash.of))
    static let minuteWords: WordSet = WordSet(["minute", "minutes", "min", "mins"].map(WordHash.of))
    static let secondWords: WordSet = WordSet(["second", "seconds", "sec", "secs"].map(WordHash.of))
    /// "a personal best of 2:02:55", "his season's best of": a time run in some other race.
    static let bests: WordSet = WordSet(["best", "pb", "pr"].map(WordHash.of))
    /// "the previous record of 2:01:09": another race's time, unless the clause dates it.
    static let earlier: WordSet = WordSet(["previous", "old", "former", "earlier"].map(WordHash.of))
    static let new = WordHash.of("new")
    /// Verbs of a win over someone: the person after them lost the match, and ran no race.
    static let defeats: WordSet = WordSet(["beat", "beating", "beats", "defeated", "defeating", "defeats", "overcame",
                                           "overcoming", "edged", "outlasted", "outlasting", "downed"]
        .map(WordHash.of))

    /// Whether the person is the one beaten: a verb of a win up to two words before the name.
    static func isBeaten(_ person: EntityMention, tokens: [Token], clause: Range<Int>) -> Bool {
        let start = person.tokens.lowerBound
        return (max(clause.lowerBound, start - 2)..<start).contains { defeats.contains(tokens[$0].hash) }
    }

    /// Whether the time starting at `first` is one the runner set elsewhere: a best ("a new
    /// personal best of" is this race's) or, with no earlier date to place it, a previous record.
    static func isOtherRaces(_ tokens: [Token], first: Int, clause: Range<Int>, dated: Bool) -> Bool {
        let near = max(clause.lowerBound, first - 3)..<first
        if near.contains(where: { bests.contains(tokens[$0].hash) }) {
            return !(max(clause.lowerBound, first - 5)..<first).contains { tokens[$0].hash == new }
        }
        return !dated && near.contains { earlier.contains(tokens[$0].hash) }
    }

    /// A time in words starting at `index` (its first number), in minutes, and its last token.
    static func readWords(_ tokens: [Token], at index: Int, clause: Range<Int>,
                          text: [UInt8]) -> (minutes: Double, last: Int)? {
        var position = index
        var parts: [(value: Double, scale: Double)] = []
        while position + 1 < clause.upperBound, parts.count < 3 {
            guard let value = wordOrDigits(tokens[position], text) else { break }
            let unit = tokens[position + 1].hash
            let scale: Double
            if hourWords.contains(unit) { scale = 60 } else if minuteWords.contains(unit) { scale = 1 }
            else if secondWords.contains(unit) { scale = 1.0 / 60 } else { break }
            // Hours, then minutes, then seconds, each once.
            guard parts.last.map({ $0.scale > scale }) ?? true else { break }
            parts.append((value, scale))
            position += 2
            if position < clause.upperBound, tokens[position].hash == comma { position += 1 }
            if position < clause.upperBound, tokens[position].hash == and { position += 1 }
        }
        guard parts.count >= 2, parts[0].scale == 60,
              parts.allSatisfy({ $0.scale == 60 ? $0.value < 10 : $0.value < 60 }) else { return nil }
        let value = parts.reduce(0) { $0 + $1.value * $1.scale } * 10_000
        var last = position - 1
        while last > index, tokens[last].hash == comma || tokens[last].hash == and { last -= 1 }
        return (value.rounded() / 10_000, last)
    }

    /// A number as digits or a word up to fifty-nine ("two", "35").
    static func wordOrDigits(_ token: Token, _ text: [UInt8]) -> Double? {
        if token.kind == .number { return digits(token, text, maxLength: 2) }
        return Words.numbers[token.hash]
    }

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
        var times: [(first: Int, minutes: Double, last: Int)] = []
        for index in clause.range where index > clause.range.lowerBound {
            if tokens[index].hash == RaceTime.colon,
               let (minutes, last) = RaceTime.read(tokens, at: index - 1, clause: clause.range, text: context.text) {
                times.append((index - 1, minutes, last))
            } else if RaceTime.hourWords.contains(tokens[index].hash), isTimeOpener(index - 2, context),
                      let (minutes, last) = RaceTime.readWords(tokens, at: index - 1, clause: clause.range,
                                                               text: context.text) {
                times.append((index - 1, minutes, last))
            }
        }
        // A date weeks before the report places a previous record in its own race ("set in Berlin in 2022").
        let published = currentPublished?.dayNumber ?? Int.max
        let dated = context.fact.date(at: clause.range.lowerBound).map { $0.to.dayNumber < published - 14 } ?? false
        for (first, minutes, last) in times
        where !RaceTime.isOtherRaces(tokens, first: first, clause: clause.range, dated: dated) {
            // "winning the Chicago marathon in 2:00:35": a name inside an event's name runs no race.
            guard let runner = context.fact.mentions.last(where: {
                      $0.kind == .person && clause.contains($0.tokens.lowerBound) && $0.tokens.upperBound < first
                          && !($0.tokens.upperBound + 1 < tokens.count
                              && EventKind.table.match(tokens, at: $0.tokens.upperBound + 1) != nil)
                  }) else { continue }
            let index = first + 1
            let span = first...last
            // The race of its part, where the registry holds several ("won the women's race in 2:15:55").
            let event = self.event(near: span, context)
            // "Vale beat Brandt in four hours", "Vale won the final in four hours": a contest of
            // two lasts for both; it is the contest's length when the sentence names the contest
            // ("the Lisvik Open final"), and never the beaten one's time. A race is timed per
            // runner, and its name holds no contest's noun ("the Lisvik marathon").
            let contest = contestEvent(near: span, context)
            if contest != nil || RaceTime.isBeaten(runner, tokens: tokens, clause: clause.range) {
                guard let event = contest, let subject = eventEntity(event) else { continue }
                let (speaker, attribution) = self.attribution(context.fact.voice, inQuote: context.quotes[index] != 0)
                let modality = ModalityCues.modality(tokens: tokens, clause: clause.range, cue: span, subject: nil)
                drafts.append(Draft(subject: subject, attribute: Self.durationID, value: .quantity(.exactly(minutes)),
                                    unit: "minutes", speaker: speaker, attribution: attribution, modality: modality,
                                    event: event, anchor: span))
                continue
            }
            // "set in Berlin in 2022": a time dated to a race no known event covers is that
            // race's, which the tool cannot name; no claim under no event.
            guard event != nil || context.fact.date(at: first) == nil else { continue }
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

    /// What may open a time in words: "in", "of", "clocked", or a comma right after a person's
    /// name ("Kipchoge, 2 hours, 1 minute and 25 seconds,").
    func isTimeOpener(_ index: Int, _ context: ClauseContext) -> Bool {
        guard index >= context.clause.range.lowerBound else { return false }
        let hash = context.tokens[index].hash
        if hash == RaceTime.comma {
            return context.fact.mentions.contains { $0.kind == .person && $0.tokens.upperBound == index - 1 }
        }
        return hash != RaceTime.open && RaceTime.openers.contains(hash)
    }
}
