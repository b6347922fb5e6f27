import ClaimModel

/// "Daniel Kiprono won the Lisvik marathon", "the Green Alliance won the council election",
/// "Norland's Ada Quill on Sunday won the Lisvik marathon", "the women's race was won by Ada
/// Quill": who won, as a claim about the event whose value is the winner's entity. The object of
/// "won" must name the event (share a word with its name), or be a part of it the registry knows
/// ("the women's race", then the claim is about that race), so "won 24 seats" or "won praise"
/// name no winner; a negated or hoped-for win keeps its negation or modality. Beside "won":
/// "took best picture", "captured the title" (a prize verb needs a prize or a known part as
/// object), "Ardal Rovers beat Port Skel 3-1 in the cup final" (the loser of the winner's kind
/// right after) and "the Green Alliance came first in the council election" (the event named in
/// the sentence), the wordings wire and sports copy use (issue 12).
extension ClaimExtractor {
    static let winnerID = "winner"
    static let winVerbs: WordSet = WordSet([
        "won", "wins", "win", "clinched", "clinches", "clinch", "triumphed", "triumphs",
    ].map(WordHash.of))
    /// Verbs that name a win only with a prize as object: "took best picture", "captured the
    /// title", "claimed the crown" ("took part in the marathon" and "took 28 per cent" are none).
    static let prizeVerbs: WordSet = WordSet([
        "took", "takes", "taken", "captured", "captures", "claimed", "claims", "secured", "secures", "scooped",
        "scoops", "retained", "retains", "collected", "collects", "defended", "defends",
    ].map(WordHash.of))
    static let claimVerbs: WordSet = WordSet(["claimed", "claims"].map(WordHash.of))
    /// What a prize verb must take to be a win. "Victory" and "win" only after a verb other
    /// than "claimed": candidates claim victory before the count is in.
    static let prizeWords: WordSet = WordSet([
        "title", "titles", "crown", "prize", "award", "trophy", "cup", "championship", "oscar", "statuette", "gold",
        "jersey", "victory", "win",
    ].map(WordHash.of))
    static let outcomeWords: WordSet = WordSet(["victory", "win"].map(WordHash.of))
    /// "Ardal Rovers beat Port Skel 3-1", "Quill defeated Vell in the final": the winner before,
    /// the loser right after.
    static let beatVerbs: WordSet = WordSet([
        "beat", "beats", "beating", "defeated", "defeats", "defeating", "edged", "edges", "overcame", "overcomes",
        "outpolled", "routed",
    ].map(WordHash.of))
    /// "Quill came first", "the SPD finished first", "placed first in the final", "came out on
    /// top", "crossed the line first".
    static let placeVerbs: WordSet = WordSet([
        "came", "comes", "finished", "finishes", "placed", "crossed", "crosses", "emerged", "emerges",
    ].map(WordHash.of))
    static let firstWords: WordSet = WordSet(["first", "top"].map(WordHash.of))
    static let winnerKinds: Set<Entity.Kind> = [.person, .organisation, .group, .country]
    /// How many words after the verb may name the event ("won the women's 10,000 metres final").
    static let eventObjectReach = 6
    /// How far before "won" the winner may stand, over "of Kenya", "on Sunday", ", 24,".
    static let winnerReach = 8
    /// Words that may stand between a winner and "won": "X of the Netherlands on Sunday won",
    /// "the party led by X has won", "the film, which took best picture".
    static let winnerGapWords: WordSet = WordSet([
        "of", "from", "on", "the", "in", "at", "last", "also", "finally", "comfortably", "easily", "narrowly",
        "has", "have", "had", "led", "by", "under", "who", "which", "then", "again", "eventually", "duly",
        // "X is expected to win", "X, who is tipped to win": the modality says it is a forecast.
        "is", "are", "will", "would", "could", "may", "might", "expected", "likely", "set", "tipped", "poised",
        "favoured", "favored", "to",
    ].map(WordHash.of))
    static let passiveWords: WordSet = WordSet(["was", "were", "is", "been"].map(WordHash.of))

    /// How the clause says someone won.
    enum WinWording { case won, prize, beat, first, declared, elected }

    /// One win as the clause states it: who won, the tokens naming what was won, where the verb is.
    struct Win {
        var winner: EntityMention
        var object: Range<Int>
        var verb: Int
        var wording: WinWording
    }

    static func winWording(_ tokens: [Token], at index: Int, end: Int) -> WinWording? {
        let hash = tokens[index].hash
        if winVerbs.contains(hash) { return .won }
        if prizeVerbs.contains(hash) { return .prize }
        if beatVerbs.contains(hash) { return .beat }
        if placeVerbs.contains(hash), placeWord(tokens, after: index, end: end) != nil { return .first }
        return nil
    }

