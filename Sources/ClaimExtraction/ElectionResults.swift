import ClaimModel

/// A party's or a candidate's result as election coverage words it: "X won 28.5% of the vote",
/// "the party took 20.8 per cent", "X (16.4%)", "came second with 20%", "polls put X at 30%",
/// "X won 208 seats", "X's 152 seats", "the Greens with 85 seats", and the lists that name the
/// unit once ("the CDU 208 seats, the AfD 152 and the SPD 120"). The figure is the party's named
/// last before it, never a country's or the chamber's. Not a party's result: a change ("up 5
/// points", "gained 10 points"), a hurdle ("the 5 per cent threshold"), the size of the house
/// ("the 630-seat Bundestag", "of the 630 seats") and what a majority needs ("316 needed").
struct ElectionResult {
    enum Measure { case share, seats }
    var measure: Measure
    var subject: EntityMention
    var number: NumberPhrase
    var tokens: ClosedRange<Int>
    /// The whole the figure is a part of ("48 of the 59 seats"): no one's count.
    var whole: ClosedRange<Int>?
}

enum ElectionResults {
    static let seat = WordHash.of("seat"), seats = WordHash.of("seats")
    /// The words a share or a seat count is written with ("per cent", "%", "pc", "seats").
    static let unitWords: WordSet = WordSet(["seat", "seats", "%", "per", "percent", "pc", "percentage"]
        .map(WordHash.of))
    /// Words before a figure that make it a change or a whole, not a party's level.
    static let changeOrWhole: WordSet = WordSet([
        "up", "down", "by", "gained", "gaining", "gains", "lost", "losing", "loses", "the", "of", "all", "caps",
        "capped", "majority", "turnout", "than", "from", "total", "increase", "jump", "swing",
    ].map(WordHash.of))
    /// Words right after a figure's unit that make it a change: "nine seats down", "5 points up".
    static let changeAfter: WordSet = WordSet(["up", "down", "more", "fewer", "less", "short"].map(WordHash.of))
    /// Words after a figure that make it a hurdle, a total or a swing.
    static let thresholdAfter: WordSet = WordSet([
        "hurdle", "threshold", "barrier", "mark", "majority", "needed", "required", "points", "point", "percentage",
        "swing", "turnout", "quorum", "total",
    ].map(WordHash.of))
    /// A chamber is not a party: "a Bundestag that a new law caps at 630 seats".
    static let chambers: WordSet = WordSet([
        "bundestag", "parliament", "assembly", "house", "chamber", "senate", "congress", "legislature", "council",
        "commission", "officer", "ministry",
    ].map(WordHash.of))
    /// Words that make a share a forecast: "in the final poll, X stood at 30 per cent".
    static let forecastWords: WordSet = WordSet([
        "poll", "polls", "survey", "surveys", "forecast", "forecasts", "projection", "projections", "pollster",
        "pollsters",
    ].map(WordHash.of))

    /// Every result in `sentence`; the caller keeps those whose figures stand in its clause.
    static func find(_ tokens: [Token], sentence: Range<Int>, text: [UInt8], mentions: [EntityMention],
                     units: UnitNouns) -> [ElectionResult] {
        // Most sentences with a figure give neither a share nor seats: a scan for the unit words
        // spares them the sentence's numbers.
        guard sentence.contains(where: { unitWords.contains(tokens[$0].hash) }) else { return [] }
        let numbers = NumberPhrase.find(in: tokens, range: sentence, text: text)
        var results: [ElectionResult] = []
        var listed: ElectionResult.Measure?
        var previousEnd = sentence.lowerBound - 1
        var last: ElectionResult?
        for (position, number) in numbers.enumerated() {
            defer { previousEnd = number.tokens.upperBound }
            let unit = units.unit(of: number, tokens: tokens, clause: sentence)
            // "took 48 of Scotland's 59 seats": the 59 are the whole, the 48 the party's.
            if unit?.unit == "seats", position > 0,
               let part = partOf(whole: number, numbers[position - 1], tokens: tokens, text: text) {
                let scan = ResultOwner.Scan(tokens: tokens, sentence: sentence, mentions: mentions, bare: true)
                if let result = partResult(part, of: number, wholeEnd: unit?.last ?? number.tokens.upperBound,
                                           after: previousBefore(position, numbers, sentence), last: last, scan) {
                    results.append(result)
                    last = result
                }
                continue
            }
            let measure: ElectionResult.Measure
            switch unit?.unit {
            case "percent": measure = .share
            case "seats": measure = .seats
            case nil: guard let listed else { continue }; measure = listed
            default: continue
            }
            let end = unit?.last ?? number.tokens.upperBound
            if end + 1 < sentence.upperBound, changeAfter.contains(tokens[end + 1].hash) { continue }
            if isWhole(number, tokens: tokens, sentence: sentence) || isPending(after: end, tokens, sentence) {
                // "Of the 630 seats, the CDU will hold 208": the parties' figures that follow are seats.
                if measure == .seats && unit != nil { listed = .seats }
                continue
            }
            let scan = ResultOwner.Scan(tokens: tokens, sentence: sentence, mentions: mentions, bare: unit == nil)
            // "Labour rose from 202 to 412 seats": the party before "from" owns the new figure.
            let ownerFloor = position > 0 && isChangeEnd(number, from: numbers[position - 1], tokens: tokens)
                ? previousBefore(position, numbers, sentence) : previousEnd
            guard let subject = owner(of: number, measure, unitEnd: end, after: ownerFloor, last: last, scan)
            else { continue }
            if measure == .seats, heldBefore(number, subject: subject, tokens: tokens, sentence: sentence) { continue }
            let span = min(subject.tokens.lowerBound, number.tokens.lowerBound)...max(end, subject.tokens.upperBound)
            let result = ElectionResult(measure: measure, subject: subject, number: number, tokens: span, whole: nil)
            results.append(result)
            last = result
            listed = measure
        }
        return results
    }

