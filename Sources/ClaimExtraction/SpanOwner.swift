import ClaimModel

/// Whose a time span is, precision first (issue 12): a span becomes a duration or an elapsed
/// time only when the words around it say that what lasted, or what the time is counted from,
/// is the event itself ("the blaze burned for three hours", "a 45-minute meeting", "11 minutes
/// after the crash") or a person's own act in it ("Vale spoke for 40 minutes", "in a 45-minute
/// speech"). Everything else that lasts in news copy is someone's wait, stay, shift, trip,
/// delay or detention ("waited for two hours", "held for 48 hours", "a 30-minute drive") and
/// is no claim: the span is dropped rather than filed under the event.
enum SpanOwner {
    /// Verbs whose subject is what lasted, when that subject is an event ("the fire burned for
    /// six hours", "the meeting lasted two hours", "the talks went on for five hours").
    static let eventVerbs: WordSet = WordSet(["burned", "burnt", "burning", "blazed", "raged", "smouldered",
                                              "smoldered", "lasted", "lasting", "last", "lasts", "ran", "continued",
                                              "went", "dragged", "stretched", "ended", "ends", "concluded",
                                              "finished"].map(WordHash.of))
    /// Strike coverage words its length by the strikers: "stayed out for 57 days", "walked out
    /// for 24 hours", "have been on strike for six weeks".
    static let strikeVerbs: WordSet = WordSet(["out", "strike", "striking", "struck"].map(WordHash.of))
    /// Verbs whose subject is a person whose own act lasted ("spoke for 40 minutes").
    static let personVerbs: WordSet = WordSet(["spoke", "speaks", "speaking", "talked", "talking", "testified",
                                               "addressed"].map(WordHash.of))
    /// A person's own act in the event, after a compound ("in a 45-minute speech").
    static let personActs: WordSet = WordSet(["speech", "speeches", "address", "remarks", "testimony",
                                              "monologue", "statement"].map(WordHash.of))
    /// What an elapsed time may be counted from besides a mention of the event: its start.
    static let starts: WordSet = WordSet(["alarm", "call", "start", "outbreak", "takeoff", "take-off",
                                          "kick-off", "kickoff", "beginning"].map(WordHash.of))
    /// Words that join two people as one subject ("Vale and Brandt talked for two hours").
    static let joiners: WordSet = WordSet(["and", "with", ","].map(WordHash.of))
    static let placeWords: WordSet = WordSet(["in", "at", "on", "near", "off", "outside"].map(WordHash.of))
    static let relatives: WordSet = WordSet(["that", "which", "who", "where", "when", ","].map(WordHash.of))
    /// Nouns of a contest that `EventKind` leaves out because they are also other words
    /// ("final agreements", "a game changer"), with the word an event's name holds for them.
    static let contestNouns: [UInt64: String] = [
        "final": "final", "semi-final": "semi-final", "semifinal": "semifinal", "game": "game", "bout": "bout",
        "fight": "fight",
    ].reduce(into: [:]) { $0[WordHash.of($1.key)] = $1.value }
    /// Relative pronouns that stand for the noun before them as the subject of their clause.
    static let relativeSubjects: WordSet = WordSet(["that", "which"].map(WordHash.of))
    static let determiners: WordSet = WordSet(["the", "a", "an", "this", "that", "its", "their"].map(WordHash.of))
    /// How far after a compound or "after" the words that say what is measured may stand
    /// ("after the 9:03 a.m. crash").
    static let reach = 6
    /// Words that end the noun phrase after a compound or "after": "a 45-minute delay at the
    /// forum" is the delay's length, not the forum's.
    static let phraseEnds: WordSet = WordSet(["at", "in", "on", "of", "to", "from", "for", "with", "by", "near",
                                              "outside", "inside", "during", "after", "before", "over", "about",
                                              "against", "into", "behind", ",", "and", "or", "that", "which",
                                              "who"].map(WordHash.of))

    /// The noun phrase starting at `start`: up to `reach` tokens, ending before a preposition,
    /// a comma or the clause's end.
    static func phrase(from start: Int, tokens: [Token], clause: Range<Int>) -> Range<Int> {
        var end = start
        while end < min(start + reach, clause.upperBound), !phraseEnds.contains(tokens[end].hash) { end += 1 }
        return start..<end
    }
}

