import ClaimModel

/// What a percent change measures when the clause names no revenue or profit: the noun phrase the
/// change is said of. Results coverage reports many measures beside the vocabulary's two, and
/// writes them on either side of the verb or noun of change: "passenger numbers rose 20 per
/// cent", "the number of passengers rose by 7 per cent", "average fares dropped 6 per cent",
/// "a 6 per cent drop in average fares", "an 8.6 per cent fall in premium travel". The measure
/// becomes a subject of its own (the owner's "passengers"), so two measures are never one key.
///
/// Precision first: the phrase is one to three plain lower-case words right beside the cue
/// (no name, number, verb form or time word among them); anything else is no measure, and the
/// figure stays a note ("no subject for this figure").
struct MeasureNoun: Equatable {
    /// The measure's slug and name: "passengers", "average-fares".
    var slug: String
    var name: String
    /// Where the phrase starts and ends; an owner named right after it ("at easyJet") is its owner.
    var tokens: ClosedRange<Int>

    static let maxWords = 3
    /// Words that end a noun phrase scanned backwards from the verb: determiners, possessives,
    /// conjunctions and the words that link a clause.
    static let stops: WordSet = WordSet([
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "and", "or", "but",
        "while", "as", "with", "which", "who", "whose", "where", "when", "than", "to", "from", "by", "on", "in", "at",
        "of", "for", "was", "were", "is", "are", "has", "have", "had", "be", "been", "also", "said", "says", "say",
        "after", "before", "since", "during", "meanwhile", "however", "although", "though", "overall", "total",
        "it", "they", "we", "he", "she", "there", "what", "will", "would", "could", "may", "might", "not",
    ].map(WordHash.of))
    /// What may stand before a measure's phrase: a determiner or possessive or a conjunction, so
    /// "It brings wage increases" names no measure "brings wage", and "unemployment in the region
    /// fell" none called "region".
    static let openers: WordSet = WordSet([
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "and", "but",
        "while", "as", "whereas", "meanwhile", "however", "although", "though", "overall",
    ].map(WordHash.of))
    /// What may stand before "a 6 per cent drop in ...": a verb of reporting results or a link.
    /// "The levy would bring a 7 per cent drop in freight traffic" is a change the clause's
    /// company does not report.
    static let changeOpeners: WordSet = WordSet([
        "reported", "reports", "report", "posted", "posts", "recorded", "records", "announced", "announces", "booked",
        "books", "saw", "sees", "suffered", "suffers", "registered", "registers", "delivered", "delivers", "logged",
        "logs", "showed", "shows", "as", "while", "with", "and", "but", "after", "despite", "on",
    ].map(WordHash.of))
    static let prepositions: WordSet = WordSet([
        "in", "at", "of", "for", "on", "from", "by", "with", "to", "across", "into", "among", "within", "outside",
    ].map(WordHash.of))
    static let indefinite: WordSet = WordSet(["a", "an"].map(WordHash.of))
    /// Words a measure's own noun never is: times and periods, vague heads, and words that make
    /// the change someone else's ("the gap", "the share of").
    static let nonMeasures: WordSet = WordSet([
        "year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "day", "days", "period",
        "half", "time", "times", "figure", "figures", "it", "they", "he", "she", "we", "one", "ones", "all", "each",
        "most", "some", "many", "much", "more", "less", "share", "percent", "cent", "per", "points", "point", "rate",
        "level", "levels", "gap", "lead", "vote", "votes", "support", "turnout", "market", "markets", "index",
        "economy", "inflation", "prices", "price", "company", "group", "firm", "business", "sector",
        // A toll is an incident's figure, never a company's measure.
        "toll", "tolls", "dead", "deaths", "injured", "casualties", "victims", "fatalities",
    ].map(WordHash.of))
    /// Heads that stand for what they count: "passenger numbers" are the passengers.
    static let countHeads: WordSet = WordSet([
        "number", "numbers", "volume", "volumes", "count", "counts", "tally", "totals",
    ].map(WordHash.of))
    static let number = WordHash.of("number"), of = WordHash.of("of"), the = WordHash.of("the")
    /// Prepositions of an owner written after the measure ("passenger numbers at easyJet").
    static let ownerLinks: WordSet = WordSet(["at", "of", "for"].map(WordHash.of))
    static let afterLinks: WordSet = WordSet(["in", "of"].map(WordHash.of))
    static let determiners: WordSet = WordSet(["the", "its", "their", "a", "an"].map(WordHash.of))

