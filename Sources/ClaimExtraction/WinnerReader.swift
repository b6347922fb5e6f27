import ClaimModel

/// "Daniel Kiprono won the Lisvik marathon", "the Green Alliance won the council election",
/// "Norland's Ada Quill on Sunday won the Lisvik marathon", "the women's race was won by Ada
/// Quill": who won, as a claim about the event whose value is the winner's entity. The object of
/// "won" must name the event (share a word with its name), or be a part of it the registry knows
/// ("the women's race", then the claim is about that race), so "won 24 seats" or "won praise"
/// name no winner; a negated or hoped-for win keeps its negation or modality.
extension ClaimExtractor {
    static let winnerID = "winner"
    static let winVerbs: WordSet = WordSet(["won", "wins", "win", "clinched", "clinches", "clinch"].map(WordHash.of))
    static let winnerKinds: Set<Entity.Kind> = [.person, .organisation, .group, .country]
    /// How many words after the verb may name the event ("won the women's 10,000 metres final").
    static let eventObjectReach = 6
    /// How far before "won" the winner may stand, over "of Kenya", "on Sunday", ", 24,".
    static let winnerReach = 8
    /// Words that may stand between a winner and "won": "X of the Netherlands on Sunday won".
    static let winnerGapWords: WordSet = WordSet([
        "of", "from", "on", "the", "in", "at", "last", "also", "finally", "comfortably", "easily", "narrowly",
    ].map(WordHash.of))
    static let passiveWords: WordSet = WordSet(["was", "were", "is", "been"].map(WordHash.of))

    /// One win as the clause states it: who won, the tokens naming what was won, where "won" is.
    struct Win {
        var winner: EntityMention
        var object: Range<Int>
        var verb: Int
    }

    mutating func winnerDrafts(_ context: ClauseContext, published: Day?) -> [Draft] {
        guard registry.attributes[Self.winnerID] != nil else { return [] }
        let tokens = context.tokens, clause = context.clause, fact = context.fact
        var drafts: [Draft] = []
        for verb in clause.range where Self.winVerbs.contains(tokens[verb].hash) && clause.contains(verb) {
            guard let win = passiveWin(verb, context) ?? activeWin(verb, context),
                  !Negation.denies(tokens, cue: verb...verb, clause: clause.range) else { continue }
            let resolved = eventFor(anchor: verb...verb, clause: clause, fact: fact, mainEvent: context.mainEvent,
                                    mainSeries: context.mainSeries, events: context.events)
            // "won the women's race": a part of the event the registry knows is what was won.
            let part = fact.mentions.first {
                $0.kind == .group && win.object.contains($0.tokens.lowerBound) && $0.entityID != resolved
                    && registry.entities[$0.entityID] != nil
            }
            let eventID = part != nil && resolved != nil ? resolved
                : wonEvent(resolved, object: win.object, context: context, published: published)
            guard let eventID, let subject = part?.entityID ?? eventEntity(eventID) else { continue }
            let modality = ModalityCues.modality(tokens: tokens, clause: clause.range, cue: verb...verb,
                                                 subject: win.winner.tokens)
            let (speaker, attribution) = self.attribution(fact.voice, inQuote: context.quotes[verb] != 0)
            let anchor = min(win.winner.tokens.lowerBound, verb)...max(win.winner.tokens.upperBound, verb)
            drafts.append(Draft(subject: subject, attribute: Self.winnerID, value: .category(subjectID(win.winner)),
                                unit: nil, speaker: speaker, attribution: attribution, modality: modality,
                                event: eventID, anchor: anchor))
        }
        return drafts
    }