    /// Words a place may stand behind: "came out on top", "crossed the line first", "came home first".
    static let placeParticles: WordSet = WordSet(["out", "on", "the", "line", "home"].map(WordHash.of))
    static let onWord = WordHash.of("on"), topWord = WordHash.of("top")

    /// The index of "first" or "top" after a place verb, over at most three particles; "came on
    /// top of a fall" is "in addition to", no place.
    static func placeWord(_ tokens: [Token], after verb: Int, end: Int) -> Int? {
        var index = verb + 1
        while index < end, index - verb <= 4 {
            let hash = tokens[index].hash
            if firstWords.contains(hash) {
                let onTopOf = hash == topWord && tokens[index - 1].hash == onWord && index + 1 < end
                    && tokens[index + 1].hash == ofWord
                return onTopOf ? nil : index
            }
            guard placeParticles.contains(hash) else { return nil }
            index += 1
        }
        return nil
    }

    /// The wins of the clause and of its relative clauses about a winner ("Ada Quill, who won
    /// the Lisvik marathon in 2019, ..."): the aside is set aside for other readings, but it
    /// states the win of the name it describes as plainly as a main clause would.
    mutating func winnerDrafts(_ context: ClauseContext, published: Day?) -> [Draft] {
        guard registry.attributes[Self.winnerID] != nil else { return [] }
        let clause = context.clause
        var drafts = context.cues.contains(where: { $0.cue.attribute == Self.winnerID })
            ? clauseWins(context, verbs: clause.range, published: published) : []
        let current = context.mainEvent.flatMap { registry.event($0)?.start.year } ?? currentPublished?.year
        for aside in clause.asides where describesWinner(aside, context) {
            // "Last year the winner was X, which took best picture": the year the clause opens
            // with is the aside's too; another year's win is not this contest's, and an aside
            // that names no year of its own cannot say which contest it was.
            let tokens = context.tokens, text = context.text
            if let year = Self.statedYear(in: clause.range.lowerBound..<aside.lowerBound, tokens, text,
                                          published: currentPublished), year != current,
               Self.statedYear(in: aside, tokens, text, published: currentPublished) == nil { continue }
            var inner = context
            inner.clause = Clause(range: aside, asides: [])
            drafts += clauseWins(inner, verbs: aside, published: published)
        }
        return drafts
    }

    static let winnerRelatives: WordSet = WordSet(["who", "which"].map(WordHash.of))

    /// Whether the aside is ", who ..." or ", which ..." right after a name that may win.
    func describesWinner(_ aside: Range<Int>, _ context: ClauseContext) -> Bool {
        guard aside.count > 3, Self.winnerRelatives.contains(context.tokens[aside.lowerBound + 1].hash) else {
            return false
        }
        return context.fact.mentions.contains {
            $0.tokens.upperBound == aside.lowerBound - 1 && Self.winnerKinds.contains($0.kind) && !$0.isDemonym
        }
    }

    /// The wins whose verb stands in `verbs`.
    mutating func clauseWins(_ context: ClauseContext, verbs: Range<Int>, published: Day?) -> [Draft] {
        let tokens = context.tokens, clause = context.clause, fact = context.fact
        var drafts: [Draft] = []
        for verb in verbs where clause.contains(verb) {
            var found: Win?
            if Self.electedWords.contains(tokens[verb].hash) {
                found = electedWin(verb, context)
            } else if let wording = Self.winWording(tokens, at: verb, end: clause.range.upperBound)
                ?? participleWording(verb, context) {
                found = (wording == .won ? passiveWin(verb, context) : nil) ?? activeWin(verb, wording, context)
            } else if Self.winnerNouns.contains(tokens[verb].hash) {
                found = declaredWin(verb, context)
            } else if Self.victoryNouns.contains(tokens[verb].hash) {
                found = ownedVictory(verb, context)
            } else if let (winner, title) = titledWinner(verb, context) {
                let end = min(clause.range.upperBound, title + 1 + Self.eventObjectReach)
                found = Win(winner: winner, object: (title + 1)..<max(title + 1, end), verb: verb, wording: .first)
            }
            guard let win = found, !Negation.denies(tokens, cue: verb...verb, clause: clause.range),
                  let (subject, eventID) = wonWhat(win, context: context, published: published) else { continue }
            let modality = ModalityCues.modality(tokens: tokens, clause: clause.range, cue: verb...verb,
                                                 subject: win.winner.tokens)
            let (speaker, attribution) = self.attribution(fact.voice, inQuote: context.quotes[verb] != 0)
            let anchor = min(win.winner.tokens.lowerBound, verb)...max(win.winner.tokens.upperBound, verb)
            var draft = Draft(subject: subject, attribute: Self.winnerID, value: .category(subjectID(win.winner)),
                              unit: nil, speaker: speaker, attribution: attribution, modality: modality,
                              event: eventID, anchor: anchor)
            drafts.append(draft)
            guard subject != eventID else { continue }
            // "X won best supporting actor for A and Y best supporting actress for B": the verb
            // left out before the second category.
            for (winner, part) in gappedWins(after: win, context) {
                draft.subject = part
                draft.value = .category(subjectID(winner))
                draft.anchor = winner.tokens.lowerBound...winner.tokens.upperBound
                drafts.append(draft)
            }
        }
        return drafts
    }

