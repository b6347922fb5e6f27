import ClaimModel

/// A stretch of time as news writes it, which counts no people: how long something lasted
/// ("a 45-minute speech", "burned for 12 hours"), how long after something else a thing
/// happened ("reached the wreck 11 minutes after the crash"), and a court's sentence ("jailed
/// for six years"). Durations and elapsed times are kept in minutes, sentences in their own unit.
struct TimeSpan {
    enum Kind: Equatable { case duration, elapsed, sentence }

    var kind: Kind
    var value: Quantity
    var unit: String
    /// From the number to the time noun (and the word that made it elapsed, if any).
    var tokens: ClosedRange<Int>

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
    /// Words before the number that make it a length ("for 25 minutes", "lasted three hours").
    static let lasting: WordSet = WordSet(["for", "lasted", "lasting", "last", "lasts"].map(WordHash.of))

    /// The span `number` states, if it is one. `sentenceCue` is the end of a sentence-length
    /// cue in the clause before the number ("sentenced to", "jailed for"), if any.
    static func find(_ number: NumberPhrase, tokens: [Token], clause: Range<Int>, sentenceCue: Int?) -> TimeSpan? {
        let last = number.tokens.upperBound
        let noun: UInt64, nounEnd: Int
        if let compound = number.compoundNoun {
            (noun, nounEnd) = (compound, last)
        } else if last + 1 < clause.upperBound, tokens[last + 1].kind == .word {
            (noun, nounEnd) = (tokens[last + 1].hash, last + 1)
        } else {
            return nil
        }
        if let cueEnd = sentenceCue, let unit = sentenceUnits[noun], cueEnd < number.tokens.lowerBound,
           number.tokens.lowerBound - cueEnd <= 4 {
            return TimeSpan(kind: .sentence, value: number.quantity, unit: unit,
                            tokens: number.tokens.lowerBound...nounEnd)
        }
        guard let factor = minutesPer[noun] else { return nil }
        let value = number.quantity.scaled(by: factor)
        // Days and weeks after something time one event from another ("three days after the
        // killing"), and "a 12-day war" names another stretch: only hours and less are the
        // event's own timing unless "for" or "lasted" says so.
        let withinADay = factor <= 60
        if withinADay, nounEnd + 1 < clause.upperBound, since.contains(tokens[nounEnd + 1].hash) {
            return TimeSpan(kind: .elapsed, value: value, unit: "minutes",
                            tokens: number.tokens.lowerBound...(nounEnd + 1))
        }
        let before = number.tokens.lowerBound - 1
        // "a 45-minute speech": the hyphenated noun describes what lasted; "for 25 minutes" and
        // "lasted three hours" say it outright.
        let isLength = withinADay && number.compoundNoun != nil && nounEnd + 1 < clause.upperBound
            && tokens[nounEnd + 1].kind == .word
            || (before >= clause.lowerBound && lasting.contains(tokens[before].hash))
        guard isLength else { return nil }
        return TimeSpan(kind: .duration, value: value, unit: "minutes", tokens: number.tokens.lowerBound...nounEnd)
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
}

extension ClaimExtractor {
    static let durationID = "duration", elapsedID = "elapsed-time", sentenceID = "sentence-length"

    /// The time spans of one clause as drafts, and the numbers they used (no longer counts).
    /// A duration is the person's who is named before it ("Vale spoke in a 40-minute address"),
    /// else the event's; an elapsed time is the event's; a sentence is only ever a person's.
    mutating func timeSpanDrafts(_ numbers: [NumberPhrase],
                                 context: ClauseContext) -> (drafts: [Draft], used: [ClosedRange<Int>]) {
        let tokens = context.tokens, clause = context.clause
        let sentenceCue = context.cues.first { $0.cue.attribute == Self.sentenceID && $0.cue.value == nil }?
            .tokens.upperBound
        var drafts: [Draft] = [], used: [ClosedRange<Int>] = []
        for number in numbers where clause.contains(number.tokens.lowerBound) {
            guard let span = TimeSpan.find(number, tokens: tokens, clause: clause.range, sentenceCue: sentenceCue)
            else { continue }
            let attribute = span.kind == .sentence ? Self.sentenceID
                : span.kind == .elapsed ? Self.elapsedID : Self.durationID
            guard registry.attributes[attribute] != nil else { continue }
            used.append(number.tokens)
            let event = eventFor(anchor: span.tokens, clause: clause, fact: context.fact, mainEvent: context.mainEvent,
                                 mainSeries: context.mainSeries, events: context.events)
            // The person named last before the span: "Judge Brandt sentenced Vale to six years" is Vale's.
            let person = context.fact.mentions.last { $0.kind == .person && clause.contains($0.tokens.lowerBound)
                && $0.tokens.upperBound < span.tokens.lowerBound }
            let subject: String?
            switch span.kind {
            case .sentence: subject = person.map { subjectID($0) }
            case .elapsed: subject = event.flatMap { eventEntity($0) }
            case .duration: subject = person.map { subjectID($0) } ?? event.flatMap { eventEntity($0) }
            }
            guard let subject else { continue }
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