    /// "X won the Lisvik marathon": the winner named last before "won", with only a country, a
    /// date or an age between ("Kiptum of Kenya won", "Quill on Sunday won").
    func activeWin(_ verb: Int, _ context: ClauseContext) -> Win? {
        let tokens = context.tokens, fact = context.fact
        guard let winner = fact.mentions.last(where: {
            $0.tokens.upperBound < verb && verb - $0.tokens.upperBound <= Self.winnerReach
                && Self.winnerKinds.contains($0.kind) && !$0.isDemonym
                && !isPrepositionObject($0, tokens: tokens)  // "Kiptum of Kenya won": Kiptum
        }) else { return nil }
        var gap = (winner.tokens.upperBound + 1)..<verb
        // An apposition between commas: "X, born in Ethiopia, won", "X, the defending champion, won".
        if tokens[gap.lowerBound].hash == Punctuation.comma,
           let close = gap.dropFirst().first(where: { tokens[$0].hash == Punctuation.comma }),
           close - gap.lowerBound <= 6 {
            gap = (close + 1)..<verb
        }
        let onlyAside = gap.allSatisfy { index in
            let token = tokens[index]
            return token.kind == .punctuation || token.kind == .number || token.isCapitalized
                || Self.winnerGapWords.contains(token.hash)
                || fact.mentions.contains { $0.tokens.contains(index) }
        }
        guard onlyAside else { return nil }
        let end = min(context.clause.range.upperBound, verb + 1 + Self.eventObjectReach)
        return Win(winner: winner, object: (verb + 1)..<max(verb + 1, end), verb: verb)
    }

    /// "The women's race was won by Ada Quill": the winner right after "by", what was won before
    /// "was".
    func passiveWin(_ verb: Int, _ context: ClauseContext) -> Win? {
        let tokens = context.tokens, range = context.clause.range
        guard verb > range.lowerBound, Self.passiveWords.contains(tokens[verb - 1].hash), verb + 1 < range.upperBound,
              tokens[verb + 1].hash == Self.byWord,
              let winner = context.fact.mentions.first(where: {
                  $0.tokens.lowerBound > verb + 1 && $0.tokens.lowerBound <= verb + 3
                      && Self.winnerKinds.contains($0.kind) && !$0.isDemonym
              }) else { return nil }
        // What was won stands after the last punctuation before "was".
        var start = verb - 1
        while start > max(range.lowerBound, verb - 1 - Self.eventObjectReach), tokens[start - 1].kind != .punctuation {
            start -= 1
        }
        return Win(winner: winner, object: start..<(verb - 1), verb: verb)
    }

    static let ofOrFrom: WordSet = WordSet(["of", "from"].map(WordHash.of))

    func isPrepositionObject(_ mention: EntityMention, tokens: [Token]) -> Bool {
        var before = mention.tokens.lowerBound - 1
        if before >= 0, Self.determiners.contains(tokens[before].hash) { before -= 1 }
        return before >= 0 && Self.ofOrFrom.contains(tokens[before].hash)
    }

    /// The event the object of "won" names: the clause's own event if it does, else an event of
    /// the registry within a week of the clause's date (or the article's) that it names.
    func wonEvent(_ resolved: String?, object: Range<Int>, context: ClauseContext, published: Day?) -> String? {
        let tokens = context.tokens
        if let resolved, let record = registry.event(resolved), objectNames(record, in: object, tokens: tokens) {
            return resolved
        }
        guard let day = context.fact.date(at: object.lowerBound)?.from ?? published else { return nil }
        return registry.events.first { abs($0.start.dayNumber - day.dayNumber) <= 7
            && objectNames($0, in: object, tokens: tokens) }?.id
    }

    /// Whether the object's words, up to punctuation, share a word of four letters or more with
    /// the event's name, its place aside ("won the Lisvik marathon" names no Lisvik election).
    func objectNames(_ event: Event, in object: Range<Int>, tokens: [Token]) -> Bool {
        let name = Tokenizer.tokens(in: Array(event.name.utf8))
        let place = Set(Tokenizer.tokens(in: Array((event.place ?? "").utf8)).map(\.hash))
        let words = Set(name.filter { $0.kind == .word && $0.length >= 4 && !place.contains($0.hash) }.map(\.hash))
        for index in object {
            if tokens[index].kind == .punctuation { return false }
            if words.contains(tokens[index].hash) { return true }
        }
        return false
    }
}
