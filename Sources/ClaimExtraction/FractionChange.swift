import ClaimModel

/// A change written as a fraction or a multiple instead of a percentage: "profit fell by a
/// fifth", "sales rose by a third", "costs climbed by half", "revenue more than doubled", "the
/// fleet was halved". It is the same percent change ("-20", "at least +100"), about the measure
/// the clause names, and is read the way a percentage beside the cue is; with no measure or
/// no owner it stays a note.
struct FractionChange {
    /// The words of the fraction or the multiple.
    var tokens: ClosedRange<Int>
    /// The cue or verb of change; a fall makes the value negative.
    var change: ClosedRange<Int>
    /// The size of the change in percent, before its sign.
    var value: Quantity

    static let fractions = WordMap<Double>([
        (WordHash.of("half"), 50), (WordHash.of("third"), 33), (WordHash.of("quarter"), 25),
        (WordHash.of("fifth"), 20), (WordHash.of("sixth"), 17), (WordHash.of("tenth"), 10),
        (WordHash.of("two-thirds"), 67), (WordHash.of("three-quarters"), 75),
    ])
    /// Verbs that are a change of their own size: "doubled" is +100, "halved" -50.
    static let multiples = WordMap<Double>([
        (WordHash.of("doubled"), 100), (WordHash.of("doubling"), 100), (WordHash.of("doubles"), 100),
        (WordHash.of("tripled"), 200), (WordHash.of("trebled"), 200), (WordHash.of("tripling"), 200),
        (WordHash.of("triples"), 200), (WordHash.of("quadrupled"), 300),
        (WordHash.of("halved"), -50), (WordHash.of("halving"), -50), (WordHash.of("halves"), -50),
    ])
    static let by = WordHash.of("by"), more = WordHash.of("more"), than = WordHash.of("than")
    static let articles: WordSet = WordSet(["a", "one"].map(WordHash.of))
    static let roughly: WordSet = WordSet(["about", "roughly", "around", "some", "nearly", "almost",
                                           "approximately"].map(WordHash.of))

    /// Words that may follow a multiple used of its subject ("revenue doubled to $4bn", "sales
    /// halved in a year"); "the levy doubled the cost" has an object, and the levy is no measure.
    static let afterIntransitive: WordSet = WordSet([
        "to", "from", "in", "over", "since", "on", "during", "compared", "last", "this", "between", "again", "or",
        "and", "while", "as", "after", "year-on-year", "within", "for",
    ].map(WordHash.of))

    static func isIntransitive(_ index: Int, _ tokens: [Token], _ clause: Range<Int>) -> Bool {
        let next = index + 1
        return next >= clause.upperBound || tokens[next].kind == .punctuation
            || afterIntransitive.contains(tokens[next].hash)
    }

    /// Whether any word of `range` is a fraction or a multiple, a cheap test before a sentence
    /// without digits is read.
    static func mayHold(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.contains { fractions[tokens[$0].hash] != nil || multiples[tokens[$0].hash] != nil }
    }

    /// The fraction changes of the clause: "by a fifth" right after a change cue, and the
    /// multiples ("more than doubled").
    static func find(_ tokens: [Token], clause: Range<Int>, changeCues: [ClosedRange<Int>]) -> [FractionChange] {
        var found: [FractionChange] = []
        for cue in changeCues {
            var index = cue.upperBound + 1
            guard index + 1 < clause.upperBound, tokens[index].hash == by else { continue }
            index += 1
            let start = index
            if roughly.contains(tokens[index].hash), index + 1 < clause.upperBound { index += 1 }
            if articles.contains(tokens[index].hash), index + 1 < clause.upperBound { index += 1 }
            guard let value = fractions[tokens[index].hash] else { continue }
            // "by a fifth of its staff": a part of something, not the measure's change.
            if index + 1 < clause.upperBound, tokens[index + 1].hash == Words.of { continue }
            found.append(FractionChange(tokens: start...index, change: cue, value: .about(value)))
        }
        for cue in changeCues {
            let index = cue.lowerBound
            guard cue.count == 1, let value = multiples[tokens[index].hash], isIntransitive(index, tokens, clause)
            else { continue }
            var start = index
            var quantity = Quantity.exactly(value)
            // "more than doubled": at least +100.
            if index - 2 >= clause.lowerBound, tokens[index - 2].hash == more, tokens[index - 1].hash == than {
                start = index - 2
                quantity = value > 0 ? .range(min: value, max: nil) : .range(min: nil, max: value)
            } else if index - 1 >= clause.lowerBound, roughly.contains(tokens[index - 1].hash) {
                start = index - 1
                quantity = .about(value)
            }
            found.append(FractionChange(tokens: start...index, change: index...index, value: quantity))
        }
        return found
    }
}

extension ClaimExtractor {
    /// The percent changes the clause writes as fractions or multiples, each placed like a
    /// percentage beside its cue, or noted with the reason it was not.
    mutating func fractionChanges(_ context: ClauseContext, mentions: [EntityMention], article: Article,
                                  into out: inout ArticleDrafts) {
        // Every fraction or multiple the reader takes stands at a change cue ("fell", "doubled"):
        // a clause without one is not scanned (this runs for every clause).
        let cues = context.cues.filter { $0.cue.attribute == Self.percentChangeID }.map(\.tokens)
        guard !cues.isEmpty else { return }
        for change in FractionChange.find(context.tokens, clause: context.clause.range, changeCues: cues) {
            let number = NumberPhrase(quantity: change.value, tokens: change.tokens, compoundNoun: nil)
            let figure = FigureReading(number: number, unitFound: nil, isUpdate: false, isInitial: false)
            let place = FigurePlace(attributeID: Self.percentChangeID, unit: "percent", anchorCue: change.change)
            dropReason = .noSubject(Self.percentChangeID)
            if let draft = figureDraft(figure, place: place, mentions: mentions,
                                       event: event(near: change.tokens, context), context: context) {
                out.drafts.append(draft)
                continue
            }
            let tokens = context.tokens, text = context.text
            out.unplaced.append(UnplacedFigure(line: article.text.line(at: tokens[change.tokens.lowerBound].start),
                                               text: Self.words(change.tokens, tokens, text),
                                               reason: dropReason.description(tokens, text), isExcluded: false))
        }
    }
}