    /// After a win of a known category, each "and Y <another known category>" in the clause.
    func gappedWins(after win: Win, _ context: ClauseContext) -> [(EntityMention, String)] {
        let tokens = context.tokens, mentions = context.fact.mentions, clause = context.clause
        var found: [(EntityMention, String)] = []
        for index in win.verb..<clause.range.upperBound where tokens[index].hash == Self.andWord {
            guard let winner = mentions.first(where: {
                $0.tokens.lowerBound == index + 1 && Self.winnerKinds.contains($0.kind) && !$0.isDemonym
            }), let part = mentions.first(where: {
                $0.tokens.lowerBound == winner.tokens.upperBound + 1 && $0.kind == .group
                    && registry.entities[$0.entityID] != nil && registry.event($0.entityID) == nil
            }) else { continue }
            found.append((winner, part.entityID))
        }
        return found
    }

    /// What was won: a part of the event the registry knows ("won the women's race", "took best
    /// picture"), else the event the object names, else, for "beat X" and "came first" and a
    /// prize ("took the title"), the clause's event where the sentence names it.
    mutating func wonWhat(_ win: Win, context: ClauseContext, published: Day?) -> (String, String)? {
        let tokens = context.tokens, fact = context.fact
        let resolved = event(near: win.verb...win.verb, context)
        if win.wording == .elected {
            return electedContest(win, resolved: resolved, context: context, published: published)
        }
        let part = fact.mentions.first {
            $0.kind == .group && win.object.contains($0.tokens.lowerBound) && $0.entityID != resolved
                && registry.entities[$0.entityID] != nil && registry.event($0.entityID) == nil
        }
        if win.wording == .prize && part == nil {
            let claimed = Self.claimVerbs.contains(tokens[win.verb].hash)
            guard win.object.contains(where: {
                Self.prizeWords.contains(tokens[$0].hash) && !(claimed && Self.outcomeWords.contains(tokens[$0].hash))
            }) else { return nil }
        }
        // "took the title in 1988": another year's contest, or none the record knows.
        if case .earlier(let earlier) = contestYear(win, context) {
            guard let earlier, let subject = eventEntity(earlier) else { return nil }
            return (part?.entityID ?? subject, earlier)
        }
        // "won best actor ..., his second Oscar after The Pianist in 2003": a bare year leaves
        // the clause without an event of its own; the category is still the article's event's.
        if let part, let event = resolved ?? context.mainEvent { return (part.entityID, event) }
        if let named = wonEvent(resolved, object: win.object, context: context, published: published),
           let subject = eventEntity(named) {
            return (subject, named)
        }
        // "won with 70 per cent of the vote": the clause's contest, where the sentence names it.
        guard win.wording != .won || Self.isMargin(win.object, tokens), let resolved,
              fact.events.contains(where: { $0.id == resolved })
                || fact.mentions.contains(where: { $0.entityID == resolved }),
              let subject = eventEntity(resolved) else { return nil }
        return (subject, resolved)
    }

    /// "X won the Lisvik marathon": the winner named last before the verb, with only a country, a
    /// date or an age between ("Kiptum of Kenya won", "Quill on Sunday won"), or right before a
    /// long apposition that ends at the verb; after "beat", the loser of the winner's kind right
    /// after the verb.
    func activeWin(_ verb: Int, _ wording: WinWording, _ context: ClauseContext) -> Win? {
        let fact = context.fact
        guard let winner = participleWinner(verb, context) ?? nearWinner(verb, context)
                ?? appositionWinner(verb, context) ?? anaphoricWinner(verb, context) else { return nil }
        var objectStart = verb + 1
        if wording == .first,
           let place = Self.placeWord(context.tokens, after: verb, end: context.clause.range.upperBound) {
            objectStart = place + 1
        }
        if wording == .beat {
            guard let loser = fact.mentions.first(where: {
                $0.tokens.lowerBound > verb && $0.kind == winner.kind && $0.entityID != winner.entityID
                    && Self.describesLoser(context.tokens, gap: (verb + 1)..<$0.tokens.lowerBound,
                                           mentions: fact.mentions)
            }) else { return nil }
            objectStart = loser.tokens.upperBound + 1
        }
        let end = min(context.clause.range.upperBound, objectStart + Self.eventObjectReach)
        return Win(winner: winner, object: objectStart..<max(objectStart, end), verb: verb, wording: wording)
    }