    /// Whose figure it is: the party named after it ("15.8 per cent for X"), else the party named
    /// last before it, the party whose name a leader completes ("X (AD) of Montenegro"), and
    /// after a skipped change, the previous result's party when the measure differs ("48 seats,
    /// up from 12, with 18.1 per cent").
    static func owner(of number: NumberPhrase, _ measure: ElectionResult.Measure, unitEnd: Int, after previousEnd: Int,
                      last: ElectionResult?, _ scan: ResultOwner.Scan) -> EntityMention? {
        let tokens = scan.tokens, sentence = scan.sentence, mentions = scan.mentions, bare = scan.bare
        if let named = ResultOwner.namedAfter(unitEnd, tokens: tokens, sentence: sentence, mentions: mentions) {
            return named
        }
        if let found = party(before: number, after: previousEnd, bare: bare, tokens: tokens, mentions: mentions) {
            guard found.kind == .person else { return found }
            return ResultOwner.party(completedBy: found, tokens: tokens, sentence: sentence, mentions: mentions)
                ?? found
        }
        guard let last, last.measure != measure, !bare else { return nil }
        let between = (last.tokens.upperBound + 1)..<number.tokens.lowerBound
        let named = mentions.contains { between.contains($0.tokens.lowerBound) }
        // "30 seats, up from 10, while 12.5 per cent ...": another clause has another subject.
        let otherClause = between.contains {
            tokens[$0].hash == Punctuation.semicolon || Clause.splitters.contains(tokens[$0].hash)
        }
        return named || otherClause ? nil : last.subject
    }

    /// The bare figure before "of" that takes its part of `whole`: "48 of the 59 seats", "48 of
    /// Scotland's 59 seats" (up to four words between "of" and the whole, none a number).
    static func partOf(whole: NumberPhrase, _ part: NumberPhrase, tokens: [Token], text: [UInt8]) -> NumberPhrase? {
        let of = part.tokens.upperBound + 1
        guard part.compoundNoun == nil, case .exactly = part.quantity, of < whole.tokens.lowerBound,
              tokens[of].hash == ofWord, whole.tokens.lowerBound - of <= 5,
              !((of + 1)..<whole.tokens.lowerBound).contains(where: { tokens[$0].kind == .number
                  || tokens[$0].kind == .punctuation && tokens[$0].hash != WordHash.possessive }),
              case .exactly(let total) = whole.quantity, case .exactly(let value) = part.quantity, value <= total
        else { return nil }
        return part
    }

    /// The party's result for `part` of the seats `whole` ends at `wholeEnd`; none for a change
    /// ("lost 20 of its 35 seats") or seats held before.
    static func partResult(_ part: NumberPhrase, of whole: NumberPhrase, wholeEnd: Int, after previousEnd: Int,
                           last: ElectionResult?, _ scan: ResultOwner.Scan) -> ElectionResult? {
        let tokens = scan.tokens, sentence = scan.sentence
        guard !isWhole(part, tokens: tokens, sentence: sentence),
              let subject = owner(of: part, .seats, unitEnd: part.tokens.upperBound, after: previousEnd, last: last,
                                  scan),
              !heldBefore(part, subject: subject, tokens: tokens, sentence: sentence) else { return nil }
        let span = min(subject.tokens.lowerBound, part.tokens.lowerBound)...max(wholeEnd, subject.tokens.upperBound)
        return ElectionResult(measure: .seats, subject: subject, number: part, tokens: span, whole: whole.tokens)
    }

