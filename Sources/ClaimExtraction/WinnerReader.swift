import ClaimModel

/// "Daniel Kiprono won the Lisvik marathon", "the Green Alliance won the council election":
/// who won, as a claim about the event whose value is the winner's entity. The object of "won"
/// must name the event (share a word with its name), so "won 24 seats" or "won praise" name
/// no winner; a negated or hoped-for win keeps its negation or modality.
extension ClaimExtractor {
    static let winnerID = "winner"
    static let winVerbs: WordSet = WordSet(["won", "wins", "win", "clinched", "clinches", "clinch"].map(WordHash.of))
    static let winnerKinds: Set<Entity.Kind> = [.person, .organisation, .group, .country]
    /// How many words after the verb may name the event ("won the women's 10,000 metres final").
    static let eventObjectReach = 6

    mutating func winnerDrafts(_ context: ClauseContext, published: Day?) -> [Draft] {
        guard registry.attributes[Self.winnerID] != nil else { return [] }
        let tokens = context.tokens, clause = context.clause, fact = context.fact
        var drafts: [Draft] = []
        for verb in clause.range where Self.winVerbs.contains(tokens[verb].hash) && clause.contains(verb) {
            guard let winner = fact.mentions.last(where: {
                      $0.tokens.upperBound < verb && verb - $0.tokens.upperBound <= 3
                          && Self.winnerKinds.contains($0.kind) && !$0.isDemonym
                          && !isPrepositionObject($0, tokens: tokens)  // "Kiptum of Kenya won": Kiptum
                  }),
                  !Negation.denies(tokens, cue: verb...verb, clause: clause.range) else { continue }
            let resolved = eventFor(anchor: verb...verb, clause: clause, fact: fact, mainEvent: context.mainEvent,
                                    mainSeries: context.mainSeries, events: context.events)
            guard let eventID = wonEvent(resolved, after: verb, context: context, published: published),
                  let subject = eventEntity(eventID) else { continue }
            let modality = ModalityCues.modality(tokens: tokens, clause: clause.range, cue: verb...verb,
                                                 subject: winner.tokens)
            let (speaker, attribution) = self.attribution(fact.voice, inQuote: context.quotes[verb] != 0)
            drafts.append(Draft(subject: subject, attribute: Self.winnerID, value: .category(subjectID(winner)),
                                unit: nil,
                                speaker: speaker, attribution: attribution, modality: modality, event: eventID,
                                anchor: winner.tokens.lowerBound...verb))
        }
        return drafts
    }

    static let ofOrFrom: WordSet = WordSet(["of", "from"].map(WordHash.of))

    func isPrepositionObject(_ mention: EntityMention, tokens: [Token]) -> Bool {
        mention.tokens.lowerBound > 0 && Self.ofOrFrom.contains(tokens[mention.tokens.lowerBound - 1].hash)
    }

    /// The event the object of "won" names: the clause's own event if it does, else an event of
    /// the registry within a week of the clause's date (or the article's) that it names.
    func wonEvent(_ resolved: String?, after verb: Int, context: ClauseContext, published: Day?) -> String? {
        let tokens = context.tokens, range = context.clause.range
        if let resolved, let record = registry.event(resolved),
           objectNames(record, after: verb, tokens: tokens, clause: range) {
            return resolved
        }
        guard let day = context.fact.date(at: verb)?.from ?? published else { return nil }
        return registry.events.first { abs($0.start.dayNumber - day.dayNumber) <= 7
            && objectNames($0, after: verb, tokens: tokens, clause: range) }?.id
    }

    /// Whether the words after the verb, up to punctuation, share a word of four letters or more
    /// with the event's name, its place aside ("won the Lisvik marathon" names no Lisvik election).
    func objectNames(_ event: Event, after verb: Int, tokens: [Token], clause: Range<Int>) -> Bool {
        let name = Tokenizer.tokens(in: Array(event.name.utf8))
        let place = Set(Tokenizer.tokens(in: Array((event.place ?? "").utf8)).map(\.hash))
        let words = Set(name.filter { $0.kind == .word && $0.length >= 4 && !place.contains($0.hash) }.map(\.hash))
        var index = verb + 1
        while index < clause.upperBound, index <= verb + Self.eventObjectReach, tokens[index].kind != .punctuation {
            if words.contains(tokens[index].hash) { return true }
            index += 1
        }
        return false
    }
}
