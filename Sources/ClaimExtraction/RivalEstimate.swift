/// A second estimate of a count already read in the sentence: crowd coverage sets one
/// estimate against another ("the ministry counted 195,000 demonstrators; the union spoke of
/// nearly 600,000", "police said 110,000 people attended; the organiser claimed three
/// million"). The rival figure has no noun of its own: it counts what the first figure counts,
/// of the same event, and its speaker is the one who gave it, not the first figure's.
///
/// Precision first: the figure must be the object of a verb of estimating whose subject the
/// clause names ("the CGT spoke of", "Robinson has claimed", "the Tribune put the crowd at"),
/// stand a few words after it, and end its phrase; "50,000 in Paris" is a part by place and stays
/// a note.
extension ClaimExtractor {
    static let estimateVerbs: WordSet = WordSet([
        "spoke", "speak", "speaks", "claimed", "claim", "claims", "estimated", "estimate", "estimates", "put", "puts",
        "counted", "count", "counts", "reported", "reports", "gave", "give", "gives", "cited", "cites", "reckoned",
        "insisted", "said", "says", "announced", "tallied", "registered", "recorded",
    ].map(WordHash.of))
    /// Words that may stand between the verb and the figure ("spoke of", "put the crowd at").
    static let estimateLinks: WordSet = WordSet([
        "of", "at", "the", "figure", "number", "total", "crowd", "count", "it", "turnout", "attendance", "as", "many",
        "a", "an", "estimate", "estimated", "that", "there", "were", "had", "been",
    ].map(WordHash.of))
    /// Words between a speaker and its verb ("Robinson himself spoke of", "has repeatedly claimed").
    static let speakerLinks: WordSet = WordSet([
        "himself", "herself", "itself", "themselves", "has", "have", "had", "repeatedly", "also", "instead", "later",
        "then", "for", "its", "their", "part", "own", "in", "turn",
    ].map(WordHash.of))
    static let rivalPlaceWords: WordSet = WordSet(["in", "at", "across", "outside", "from"].map(WordHash.of))

    /// The rival estimate `number` gives of the sentence's last count of people, or nil.
    mutating func rivalEstimate(_ number: NumberPhrase, context: ClauseContext, drafts: [Draft]) -> Draft? {
        let tokens = context.tokens, clause = context.clause.range, sentence = context.fact.sentence.tokens
        guard let first = drafts.last(where: {
            sentence.contains($0.anchor.lowerBound) && $0.anchor.upperBound < number.tokens.lowerBound
                && $0.unit == "people" && registry.cues.eventSubjects.contains($0.attribute)
                && { if case .quantity = $0.value { return true } else { return false } }($0)
        }), let speaker = estimateSpeaker(before: number.tokens.lowerBound, mentions: context.fact.mentions,
                                          tokens: tokens, clause: clause),
              endsNounPhrase(tokens, after: number, limit: clause.upperBound),
              !Self.isPartByPlace(after: number.tokens.upperBound, tokens: tokens, clause: clause) else { return nil }
        let voice = AttributionDetector.Voice(speaker: .entity(subjectID(speaker)), tokens: speaker.tokens)
        let (who, attribution) = self.attribution(voice, inQuote: context.quotes[number.tokens.lowerBound] != 0)
        guard case .entity = who, first.speaker != who else { return nil }
        var draft = first
        draft.value = .quantity(number.quantity)
        draft.speaker = who
        draft.attribution = attribution
        draft.anchor = speaker.tokens.lowerBound...number.tokens.upperBound
        draft.isUpdate = false
        draft.isInitial = false
        draft.repeats = []
        return draft
    }

    /// The named speaker of a verb of estimating whose object starts at `start`.
    func estimateSpeaker(before start: Int, mentions: [EntityMention], tokens: [Token],
                         clause: Range<Int>) -> EntityMention? {
        var index = start - 1
        var links = 0
        while index >= clause.lowerBound, links <= 4, Self.estimateLinks.contains(tokens[index].hash),
              !Self.estimateVerbs.contains(tokens[index].hash) {
            index -= 1
            links += 1
        }
        guard index >= clause.lowerBound, Self.estimateVerbs.contains(tokens[index].hash) else { return nil }
        var before = index - 1
        var gap = 0
        while before >= clause.lowerBound, gap < 3, Self.speakerLinks.contains(tokens[before].hash) {
            before -= 1
            gap += 1
        }
        guard before >= clause.lowerBound else { return nil }
        return mentions.first { $0.tokens.upperBound == before && !$0.isDemonym }
    }

    /// "50,000 to 100,000 in Paris": a figure for one place is a part of the whole.
    static func isPartByPlace(after last: Int, tokens: [Token], clause: Range<Int>) -> Bool {
        let next = last + 1
        guard next + 1 < clause.upperBound, rivalPlaceWords.contains(tokens[next].hash) else { return false }
        var index = next + 1
        if tokens[index].hash == Words.the, index + 1 < clause.upperBound { index += 1 }
        return tokens[index].isCapitalized
    }
}

extension ClaimExtractor {
    /// "The interior ministry counted 195,000 demonstrators", "organisers estimated 250,000": a
    /// figure that is the object of a verb of estimating is its subject's (an institution's even
    /// when the sentence has a voice of its own: "police counted 12,000, while the organisers
    /// claimed 40,000"), so the two sides of a disputed count are two speakers, not the outlet's
    /// fact against a rival's claim.
    mutating func estimateVoice(_ number: NumberPhrase, context: ClauseContext) -> AttributionDetector.Voice? {
        guard let speaker = estimateSpeaker(before: number.tokens.lowerBound, mentions: context.fact.mentions,
                                            tokens: context.tokens, clause: context.clause.range),
              speaker.kind != .person || context.fact.voice == nil else { return nil }
        return AttributionDetector.Voice(speaker: .entity(subjectID(speaker)), tokens: speaker.tokens)
    }
}