    /// The measure named before the change cue: "<measure> [at <Owner>] rose ...". `names` are
    /// the positions of names in the clause (an owner, never a measure word).
    static func before(_ change: ClosedRange<Int>, tokens: [Token], text: [UInt8], clause: Range<Int>,
                       names: Set<Int>) -> MeasureNoun? {
        var end = change.lowerBound - 1
        // "Passenger numbers at easyJet rose": step over the owner's phrase.
        if end >= clause.lowerBound, names.contains(end) {
            var start = end
            while start - 1 >= clause.lowerBound, names.contains(start - 1) { start -= 1 }
            guard start - 1 >= clause.lowerBound, ownerLinks.contains(tokens[start - 1].hash) else { return nil }
            end = start - 2
        }
        var start = end + 1
        while start - 1 >= clause.lowerBound, end - (start - 1) < maxWords, isMeasureWord(start - 1, tokens, text,
                                                                                          clause, names) {
            start -= 1
        }
        guard start <= end else { return nil }
        // "the number of passengers rose": the passengers.
        if start - 2 >= clause.lowerBound, tokens[start - 1].hash == of, countHeads.contains(tokens[start - 2].hash) {
            return make(start...end, tokens, text)
        }
        // The phrase must open a noun phrase: after a determiner, a possessive name, a link word,
        // punctuation or the clause's start; not in the middle of a longer one.
        if start > clause.lowerBound {
            let previous = tokens[start - 1]
            // "unemployment in the region fell": the phrase is a preposition's object.
            if determiners.contains(previous.hash), start - 2 >= clause.lowerBound,
               prepositions.contains(tokens[start - 2].hash) { return nil }
            guard previous.kind == .punctuation || openers.contains(previous.hash) || names.contains(start - 1) else {
                return nil
            }
        }
        return make(start...end, tokens, text)
    }

    /// The measure named after the change noun: "a 6 per cent drop in average fares".
    static func after(_ change: ClosedRange<Int>, figure: ClosedRange<Int>, tokens: [Token], text: [UInt8],
                      clause: Range<Int>, names: Set<Int>) -> MeasureNoun? {
        let article = figure.lowerBound - 1
        guard figure.upperBound < change.lowerBound, article >= clause.lowerBound,
              indefinite.contains(tokens[article].hash),
              article == clause.lowerBound || tokens[article - 1].kind == .punctuation
                || changeOpeners.contains(tokens[article - 1].hash) else { return nil }
        var index = change.upperBound + 1
        guard index < clause.upperBound, afterLinks.contains(tokens[index].hash) else { return nil }
        index += 1
        if index < clause.upperBound, determiners.contains(tokens[index].hash) { index += 1 }
        var end = index - 1
        while end + 1 < clause.upperBound, end + 1 - index < maxWords,
              isMeasureWord(end + 1, tokens, text, clause, names) {
            end += 1
        }
        guard end >= index else { return nil }
        return make(index...end, tokens, text)
    }

    /// A plain lower-case word that may belong to a measure's name.
    static func isMeasureWord(_ index: Int, _ tokens: [Token], _ text: [UInt8], _ clause: Range<Int>,
                              _ names: Set<Int>) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !names.contains(index), !stops.contains(token.hash),
              Words.numbers[token.hash] == nil, !AttributionDetector.speechVerbs.contains(token.hash) else {
            return false
        }
        // A capital inside the clause is a name the registry does not know; at its start, a word.
        if token.isCapitalized && index > clause.lowerBound && !token.startsLine { return false }
        let word = text[token.start..<token.end]
        guard word.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7a) || ($0 >= 0x41 && $0 <= 0x5a) || $0 == 0x2d }) else {
            return false
        }
        // "outweighed", "reported": a verb form ends the phrase.
        return !(word.count > 4 && word.suffix(2).elementsEqual("ed".utf8))
    }

    static let peopleNouns: WordSet = WordSet((["people"] + (UnitNouns.synonyms["people"] ?? [])).map(WordHash.of))

    static func plural(_ word: String) -> String {
        if peopleNouns.contains(WordHash.of(word)) || word.hasSuffix("s") { return word }
        let plural = word + "s"
        return peopleNouns.contains(WordHash.of(plural)) ? plural : word
    }

    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), word.count > 3 {
            return String(word.dropLast())
        }
        return word
    }

    /// Whether the figure stands right beside the change: "rose 20 per cent", "fell by 4.8 per
    /// cent", "a 6 per cent drop". A figure further off may be another's ("fell short of the 5
    /// per cent hurdle").
    static func isBeside(_ figure: ClosedRange<Int>, change: ClosedRange<Int>, tokens: [Token]) -> Bool {
        // "revenue more than doubled": the verb is the figure.
        if figure.overlaps(change) { return true }
        if figure.lowerBound > change.upperBound {
            let between = (change.upperBound + 1)..<figure.lowerBound
            return between.count <= 1 && between.allSatisfy { changeLinks.contains(tokens[$0].hash) }
        }
        let between = (figure.upperBound + 1)..<change.lowerBound
        return between.count <= 2 && between.allSatisfy { percentWords.contains(tokens[$0].hash) }
    }

    static let changeLinks: WordSet = WordSet(["by", "of"].map(WordHash.of))
    static let percentWords: WordSet = WordSet(["per", "cent", "percent", "%", "pc"].map(WordHash.of))

    /// The measure of `range`, or nil when its last word is no measure's noun.
    static func make(_ range: ClosedRange<Int>, _ tokens: [Token], _ text: [UInt8]) -> MeasureNoun? {
        var words = range.map { String(decoding: text[tokens[$0].start..<tokens[$0].end], as: UTF8.self).lowercased() }
        guard let head = range.last.map({ tokens[$0].hash }), !nonMeasures.contains(head),
              !NumberScope.timeNouns.contains(head) else { return nil }
        // "passenger numbers" are the passengers; a bare "numbers" names nothing. People are
        // named in the plural, a measure in the singular, so "average fares" and "the average
        // fare" are one key.
        if countHeads.contains(head) {
            words.removeLast()
            guard let last = words.last else { return nil }
            words[words.count - 1] = plural(last)
        } else if let last = words.last {
            words[words.count - 1] = peopleNouns.contains(WordHash.of(last)) ? last : singular(last)
        }
        guard !words.isEmpty else { return nil }
        return MeasureNoun(slug: words.joined(separator: "-"), name: words.joined(separator: " "), tokens: range)
    }
}

