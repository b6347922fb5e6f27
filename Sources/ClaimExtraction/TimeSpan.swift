import ClaimModel

/// A stretch of time as news writes it, which counts no people: how long something lasted
/// ("a 45-minute speech", "burned for 12 hours"), how long after something else a thing
/// happened ("reached the wreck 11 minutes after the crash"), and a court's sentence ("jailed
/// for six years"). Durations and elapsed times are kept in minutes, sentences in their own unit.
struct TimeSpan {
    enum Kind: Equatable { case duration, elapsed, sentence }
    /// Where the words stand that say what the span measures (`SpanOwner` reads them).
    enum Frame: Equatable {
        /// "a 45-minute speech", "a 16-hour siege": the words after the compound, from this token.
        case compound(Int)
        /// "burned for three hours", "lasted three hours", "ended after 21 hours": the verb.
        case verb(Int)
        /// "11 minutes after the crash": the first word after "after", "into" or "since".
        case since(Int)
        /// "after 57 days of strike", "over the 17 days of the championship": the words after "of".
        case of(Int)
        /// "sentenced to six years": the person named before it.
        case sentence
        /// "beat Vell in 56 minutes", "needed 56 minutes to win": the contest's length.
        case contest
    }

    var kind: Kind
    var value: Quantity
    var unit: String
    /// From the number to the time noun (and the word that made it elapsed, if any).
    var tokens: ClosedRange<Int>
    var frame: Frame

    static let minutesPer: [UInt64: Double] = [
        "second": 1.0 / 60, "seconds": 1.0 / 60, "minute": 1, "minutes": 1, "min": 1, "mins": 1,
        "hour": 60, "hours": 60,
        "day": 1440, "days": 1440, "week": 10080, "weeks": 10080,
    ].reduce(into: [:]) { $0[WordHash.of($1.key)] = $1.value }
    static let sentenceUnits: [UInt64: String] = [
        "year": "years", "years": "years", "month": "months", "months": "months",
    ].reduce(into: [:]) { $0[WordHash.of($1.key)] = $1.value }
    /// Words after the time noun that make it a time since something ("11 minutes after").
    static let since: WordSet = WordSet(["after", "into", "since"].map(WordHash.of))
    /// Words right before the number that are the lasting verb itself ("lasted three hours").
    static let lastingVerbs: WordSet = WordSet(["lasted", "lasting", "last", "lasts", "ran"].map(WordHash.of))
    static let partWords: WordSet = WordSet(["within", "first", "last", "final", "opening", "closing"]
        .map(WordHash.of))
    static let h = (for: WordHash.of("for"), after: WordHash.of("after"), on: WordHash.of("on"),
                    of: WordHash.of("of"), in: WordHash.of("in"), to: WordHash.of("to"))

