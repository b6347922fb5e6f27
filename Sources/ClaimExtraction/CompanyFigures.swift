import ClaimModel

/// A money or company figure's reading once its attribute is known: whose measure a change is,
/// whether a revenue or profit cue names the company's total, the sign of a loss, whether the
/// figure is an earlier period's or an analysts' forecast.
struct MoneyReading {
    var subject: String?
    var value: Quantity
    var isForecast = false
}

extension ClaimExtractor {
    /// Spans a company's result is never counted per ("$50 million a day"); a year or a quarter
    /// is the period a result is ("$1bn a year" stays a figure).
    static let rateSpans: WordSet = WordSet(["day", "week", "hour", "minute"].map(WordHash.of))

    static let lossVerbs: WordSet = WordSet(lossVerbForms.map(WordHash.of))
    /// What a company loses that is not money of its result: "lost $40bn in market value".
    static let valueWords: WordSet = WordSet([
        "value", "valuation", "capitalisation", "capitalization", "market", "worth", "shares", "stock",
    ].map(WordHash.of))

    /// "Tessaro lost €1.6bn in the quarter": the verb's own object is the money, with at most a
    /// hedge and a currency sign between ("lost about $20 million"), and no value of the company
    /// follows ("lost $40bn in market value"). "Families who lost their homes were given €2,000"
    /// loses no money.
    func isLossOfResult(verb: Int, figureStart: Int, figureEnd: Int, tokens: [Token], clause: Range<Int>) -> Bool {
        guard figureStart > verb, figureStart - verb <= 3 else { return false }
        var next = figureEnd + 1
        guard next + 1 < clause.upperBound, CompanyMeasure.inWord == tokens[next].hash
                || NumberScope.of == tokens[next].hash else { return true }
        next += 1
        if [CompanyMeasure.the, CompanyMeasure.its, CompanyMeasure.their].contains(tokens[next].hash) { next += 1 }
        return next >= clause.upperBound || !Self.valueWords.contains(tokens[next].hash)
    }

    /// Reads `reading` for the figure; false (with `dropReason`) when the figure is no claim:
    /// a change of no named measure, a part or another measure of the company's figures, or
    /// the figure of an earlier period a result is compared with.
    mutating func moneyReading(_ figure: FigureReading, place: FigurePlace, context: ClauseContext,
                               mentions: [EntityMention], event: String?, reading: inout MoneyReading) -> Bool {
        let attributeID = place.attributeID, tokens = context.tokens, clause = context.clause.range
        let number = figure.number
        if attributeID == Self.percentChangeID {
            ownerlessMeasure = nil
            // A change is about a company's named measure, or the claim would guess its subject.
            let speaker = context.fact.mentions.first { $0.tokens == context.fact.voice?.tokens }
            reading.subject = measuredSubject(change: place.anchorCue, figure: number.tokens, context: context,
                                              mentions: mentions, speaker: speaker, event: event)
            if Self.isFall(place.anchorCue, tokens: tokens) { reading.value = reading.value.negated }
        } else if Self.measuredIDs.contains(attributeID) {
            // "operating profit", "cloud revenue", "earnings per share": not the company's total.
            guard companyMeasure(place.anchorCue, context: context, mentions: mentions) == .total else {
                dropReason = .noSubject(attributeID)
                return false
            }
            // "lost $50 million a day during the strike": a rate, not the period's result.
            let end = figure.unitFound?.last ?? number.tokens.upperBound
            if end + 2 < clause.upperBound, NumberScope.articles.contains(tokens[end + 1].hash),
               Self.rateSpans.contains(tokens[end + 2].hash) {
                dropReason = .noSubject(attributeID)
                return false
            }
            if Self.lossVerbs.contains(tokens[place.anchorCue.upperBound].hash),
               !isLossOfResult(verb: place.anchorCue.upperBound, figureStart: number.tokens.lowerBound, figureEnd: end,
                               tokens: tokens, clause: clause) {
                dropReason = .noSubject(attributeID)
                return false
            }
            if place.anchorCue.contains(where: { Self.lossWords.contains(tokens[$0].hash) }) {
                reading.value = reading.value.negated
            }
            reading.isForecast = AnalystEstimate.precedes(number.tokens.lowerBound, tokens: tokens, clause: clause)
        }
        if attributeID == Self.amountPledgedID, WagePay.isWage(place.anchorCue, tokens: tokens, clause: clause) {
            dropReason = .noCue(unit: place.unit ?? "money")
            return false
        }
        // "from $4.1bn", "900 million euros a year earlier": the earlier period's figure.
        let figureEnd = figure.unitFound?.last ?? number.tokens.upperBound
        if let unit = place.unit, EarlierPeriod.moneyUnits.contains(unit),
           EarlierPeriod.isEarlier(first: number.tokens.lowerBound, last: figureEnd, tokens: tokens, clause: clause) {
            dropReason = .noEvent(attributeID)
            return false
        }
        return true
    }
}
