import ClaimModel

/// "Its net profit fell 12 per cent": a percent change is about the measured quantity the
/// clause names (the company's net profit, its revenue), a subject of its own, so a change in
/// revenue and a change in profit are never one key; and a fall is negative.
extension ClaimExtractor {
    static let percentChangeID = "percent-change"
    /// Attributes whose changes are written "<attribute> rose/fell N per cent".
    static let measuredIDs: Set<String> = ["revenue", "net-profit"]
    static let falling: WordSet = WordSet([
        "fall", "fell", "fallen", "falls", "falling", "drop", "dropped", "drops", "dropping", "decrease", "decreased",
        "decreases", "slump", "slumped", "slumps", "decline", "declined", "declines", "plunge", "plunged", "plunges",
        "slide", "slid", "slides", "sink", "sank", "shrank", "shrink", "shrinks", "down", "lost", "lose", "loses",
        "slip", "slipped", "slips", "tumble", "tumbled", "tumbles", "dip", "dipped", "dips", "plummet", "plummeted",
        "contract", "contracted", "contraction", "lower", "less", "fewer", "shed", "sheds", "retreat", "retreated",
        "slumping", "declining", "decreasing", "plunging", "tumbling", "slipping",
    ].map(WordHash.of))

    /// The measured quantity's entity ("nordbank-net-profit") when a measured cue stands right
    /// before the change cue ("net profit fell 12 per cent") or right after it ("a 7 per cent
    /// drop in quarterly earnings") and the clause (or its speaker) names whose it is; nil when
    /// no company's measure is named or the measure is a part ("cloud revenue rose 23 per cent").
    /// `sentenceCues` are the cues of the whole sentence: "Net income came to $22bn, an
    /// increase of 80 per cent" is the profit's change though a comma stands between.
    mutating func measuredSubject(change: ClosedRange<Int>, figure: ClosedRange<Int>, context: ClauseContext,
                                  mentions: [EntityMention], speaker: EntityMention?, event: String?) -> String? {
        let tokens = context.tokens, cues = context.cues, sentenceCues = context.fact.cues
        let sharePrice = Self.sharePrice(before: change, tokens: tokens, clause: context.clause.range)
        let near = cues.last(where: {
            Self.measuredIDs.contains($0.cue.attribute) && $0.tokens.upperBound < change.lowerBound
                && change.lowerBound - $0.tokens.upperBound <= 4
        }) ?? Self.measured(after: change, in: cues, tokens: tokens)
        // A measure the vocabulary lacks, named right beside the change ("passenger numbers
        // rose"), is nearer than a revenue or profit cue earlier in the sentence.
        let noun = near == nil && sharePrice == nil
            ? namedMeasure(change, figure: figure, context: context, mentions: mentions) : nil
        if let noun {
            return measureSubject(noun, change: change, context: context, mentions: mentions, speaker: speaker)
        }
        let measured = near ?? (sharePrice == nil ? Self.lastMeasured(before: change, in: sentenceCues) : nil)
        var measuredName: (id: String, name: String, start: Int)
        if let sharePrice {
            measuredName = ("share-price", "share price", sharePrice)
        } else if let measured, let attribute = registry.attributes[measured.cue.attribute] {
            switch companyMeasure(measured.tokens, context: context, mentions: mentions) {
            case .part: return nil
            case .other(let slug):
                measuredName = (slug, slug.replacingOccurrences(of: "-", with: " "), measured.tokens.lowerBound)
            case .total:
                measuredName = (attribute.id, attribute.name.lowercased(), measured.tokens.lowerBound)
                if let line = lineOfChange(measured.tokens, context: context, mentions: mentions) {
                    measuredName = (line + "-" + attribute.id, line + " " + attribute.name.lowercased(),
                                    measured.tokens.lowerBound)
                }
            }
            if ComparisonPeriod.isSequential(after: change, tokens: tokens, text: context.text,
                                             clause: context.clause.range) {
                measuredName.id += "-sequential"
                measuredName.name += " on the previous quarter"
            }
        } else {
            return nil
        }
        let kinds = registry.cues.subjectKinds[measured?.cue.attribute ?? Self.revenueID] ?? [.organisation, .group]
        // "Shares of Nvidia fell": the company may stand after the word for its shares.
        let owner = mentions.last { kinds.contains($0.kind) && $0.tokens.upperBound < measuredName.start }
            ?? (sharePrice != nil
                ? mentions.first { $0.kind == .organisation && $0.tokens.upperBound < change.lowerBound } : nil)
            ?? speaker.flatMap { kinds.contains($0.kind) ? $0 : nil }
        guard let company = owner.map({ companyID($0, tokens: tokens) })
                ?? event.flatMap({ companyNamed(inEvent: $0, kinds: kinds) }) ?? articleCompany else { return nil }
        let name = (registry.entities[company]?.name ?? company) + " " + measuredName.name
        return registry.addEntity(Entity(id: company + "-" + measuredName.id, name: name, kind: .group),
                                  searchable: false)
    }