extension ClaimExtractor {
    /// The subject and event of `span`, or nil when the words do not say whose it is.
    mutating func owner(of span: TimeSpan, context: ClauseContext) -> (subject: String, event: String?)? {
        let tokens = context.tokens
        switch span.frame {
        case .sentence:
            let person = lastPerson(before: span.tokens.lowerBound, context)
            return person.map { (subjectID($0), event(near: span.tokens, context)) }
        case .since(let start):
            guard let id = eventNamed(from: start, context) ?? startNamed(from: start, context) else { return nil }
            return eventEntity(id).map { ($0, id) }
        case .of(let start):
            guard let id = eventNamed(from: start, context) else { return nil }
            return eventEntity(id).map { ($0, id) }
        case .compound(let start):
            let phrase = SpanOwner.phrase(from: start, tokens: tokens, clause: context.clause.range)
            if phrase.contains(where: { SpanOwner.personActs.contains(tokens[$0].hash) }) {
                return personOwner(before: span.tokens.lowerBound, span: span, context)
            }
            guard let id = eventNamed(from: start, context) ?? contestNamed(at: start, context, afterCompound: true)
            else { return nil }
            return eventEntity(id).map { ($0, id) }
        case .contest:
            guard let id = contestEvent(near: span.tokens, context) else { return nil }
            return eventEntity(id).map { ($0, id) }
        case .verb(let verb):
            if SpanOwner.personVerbs.contains(tokens[verb].hash) {
                return personOwner(before: verb, span: span, context)
            }
            if SpanOwner.strikeVerbs.contains(tokens[verb].hash) { return strikeOwner(span, context) }
            guard SpanOwner.eventVerbs.contains(tokens[verb].hash),
                  let id = eventSubject(before: verb, context) ?? contestSubject(before: verb, context)
            else { return nil }
            return eventEntity(id).map { ($0, id) }
        }
    }

    /// The person named last before `index`, alone: "Vale and Brandt talked" is no one person's.
    mutating func personOwner(before index: Int, span: TimeSpan,
                              _ context: ClauseContext) -> (subject: String, event: String?)? {
        guard let person = lastPerson(before: index, context) else { return nil }
        let first = person.tokens.lowerBound
        if first - 1 >= context.clause.range.lowerBound, SpanOwner.joiners.contains(context.tokens[first - 1].hash),
           context.fact.mentions.contains(where: { $0.kind == .person && $0.tokens.upperBound < first
               && $0.tokens.upperBound >= first - 3 }) { return nil }
        return (subjectID(person), event(near: span.tokens, context))
    }

    func lastPerson(before index: Int, _ context: ClauseContext) -> EntityMention? {
        context.fact.mentions.last { $0.kind == .person && context.clause.contains($0.tokens.lowerBound)
            && $0.tokens.upperBound < index }
    }

    /// The event a mention starting within reach of `start` names ("after the 9:03 a.m. crash").
    mutating func eventNamed(from start: Int, _ context: ClauseContext) -> String? {
        let phrase = SpanOwner.phrase(from: start, tokens: context.tokens, clause: context.clause.range)
        guard let entry = context.fact.events.first(where: { phrase.contains($0.mention.tokens.lowerBound) }),
              entry.id != EventResolver.elsewhere else { return nil }
        if let id = entry.id { return id }
        // A mention the resolver left open is the clause's event only when it is that kind of
        // event: "two days of talks with mediators" in strike coverage are not the strike.
        guard let id = event(near: entry.mention.tokens, context),
              registry.eventProfile(id)?.kind == entry.mention.kind else { return nil }
        return id
    }

    /// The clause's event when what follows "after" is its start: an occurrence cue of
    /// `event-date` ("after it broke out", "since the quake struck") or a start noun ("the
    /// first call", "the alarm").
    mutating func startNamed(from start: Int, _ context: ClauseContext) -> String? {
        let phrase = SpanOwner.phrase(from: start, tokens: context.tokens, clause: context.clause.range)
        let occurrence = context.cues.first {
            $0.cue.attribute == Self.dateID && $0.cue.value == nil && phrase.contains($0.tokens.lowerBound)
        }
        if let occurrence { return event(near: occurrence.tokens, context) }
        guard let word = phrase.first(where: { SpanOwner.starts.contains(context.tokens[$0].hash) })
        else { return nil }
        return event(near: word...word, context)
    }