    /// Whether `number` ends a change "from <previous> to <number>".
    static func isChangeEnd(_ number: NumberPhrase, from previous: NumberPhrase, tokens: [Token]) -> Bool {
        let to = number.tokens.lowerBound - 1, from = previous.tokens.lowerBound - 1
        return from >= 0 && to == previous.tokens.upperBound + 1 && tokens[to].hash == Words.to
            && tokens[from].hash == Words.from
    }

    /// Where the figure before `position`'s previous one ended, for the owner's search.
    static func previousBefore(_ position: Int, _ numbers: [NumberPhrase], _ sentence: Range<Int>) -> Int {
        position >= 2 ? numbers[position - 2].tokens.upperBound : sentence.lowerBound - 1
    }

    /// A hurdle, a swing, a house size or a majority: not what a party won.
    static func isWhole(_ number: NumberPhrase, tokens: [Token], sentence: Range<Int>) -> Bool {
        if let noun = number.compoundNoun, noun == seat || noun == seats { return true }
        let first = number.tokens.lowerBound
        if first > sentence.lowerBound, changeOrWhole.contains(tokens[first - 1].hash) { return true }
        var index = number.tokens.upperBound + 1
        while index < min(sentence.upperBound, number.tokens.upperBound + 4) {
            if thresholdAfter.contains(tokens[index].hash) { return true }
            index += 1
        }
        return false
    }

    /// "with four seats for voters abroad still to be allocated", "three seats yet to be declared":
    /// seats nobody has won yet.
    static func isPending(after end: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        let reach = (end + 1)..<min(sentence.upperBound, end + 9)
        return reach.contains { index in
            pendingWords.contains(tokens[index].hash)
                || (countedWords.contains(tokens[index].hash) && index > reach.lowerBound
                    && tokens[index - 1].hash == be)
        }
    }

    static let be = WordHash.of("be")
    static let pendingWords: WordSet = WordSet(["unallocated", "undeclared", "outstanding", "uncounted", "vacant"]
        .map(WordHash.of))
    static let countedWords: WordSet = WordSet(["allocated", "declared", "counted", "decided", "filled", "assigned"]
        .map(WordHash.of))

    /// The party or candidate named last before the figure, after the previous figure and close
    /// to it: a party before a person ("the FDP of Christian Lindner, with 4.3 per cent" is the
    /// FDP's), a name and not a description ("the bloc"), and a figure without its unit only with
    /// no punctuation between ("the AfD 152, the SPD 120").
    static func party(before number: NumberPhrase, after previousEnd: Int, bare: Bool, tokens: [Token],
                      mentions: [EntityMention]) -> EntityMention? {
        let start = number.tokens.lowerBound, reach = bare ? 8 : 10
        let near = mentions.filter {
            $0.tokens.upperBound < start && $0.tokens.lowerBound > previousEnd && start - $0.tokens.upperBound <= reach
                && [.organisation, .group, .person].contains($0.kind) && !$0.isDemonym
                && tokens[$0.tokens.upperBound].isCapitalized && !chambers.contains(tokens[$0.tokens.upperBound].hash)
                && !isSource($0, tokens: tokens)
        }
        func last(_ candidates: [EntityMention]) -> EntityMention? {
            candidates.max { $0.tokens.upperBound < $1.tokens.upperBound }
        }
        guard var mention = last(near.filter { $0.kind != .person }) ?? last(near) else { return nil }
        if let candidate = candidate(heading: mention, tokens: tokens, near: near) { mention = candidate }
        let between = (mention.tokens.upperBound + 1)..<start
        guard !between.contains(where: { thresholdAfter.contains(tokens[$0].hash) }),
              !bare || !between.contains(where: { tokens[$0].kind == .punctuation }) else { return nil }
        return mention
    }

    /// Nouns after a name that make it the source of the figures, not their owner: "the Norpoll
    /// estimate gave the incumbent 58 per cent", "an Ipsos poll put her at 30 per cent".
    static let sourceNouns: WordSet = WordSet([
        "estimate", "estimates", "poll", "polls", "survey", "surveys", "projection", "projections", "forecast",
        "forecasts", "count", "tally", "figures", "data", "model",
    ].map(WordHash.of))

    /// Whether the name is a pollster's or a counter's standing before the noun of its figures.
    static func isSource(_ mention: EntityMention, tokens: [Token]) -> Bool {
        let next = mention.tokens.upperBound + 1
        return next < tokens.count && sourceNouns.contains(tokens[next].hash)
    }