    /// Words that end the description of a loser: "beat the record of X", "beat the time set by
    /// X", "beat the odds and X": what was beaten is not X.
    static let loserGapStops: WordSet = WordSet([
        "of", "in", "at", "on", "to", "by", "with", "for", "from", "and", "or", "but", "than", "who", "which", "that",
        "record", "records", "time", "times", "odds", "mark", "best", "set", "held",
    ].map(WordHash.of))
    static let loserGapReach = 6

    /// Whether the words between "beat" and a name describe that name: any one word ("beat
    /// rivals X"), or up to six lowercase words, hyphens, numbers and demonyms ("defeated the
    /// English veteran X", "beating world number one X", "beat the far-right candidate X").
    static func describesLoser(_ tokens: [Token], gap: Range<Int>, mentions: [EntityMention]) -> Bool {
        if gap.count <= 1 { return true }
        guard gap.count <= loserGapReach else { return false }
        return gap.allSatisfy { index in
            let token = tokens[index]
            if token.hash == hyphen { return true }
            // "the English veteran X": a country's adjective, whether read as a demonym or a name.
            if mentions.contains(where: { ($0.isDemonym || $0.kind == .country) && $0.tokens.contains(index) }) {
                return true
            }
            guard token.kind != .punctuation, !loserGapStops.contains(token.hash) else { return false }
            return token.kind == .number || !token.isCapitalized
        }
    }

    /// The winner named last before the verb, with only asides between.
    func nearWinner(_ verb: Int, _ context: ClauseContext) -> EntityMention? {
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
        return onlyAside ? winner : nil
    }

    /// How far back a long apposition may reach: "Anora, an independent comedy about a stripper
    /// who marries an oligarch's son, won".
    static let appositionReach = 30

    /// The name right before a long apposition that ends just before the verb, where the
    /// apposition holds no other comma (a list or a second aside would make the name unsure).
    func appositionWinner(_ verb: Int, _ context: ClauseContext) -> EntityMention? {
        let tokens = context.tokens, sentence = context.fact.sentence.tokens
        guard verb - 1 > sentence.lowerBound, tokens[verb - 1].hash == Punctuation.comma else { return nil }
        let floor = max(sentence.lowerBound, verb - 1 - Self.appositionReach)
        guard let open = (floor..<(verb - 1)).last(where: { tokens[$0].hash == Punctuation.comma }) else {
            return nil
        }
        return context.fact.mentions.first {
            $0.tokens.upperBound == open - 1 && Self.winnerKinds.contains($0.kind) && !$0.isDemonym
        }
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
        return Win(winner: winner, object: start..<(verb - 1), verb: verb, wording: .won)
    }

    /// "Kiptum of Kenya won", "the party led by X has won", "the bloc under X won": not the winner.
    /// "X, born in Ethiopia, won", "X, who trains at Iten, won": a place is no winner either.
    static let ofOrFrom: WordSet = WordSet(["of", "from", "by", "under", "in", "at", "near"].map(WordHash.of))

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
    /// the event's name, its place and prize words aside ("won the Lisvik marathon" names no
    /// Lisvik election).
    func objectNames(_ event: Event, in object: Range<Int>, tokens: [Token]) -> Bool {
        let bytes = Array(event.name.utf8)
        let name = Tokenizer.tokens(in: bytes)
        let place = Set(Tokenizer.tokens(in: Array((event.place ?? "").utf8)).map(\.hash))
        var words = Set<UInt64>()
        for token in name where token.kind == .word && token.length >= 4 && !place.contains(token.hash) {
            // "won the parliamentary elections" names the "federal election": a plural is the same word.
            let word = String(decoding: bytes[token.start..<token.end], as: UTF8.self).lowercased()
            words.insert(token.hash)
            words.insert(WordHash.of(word.hasSuffix("s") ? String(word.dropLast()) : word + "s"))
        }
        for index in object {
            if tokens[index].kind == .punctuation { return false }
            // "took the Oscar for original screenplay" names the prize, not an "Oscar nominees'
            // luncheon" a week earlier.
            if words.contains(tokens[index].hash) && !Self.prizeWords.contains(tokens[index].hash) { return true }
        }
        return false
    }
}