    /// The span `number` states, if it is one. `sentenceCue` is the end of a sentence-length
    /// cue in the clause before the number ("sentenced to", "jailed for"), if any. Whose the
    /// span is, and so whether it is a claim at all, is `SpanOwner`'s to say.
    static func find(_ number: NumberPhrase, tokens: [Token], clause: Range<Int>, sentenceCue: Int?,
                     text: [UInt8]) -> TimeSpan? {
        let last = number.tokens.upperBound, first = number.tokens.lowerBound
        let noun: UInt64
        var nounEnd: Int
        if let compound = number.compoundNoun {
            (noun, nounEnd) = (compound, last)
        } else if last + 1 < clause.upperBound, tokens[last + 1].kind == .word {
            (noun, nounEnd) = (tokens[last + 1].hash, last + 1)
        } else {
            return nil
        }
        if let cueEnd = sentenceCue, let unit = sentenceUnits[noun], cueEnd < first, first - cueEnd <= 4 {
            return TimeSpan(kind: .sentence, value: number.quantity, unit: unit, tokens: first...nounEnd,
                            frame: .sentence)
        }
        guard let factor = minutesPer[noun] else { return nil }
        var value = inMinutes(number, factor: factor, tokens: tokens)
        // "four hours and 57 minutes" is 297 minutes, not the four hours alone.
        if let rest = SmallerTimeParts.after(nounEnd, largest: factor, compound: number.compoundNoun != nil,
                                             tokens: tokens, clause: clause, text: text) {
            value = value.adding(rest.minutes)
            nounEnd = rest.last
        }
        // "A 12-day war" names another stretch: only hours and less after a hyphen are the
        // event's own length. A time since something may be days ("54 days after the walkout
        // began"): `SpanOwner` keeps it only when what follows is the event or its start.
        let withinADay = factor <= 60
        // "talked for two hours after the fire": a length, not a time since the fire.
        let isLength = first - 1 >= clause.lowerBound && tokens[first - 1].hash == h.for
        if !isLength, nounEnd + 2 < clause.upperBound, since.contains(tokens[nounEnd + 1].hash) {
            return TimeSpan(kind: .elapsed, value: value, unit: "minutes", tokens: first...(nounEnd + 1),
                            frame: .since(nounEnd + 2))
        }
        let span = first...nounEnd
        // "a 45-minute speech": the words after the compound say what lasted.
        if withinADay, number.compoundNoun != nil, nounEnd + 1 < clause.upperBound, tokens[nounEnd + 1].kind == .word {
            return TimeSpan(kind: .duration, value: value, unit: "minutes", tokens: span, frame: .compound(nounEnd + 1))
        }
        // "within 24 hours of the crash" is a time since it, "the first 48 hours of the strike" a part.
        let isPart = first - 1 >= clause.lowerBound && partWords.contains(tokens[first - 1].hash)
        if number.compoundNoun == nil, !isPart, nounEnd + 2 < clause.upperBound, tokens[nounEnd + 1].hash == h.of {
            return TimeSpan(kind: .duration, value: value, unit: "minutes", tokens: span, frame: .of(nounEnd + 2))
        }
        if factor >= 1, nounEnd == (number.compoundNoun == nil ? last + 1 : last),
           isContestLength(first: first, nounEnd: nounEnd, tokens: tokens, clause: clause) {
            return TimeSpan(kind: .duration, value: value, unit: "minutes", tokens: span, frame: .contest)
        }
        guard let verb = lastingVerb(before: first, tokens: tokens, clause: clause) else { return nil }
        return TimeSpan(kind: .duration, value: value, unit: "minutes", tokens: span, frame: .verb(verb))
    }

    /// The span in minutes. "More than 43 hours" is more than 2,580 minutes, so at least 2,581
    /// (SPEC.md's "more than" convention in the claim's own unit), not at least 44 hours.
    static func inMinutes(_ number: NumberPhrase, factor: Double, tokens: [Token]) -> Quantity {
        let scaled = number.quantity.scaled(by: factor)
        guard factor > 1, let hedge = NumberPhrase.Modifier.table.match(tokens, at: number.tokens.lowerBound)?.value
        else { return scaled }
        switch (hedge, number.quantity) {
        case (.moreThan, .range(let low?, nil)) where low == low.rounded():
            return .range(min: (low - 1) * factor + 1, max: nil)
        case (.fewerThan, .range(nil, let high?)) where high == high.rounded():
            return .range(min: nil, max: (high + 1) * factor - 1)
        default: return scaled
        }
    }

    /// "Vale beat Brandt in 56 minutes", "Vale won the final in 56 minutes", "Vale needed 56
    /// minutes to win": how long a win took. One unit of a minute or more: a time in several
    /// units after "in" is a finishing time (`RaceTime`), and seconds time a sprint.
    static func isContestLength(first: Int, nounEnd: Int, tokens: [Token], clause: Range<Int>) -> Bool {
        var before = first - 1
        // "needed only 56 minutes"
        if before > clause.lowerBound, onlyWords.contains(tokens[before].hash) { before -= 1 }
        guard before > clause.lowerBound else { return false }
        if tokens[before].hash == h.in {
            return (max(clause.lowerBound, before - 8)..<before).contains { winVerbs.contains(tokens[$0].hash) }
        }
        guard needVerbs.contains(tokens[before].hash), nounEnd + 2 < clause.upperBound,
              tokens[nounEnd + 1].hash == h.to else { return false }
        return winVerbs.contains(tokens[nounEnd + 2].hash)
    }