    /// "Ada Quill of the Harbour Party came third with 21 per cent": the person heads the phrase
    /// and the party after "of" says which party is theirs, so the share is the candidate's, as
    /// "the Harbour Party of Ada Quill" is the party's.
    static func candidate(heading party: EntityMention, tokens: [Token], near: [EntityMention]) -> EntityMention? {
        guard party.kind != .person else { return nil }
        var index = party.tokens.lowerBound - 1
        if index >= 0, ClaimExtractor.determiners.contains(tokens[index].hash) { index -= 1 }
        guard index > 0, tokens[index].hash == ofWord else { return nil }
        return near.first { $0.kind == .person && $0.tokens.upperBound == index - 1 }
    }

    static let ofWord = WordHash.of("of")

    /// "Before the election the Greens controlled 40 seats": seats held, not won in this vote.
    static func heldBefore(_ number: NumberPhrase, subject: EntityMention, tokens: [Token],
                           sentence: Range<Int>) -> Bool {
        // "77 for the Socialist Party": the owner named after the figure holds nothing between.
        let between = (subject.tokens.upperBound + 1)..<max(subject.tokens.upperBound + 1, number.tokens.lowerBound)
        return between.contains { holding.contains(tokens[$0].hash) }
            || (sentence.lowerBound..<number.tokens.lowerBound).contains { tokens[$0].hash == before }
    }

    static let before = WordHash.of("before")
    static let holding: WordSet = WordSet([
        "controlled", "controls", "held", "holds", "occupied", "occupies", "previously", "outgoing",
    ].map(WordHash.of))

    /// "The CDU will have 208 seats, the AfD 152": the count is done, "will" only says when the
    /// seats are taken up.
    static func isAllocation(_ result: ElectionResult, tokens: [Token], clause: Range<Int>) -> Bool {
        let between = clause.lowerBound..<result.number.tokens.lowerBound
        return between.contains { index in
            tokens[index].hash == will && index + 1 < between.upperBound && taking.contains(tokens[index + 1].hash)
        }
    }

    static let will = WordHash.of("will")
    static let taking: WordSet = WordSet(["have", "hold", "get", "take", "occupy", "keep", "control"].map(WordHash.of))

    /// Whether a poll or a forecast gives the figure: a word of one before it in the sentence.
    static func isForecast(_ result: ElectionResult, tokens: [Token], sentence: Range<Int>) -> Bool {
        (sentence.lowerBound..<result.number.tokens.lowerBound).contains { forecastWords.contains(tokens[$0].hash) }
    }

    /// Whether results are read for this event: an election's or a vote's.
    static func isElection(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["election", "vote", "ballot", "primary", "primaries", "poll", "caucus", "runoff", "run-off"]
            .contains { lower.contains($0) }
    }
}

extension ClaimExtractor {
    /// Shares of the vote and seats won in the clause, and the figures they used.
    mutating func electionDrafts(_ context: ClauseContext) -> (drafts: [Draft], used: [ClosedRange<Int>]) {
        guard registry.attributes[Self.voteShareID] != nil || registry.attributes[Self.seatsWonID] != nil
        else { return ([], []) }
        let tokens = context.tokens, sentence = context.fact.sentence.tokens
        let results = ElectionResults.find(tokens, sentence: sentence, text: context.text,
                                           mentions: context.fact.mentions, units: units)
        var drafts: [Draft] = [], used: [ClosedRange<Int>] = []
        // A relative clause about the party still gives its result ("the BSW, which missed it with
        // 4.97 per cent").
        for result in results where context.clause.range.contains(result.number.tokens.lowerBound) {
            let attributeID = result.measure == .share ? Self.voteShareID : Self.seatsWonID
            guard registry.attributes[attributeID] != nil, let event = event(near: result.tokens, context),
                  let name = registry.event(event)?.name, ElectionResults.isElection(name) else { continue }
            var modality = ModalityCues.modality(tokens: tokens, clause: context.clause.range,
                                                 cue: result.number.tokens, subject: result.subject.tokens)
            if modality == .expected, ElectionResults.isAllocation(result, tokens: tokens, clause: sentence) {
                modality = .asserted
            }
            // A poll's figure, or any share of a vote not yet held, is a forecast.
            let ahead = registry.event(event).map { record in currentPublished.map { record.start > $0 } ?? false }
            if ElectionResults.isForecast(result, tokens: tokens, sentence: sentence) || ahead == true {
                modality = .expected
            }
            let (speaker, attribution) = self.attribution(context.fact.voice,
                                                          inQuote: context.quotes[result.number.tokens.lowerBound] != 0)
            drafts.append(Draft(subject: subjectID(result.subject), attribute: attributeID,
                                value: .quantity(result.number.quantity),
                                unit: result.measure == .share ? "percent" : "seats", speaker: speaker,
                                attribution: attribution, modality: modality, event: event, anchor: result.tokens))
            used.append(result.number.tokens)
            if let whole = result.whole { used.append(whole) }
        }
        return (drafts, used)
    }

    static let voteShareID = "vote-share", seatsWonID = "seats-won"
}
