import ClaimModel

/// Incidents that last: strikes and lockouts, standoffs and sieges, outages, wildfires that
/// burn for weeks, droughts. Coverage of one comes from different weeks of it ("a week into the
/// strike", "the 53-day strike ended on Monday"), so an event extraction creates for one is
/// dated by the span the text gives it, its start and its end when the text says it ended,
/// not by the day of the article that reported it first: otherwise each week's article creates
/// an event of its own and a fact-checker never sees them side by side (issue 13).
///
/// Real coverage dates the span in a few shapes, all read here from the sentences that name
/// the incident: a start verb and its date ("the strike began at 12:01 a.m. last Friday, 13
/// September", "which started on 6 July", "without power since Sunday"), an end verb and its
/// date ("the standoff ended on Thursday"), a length with an end ("end a strike that had shut
/// the factories for 53 days", "ended after 46 days", "the 35-hour standoff ended") and a time
/// since the start ("54 days after the walkout began"). A one-day strike ("the strike day of 18
/// September") gives none of them and is dated as before.
enum LastingIncident {
    /// What the text says of the incident's days.
    struct Span: Equatable {
        var start: Day
        /// The last day, when the text says it is over.
        var end: Day?
    }

    /// Words of kinds that do not last as a whole but do when named so.
    static let lastingWords: WordSet = WordSet(["wildfire", "wildfires", "bushfire", "forest", "drought"]
        .map(WordHash.of))

    /// Kinds that last whatever word names them.
    static let lastingKinds: Set<EventKind> = [.strike, .standoff, .outage]

    /// Whether `mention` names an incident that may last for days or weeks.
    static func lasts(_ mention: EventMention, tokens: [Token]) -> Bool {
        switch mention.kind {
        case .strike, .standoff, .outage: return true
        case .fire, .storm: return lastingWords.contains(tokens[mention.tokens.lowerBound].hash)
        default: return false
        }
    }

    static let starts: WordSet = WordSet(["began", "begun", "begin", "begins", "started", "start", "starts",
                                          "since", "erupted", "launched"].map(WordHash.of))
    static let ends: WordSet = WordSet(["ended", "end", "ends", "ending", "lifted", "surrendered",
                                        "finished", "concluded"].map(WordHash.of))
    /// Tokens a date may stand after the verb it belongs to: "began at 12:01 a.m. last Friday".
    static let dateReach = 9

    /// One sentence's reading: the days its start and end words date, and a length with its reference.
    struct Reading {
        var start: Day?
        var end: Day?
        /// Days the incident lasted, and whether the sentence says it is over.
        var length: Int?
        var lengthEnds = false
        /// "54 days after the walkout began": days since the start, from the sentence's date.
        var sinceStart: Int?
    }

    /// The span the sentences `ranges` (those naming the incident) give, read against `published`.
    static func span(in ranges: [Range<Int>], tokens: [Token], text: [UInt8], published: Day) -> Span? {
        var start: Day?, end: Day?, length: Int?, lengthEnds = false, lengthDay: Day?
        for range in ranges {
            let reading = read(range, tokens: tokens, text: text, published: published)
            if start == nil, let day = reading.start ?? reading.sinceStart.map({
                Day(dayNumber: (sentenceDay(range, tokens: tokens, text: text, published: published)
                    ?? published).dayNumber - $0)
            }) { start = day }
            if end == nil, let day = reading.end { end = day }
            if length == nil, let days = reading.length {
                length = days
                lengthEnds = reading.lengthEnds
                lengthDay = reading.end ?? sentenceDay(range, tokens: tokens, text: text, published: published)
            }
        }
        if start == nil, let length, length > 1 {
            // "End a strike that had shut the factories for 53 days", said on the day it ended:
            // the first of the 53 days, counted with the last.
            let last = lengthEnds ? (end ?? lengthDay ?? published) : (lengthDay ?? published)
            start = Day(dayNumber: last.dayNumber - length + 1)
            if lengthEnds, end == nil { end = last }
        }
        if let first = start, end == nil, let length, length > 1, lengthEnds {
            end = Day(dayNumber: first.dayNumber + length - 1)
        }
        guard let start, start <= published else { return nil }
        // A start on the day of the report with no length says nothing a one-day event would not.
        if start == published && end == nil && length == nil { return nil }
        if let last = end, last < start { return Span(start: start, end: nil) }
        return Span(start: start, end: end)
    }

    /// The start, end and length one sentence gives.
    static func read(_ range: Range<Int>, tokens: [Token], text: [UInt8], published: Day) -> Reading {
        var reading = Reading()
        for index in range where tokens[index].kind == .word {
            let hash = tokens[index].hash
            let isStart = starts.contains(hash), isEnd = ends.contains(hash)
            guard isStart || isEnd else { continue }
            let window = (index + 1)..<min(range.upperBound, index + 1 + dateReach)
            guard let cue = DateCues.find(in: tokens, range: window, text: text, published: published),
                  cue.from == cue.to, !cue.isEve, !(published < cue.from) else { continue }
            if isStart, reading.start == nil { reading.start = cue.from }
            if isEnd, reading.end == nil { reading.end = cue.from }
        }
        for number in NumberPhrase.find(in: tokens, range: range, text: text) {
            if reading.length == nil, let days = compoundDays(number, tokens: tokens, range: range) {
                reading.length = days
                reading.lengthEnds = range.contains { ends.contains(tokens[$0].hash) }
                continue
            }
            guard let span = TimeSpan.find(number, tokens: tokens, clause: range, sentenceCue: nil, text: text),
                  case .exactly(let minutes) = span.value, span.unit == "minutes", minutes >= 1440 else { continue }
            let days = Int((minutes / 1440).rounded())
            switch (span.kind, span.frame) {
            case (.elapsed, .since(let after)):
                // "54 days after the walkout began": only a time since the incident's own start.
                let start = (after..<min(range.upperBound, after + 4)).contains { starts.contains(tokens[$0].hash) }
                if start, reading.sinceStart == nil { reading.sinceStart = days }
            case (.duration, _):
                if reading.length == nil {
                    reading.length = days
                    reading.lengthEnds = range.contains { ends.contains(tokens[$0].hash) }
                }
            default: break
            }
        }
        return reading
    }

    /// "The 53-day strike", "a six-week lockout": a length in days written onto the kind word.
    static func compoundDays(_ number: NumberPhrase, tokens: [Token], range: Range<Int>) -> Int? {
        let next = number.tokens.upperBound + 1
        guard let noun = number.compoundNoun, let factor = TimeSpan.minutesPer[noun], factor >= 1440,
              next < range.upperBound, EventKind.table.match(tokens, at: next, limit: range.upperBound) != nil,
              case .exactly(let value) = number.quantity, value >= 1 else { return nil }
        return Int((value * factor / 1440).rounded())
    }

    /// The one day a sentence gives, if any (the day its length or time since is counted to).
    static func sentenceDay(_ range: Range<Int>, tokens: [Token], text: [UInt8], published: Day) -> Day? {
        guard let cue = DateCues.find(in: tokens, range: range, text: text, published: published),
              cue.from == cue.to, !cue.isEve, !(published < cue.from) else { return nil }
        return cue.from
    }
}