    static let winVerbs: WordSet = WordSet(["beat", "beating", "beats", "defeated", "defeating", "overcame", "edged",
                                            "won", "win", "wins", "winning", "clinched", "sealed", "see", "saw",
                                            "dispatch", "dispatched"].map(WordHash.of))
    static let onlyWords: WordSet = WordSet(["only", "just", "barely", "merely"].map(WordHash.of))
    static let needVerbs: WordSet = WordSet(["needed", "needing", "took", "taking", "required", "requiring"]
        .map(WordHash.of))

    /// The verb a span's length hangs on: "lasted three hours", "burned for three hours",
    /// "went on for five hours", "ended after 21 hours".
    static func lastingVerb(before first: Int, tokens: [Token], clause: Range<Int>) -> Int? {
        let before = first - 1
        guard before >= clause.lowerBound else { return nil }
        let word = tokens[before].hash
        if lastingVerbs.contains(word) { return before }
        guard word == h.for || word == h.after, before - 1 >= clause.lowerBound else { return nil }
        // "went on for", "dragged on for"
        if word == h.for, tokens[before - 1].hash == h.on, before - 2 >= clause.lowerBound { return before - 2 }
        return before - 1
    }
}

extension Quantity {
    /// The same quantity in a smaller unit ("43 hours" as minutes).
    func scaled(by factor: Double) -> Quantity {
        switch self {
        case .exactly(let value): return .exactly(value * factor)
        case .about(let value): return .about(value * factor)
        case .range(let low, let high): return .range(min: low.map { $0 * factor }, max: high.map { $0 * factor })
        }
    }

    /// The same quantity with `amount` added to each end ("about four hours and 20 minutes").
    func adding(_ amount: Double) -> Quantity {
        switch self {
        case .exactly(let value): return .exactly(value + amount)
        case .about(let value): return .about(value + amount)
        case .range(let low, let high): return .range(min: low.map { $0 + amount }, max: high.map { $0 + amount })
        }
    }
}

extension ClaimExtractor {
    static let durationID = "duration", elapsedID = "elapsed-time", sentenceID = "sentence-length"

    /// The time spans of one clause as drafts, and the numbers they used (no longer counts).
    /// A span whose owner the words do not give (`SpanOwner`) is no claim and leaves its
    /// number to the other readers.
    mutating func timeSpanDrafts(_ numbers: [NumberPhrase],
                                 context: ClauseContext) -> (drafts: [Draft], used: [ClosedRange<Int>]) {
        let tokens = context.tokens, clause = context.clause
        let sentenceCue = context.cues.first { $0.cue.attribute == Self.sentenceID && $0.cue.value == nil }?
            .tokens.upperBound
        var drafts: [Draft] = [], used: [ClosedRange<Int>] = []
        var covered: ClosedRange<Int>?
        for number in numbers where clause.contains(number.tokens.lowerBound) {
            // "57" in "four hours and 57 minutes" is read with the four hours.
            if let previous = covered, previous.contains(number.tokens.lowerBound) { continue }
            guard let span = TimeSpan.find(number, tokens: tokens, clause: clause.range, sentenceCue: sentenceCue,
                                           text: context.text)
            else { continue }
            covered = span.tokens
            let attribute = span.kind == .sentence ? Self.sentenceID
                : span.kind == .elapsed ? Self.elapsedID : Self.durationID
            guard registry.attributes[attribute] != nil else { continue }
            // A time is no count of anything, whoever's it is.
            used += numbers.filter { span.tokens.contains($0.tokens.lowerBound) }.map(\.tokens)
            guard let (subject, event) = owner(of: span, context: context) else { continue }
            let modality = ModalityCues.modality(tokens: tokens, clause: clause.range, cue: span.tokens, subject: nil)
            let (speaker, attribution) = self.attribution(context.fact.voice,
                                                          inQuote: context.quotes[span.tokens.lowerBound] != 0)
            drafts.append(Draft(subject: subject, attribute: attribute, value: .quantity(span.value), unit: span.unit,
                                speaker: speaker, attribution: attribution, modality: modality, event: event,
                                anchor: span.tokens))
        }
        return (drafts, used)
    }
}