extension ClaimExtractor {
    /// The measure a change cue of the clause names beside it, if any (`MeasureNoun`).
    func namedMeasure(_ change: ClosedRange<Int>, figure: ClosedRange<Int>, context: ClauseContext,
                      mentions: [EntityMention]) -> MeasureNoun? {
        guard MeasureNoun.isBeside(figure, change: change, tokens: context.tokens) else { return nil }
        var names = Set<Int>()
        for mention in mentions { names.formUnion(mention.tokens) }
        let clause = context.clause.range
        return MeasureNoun.before(change, tokens: context.tokens, text: context.text, clause: clause, names: names)
            ?? MeasureNoun.after(change, figure: figure, tokens: context.tokens, text: context.text, clause: clause,
                                 names: names)
    }

    static let possessivePronouns: WordSet = WordSet(["its", "their", "his", "her"].map(WordHash.of))

    /// The subject of a change in a named measure: the owner's measure ("easyjet-passengers").
    /// The owner is an organisation named with the measure ("at easyJet"), before it in the
    /// clause, or speaking; else the company the event or the article is about, unless a pronoun
    /// ("its passenger numbers") points at a company the clause does not name. Nil: no owner.
    mutating func measureSubject(_ noun: MeasureNoun, change: ClosedRange<Int>, context: ClauseContext,
                                 mentions: [EntityMention], speaker: EntityMention?) -> String? {
        let tokens = context.tokens
        let named = mentions.first {
            $0.kind == .organisation && $0.tokens.lowerBound > noun.tokens.upperBound
                && $0.tokens.upperBound < change.lowerBound
        } ?? mentions.last { $0.kind == .organisation && $0.tokens.upperBound < noun.tokens.lowerBound }
            ?? speaker.flatMap { $0.kind == .organisation ? $0 : nil }
        var company = named.map { companyID($0, tokens: tokens) }
        if company == nil {
            let opener = noun.tokens.lowerBound - 1
            let isPronoun = opener >= context.clause.range.lowerBound
                && Self.possessivePronouns.contains(tokens[opener].hash)
            let event = context.fact.cues.isEmpty ? nil : context.mainEvent
            company = isPronoun ? nil : event.flatMap { companyNamed(inEvent: $0, kinds: [.organisation]) }
                ?? articleCompany
        }
        guard let company, registry.entities[company]?.kind ?? .organisation == .organisation else {
            ownerlessMeasure = noun.name
            return nil
        }
        var id = noun.slug, name = noun.name
        if ComparisonPeriod.isSequential(after: change, tokens: tokens, text: context.text,
                                         clause: context.clause.range) {
            id += "-sequential"
            name += " on the previous quarter"
        }
        let owner = registry.entities[company]?.name ?? company
        return registry.addEntity(Entity(id: company + "-" + id, name: owner + " " + name, kind: .group),
                                  searchable: false)
    }
}