    /// The event that is the subject of the verb at `verb`: an event mention right before it
    /// ("the blaze burned", "the fire finally ended", "the fire, fed by diesel, lasted"), not
    /// the object of a preposition ("the search at the fire site continued") and with no person
    /// between (a person's wait or stay is not the event's).
    mutating func eventSubject(before verb: Int, _ context: ClauseContext) -> String? {
        let clause = context.clause, tokens = context.tokens
        guard let entry = context.fact.events.last(where: {
                  clause.contains($0.mention.tokens.lowerBound) && $0.mention.tokens.upperBound < verb
              }), entry.id != EventResolver.elsewhere else { return nil }
        let end = entry.mention.tokens.upperBound
        let aside = tokens[end + 1].hash == Punctuation.comma && tokens[verb - 1].hash == Punctuation.comma
        // "the summit in Brenvik on Thursday went on": a place or a day after the mention.
        let placed = verb - end <= 8 && SpanOwner.placeWords.contains(tokens[end + 1].hash)
            && !((end + 1)..<verb).contains { SpanOwner.relatives.contains(tokens[$0].hash) }
        // A person between the mention and the verb is the verb's subject, except one whose
        // possessive an aside describes the event with: "The show, Hallam's first as host, ran".
        guard verb - end <= 3 || aside || placed,
              !context.fact.mentions.contains(where: {
                  $0.kind == .person && $0.tokens.lowerBound > end && $0.tokens.upperBound < verb
                      && !(aside && tokens[$0.tokens.upperBound + 1].hash == WordHash.possessive)
              }) else { return nil }
        // "beat Vale in a final that ran for five hours": the relative clause's subject is the
        // mention before "that", whatever preposition stands before the mention.
        let relative = end + 1 < verb && SpanOwner.relativeSubjects.contains(tokens[end + 1].hash)
        var before = entry.mention.tokens.lowerBound - 1
        while before >= clause.range.lowerBound, SpanOwner.determiners.contains(tokens[before].hash) { before -= 1 }
        if !relative, before >= clause.range.lowerBound, SpanOwner.phraseEnds.contains(tokens[before].hash),
           tokens[before].hash != Punctuation.comma { return nil }
        return entry.id ?? event(near: entry.mention.tokens, context)
    }

    /// "The final lasted five hours", "a final that ran for five hours": a contest's noun that
    /// names no event by itself ("final" is also an adjective) is the clause's event when that
    /// event is named with the noun ("the Lisvik Open final").
    mutating func contestSubject(before verb: Int, _ context: ClauseContext) -> String? {
        // "the final, which lasted": the relative clause may stand apart from its noun's clause.
        let sentence = context.fact.sentence.tokens
        var noun = verb - 1
        if noun > sentence.lowerBound, SpanOwner.relativeSubjects.contains(context.tokens[noun].hash) {
            noun -= 1
            if noun > sentence.lowerBound, context.tokens[noun].hash == Punctuation.comma { noun -= 1 }
        }
        return contestNamed(at: noun, context)
    }

    /// The clause's event, when the word at `index` is a contest's noun after a determiner, a
    /// possessive or a length ("the final", "Sunday's final", "a four-hour final") and the
    /// event is named with it.
    mutating func contestNamed(at index: Int, _ context: ClauseContext, afterCompound: Bool = false) -> String? {
        let tokens = context.tokens, sentence = context.fact.sentence.tokens
        guard index - 1 >= sentence.lowerBound, sentence.contains(index),
              let noun = SpanOwner.contestNouns[tokens[index].hash],
              afterCompound || SpanOwner.determiners.contains(tokens[index - 1].hash)
                || tokens[index - 1].hash == WordHash.possessive,
              let id = event(near: index...index, context) else { return nil }
        // A final in coverage of the whole championship is a part of it, not the championship.
        guard registry.event(id)?.name.lowercased().contains(noun) == true else { return nil }
        return id
    }

    /// The clause's event when it is a contest that the sentence names by its noun: in "beat
    /// Vell in 56 minutes in the Lisvik Open final" the final; in "took the women's title,
    /// needing 56 minutes to win" nothing, for the clause's event may be the men's final.
    mutating func contestEvent(near anchor: ClosedRange<Int>, _ context: ClauseContext) -> String? {
        guard let id = event(near: anchor, context), let name = registry.event(id)?.name.lowercased()
        else { return nil }
        let named = context.fact.sentence.tokens.contains { index in
            SpanOwner.contestNouns[context.tokens[index].hash].map { name.contains($0) } ?? false
        }
        return named ? id : nil
    }

    /// "Machinists stayed out for 57 days": the length of the clause's event when it is a strike.
    mutating func strikeOwner(_ span: TimeSpan, _ context: ClauseContext) -> (subject: String, event: String?)? {
        guard let id = event(near: span.tokens, context), registry.eventProfile(id)?.kind == .strike else { return nil }
        return eventEntity(id).map { ($0, id) }
    }
}