    /// What a revenue or profit cue of the clause names: the total, another measure, or a part.
    func companyMeasure(_ cue: ClosedRange<Int>, context: ClauseContext, mentions: [EntityMention]) -> CompanyMeasure {
        var companyWords = Set<Int>()
        for mention in mentions where mention.kind == .organisation || mention.kind == .group {
            companyWords.formUnion(mention.tokens)
        }
        return CompanyMeasure.of(cue, tokens: context.tokens, text: context.text, clause: context.clause.range,
                                 companyWords: companyWords)
    }

    /// A line of the business the measure before a change names ("ancillary revenue"), if any.
    func lineOfChange(_ cue: ClosedRange<Int>, context: ClauseContext, mentions: [EntityMention]) -> String? {
        var companyWords = Set<Int>()
        for mention in mentions { companyWords.formUnion(mention.tokens) }
        return CompanyMeasure.lineOfChange(cue, tokens: context.tokens, text: context.text,
                                           clause: context.clause.range, companyWords: companyWords)
    }

    static let afterChange: WordSet = WordSet(["in", "of"].map(WordHash.of))

    /// "A 7 per cent drop in quarterly earnings", "an increase of 5 per cent in third-quarter
    /// sales": the measured cue after "in"/"of", up to three describing words later.
    static func measured(after change: ClosedRange<Int>, in cues: [AttributeCues.Match],
                         tokens: [Token]) -> AttributeCues.Match? {
        let next = change.upperBound + 1
        guard next < tokens.count, afterChange.contains(tokens[next].hash) else { return nil }
        return cues.first {
            measuredIDs.contains($0.cue.attribute) && $0.tokens.lowerBound > next && $0.tokens.lowerBound - next <= 4
        }
    }

    /// The last revenue or profit cue before a change cue in the sentence, with no other change
    /// cue between (that one would be its change).
    static func lastMeasured(before change: ClosedRange<Int>, in cues: [AttributeCues.Match]) -> AttributeCues.Match? {
        guard let measured = cues.last(where: {
            measuredIDs.contains($0.cue.attribute) && $0.tokens.upperBound < change.lowerBound
        }) else { return nil }
        let between = cues.contains {
            $0.cue.attribute == percentChangeID && $0.tokens.lowerBound > measured.tokens.upperBound
                && $0.tokens.upperBound < change.lowerBound
        }
        return between ? nil : measured
    }

    static let revenueID = "revenue"
    static let shareWords: WordSet = WordSet(["shares", "stock", "stocks"].map(WordHash.of))
    static let share = WordHash.of("share"), ofWord = WordHash.of("of")
    static let priceWords: WordSet = WordSet(["price", "prices"].map(WordHash.of))
    /// "the stock market fell": a market, not a company's shares.
    static let marketWords: WordSet = WordSet(["market", "markets", "exchange", "index", "indices"].map(WordHash.of))

    /// "Nvidia shares fell", "shares of Nvidia dropped", "its share price slid", "the stock
    /// rose": where the word for the company's shares stands, within six words before the cue.
    static func sharePrice(before change: ClosedRange<Int>, tokens: [Token], clause: Range<Int>) -> Int? {
        let start = max(clause.lowerBound, change.lowerBound - 6)
        guard start < change.lowerBound else { return nil }
        return (start..<change.lowerBound).first { index in
            let hash = tokens[index].hash
            let next = index + 1 < tokens.count ? tokens[index + 1].hash : 0
            if hash == share { return priceWords.contains(next) }
            return shareWords.contains(hash) && !marketWords.contains(next)
        }
    }

    /// A company's entity: a name the registry knows, else a new one. "Shares of Nvidia", read
    /// as one new name, is the registry's Nvidia.
    mutating func companyID(_ mention: EntityMention, tokens: [Token]) -> String {
        let first = mention.tokens.lowerBound
        if case .new = mention.form, first + 2 <= mention.tokens.upperBound,
           Self.shareWords.contains(tokens[first].hash), tokens[first + 1].hash == Self.ofWord,
           let known = registry.names.match(tokens, at: first + 2, limit: mention.tokens.upperBound + 1),
           registry.entities[known.value]?.kind == .organisation {
            return known.value
        }
        return subjectID(mention)
    }

    /// Whether the change cue says the value went down ("fell", "dropped", "down").
    static func isFall(_ cue: ClosedRange<Int>, tokens: [Token]) -> Bool {
        cue.contains { falling.contains(tokens[$0].hash) }
    }
}

extension Quantity {
    /// The same quantity with its sign turned ("fell 12 per cent" is -12).
    var negated: Quantity {
        switch self {
        case .exactly(let value): return .exactly(-value)
        case .about(let value): return .about(-value)
        case .range(let low, let high): return .range(min: high.map { -$0 }, max: low.map { -$0 })
        }
    }
}
