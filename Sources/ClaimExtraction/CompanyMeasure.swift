/// Which of a company's figures a revenue or profit cue names. Results coverage states many
/// measures beside the two the vocabulary records: "operating profit", "pretax profit",
/// "adjusted earnings" are not the net profit; "cloud revenue", "iPhone sales", "revenue in
/// China" are a part of the revenue; "earnings per share" is no total at all. Only the whole
/// company's figure is a `revenue` or `net-profit` claim; a change in another measure is that
/// measure's own subject ("nordbank-operating-profit"), and a part's change is no claim.
enum CompanyMeasure: Equatable {
    /// The company's own total: "revenue", "quarterly net income", "Nordbank's sales".
    case total
    /// Another measure of profit, with its slug: "operating profit" is "operating-profit".
    case other(String)
    /// A segment, a region or a per-share figure: part of the total or no total.
    case part

    /// Words before a profit cue that make it another measure than the net profit.
    static let otherProfits: [UInt64: String] = Dictionary(uniqueKeysWithValues: [
        "operating", "pretax", "pre-tax", "gross", "underlying", "adjusted", "core", "trading", "ebit",
    ].map { (WordHash.of($0), $0) })
    /// Words after a profit cue that make it another measure ("profit before tax") or no
    /// figure of profit at all ("profit margin", "profit warning").
    static let profitTails: WordSet = WordSet([
        "before", "margin", "margins", "warning", "warnings", "forecast", "forecasts", "guidance", "outlook",
        "target", "targets", "per", "taking", "takers",
    ].map(WordHash.of))
    /// Nouns coverage uses for a business line, before the revenue it earns ("cloud revenue").
    static let segmentNouns: WordSet = WordSet([
        "cloud", "advertising", "ad", "services", "service", "software", "hardware", "subscription", "subscriptions",
        "licence", "license", "licensing", "product", "products", "retail", "wholesale", "online", "export",
        "exports", "domestic", "international", "overseas", "ticket", "unit", "vehicle", "car", "truck", "device",
        "devices", "gaming", "segment", "division", "data", "center", "centre", "chip", "phone", "smartphone", "tax",
        "fee", "merchandise", "store", "regional", "european", "american", "asian", "chinese",
    ].map(WordHash.of))
    /// Words after "in"/"from" that keep the figure the company's: a period, not a market.
    static let periodWords: WordSet = WordSet([
        "quarter", "quarters", "period", "year", "years", "half", "months", "month", "fiscal", "financial", "same",
        "first", "second", "third", "fourth", "three", "six", "nine", "twelve", "latest", "last", "previous",
        "prior", "year-ago", "year-earlier", "full", "whole", "calendar",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ].map(WordHash.of))
    static let periodMarks = ["quarter", "year", "half", "month", "week", "q1", "q2", "q3", "q4", "h1", "h2", "fy"]
    static let perWords: WordSet = WordSet(["per", "a"].map(WordHash.of))
    static let share = WordHash.of("share"), inWord = WordHash.of("in"), from = WordHash.of("from")
    static let the = WordHash.of("the"), its = WordHash.of("its"), their = WordHash.of("their")

    /// What the cue at `cue` names. `companyWords` are the positions of names of organisations
    /// in the clause ("Nordbank revenue" is the company's).
    static func of(_ cue: ClosedRange<Int>, tokens: [Token], text: [UInt8], clause: Range<Int>,
                   companyWords: Set<Int>) -> CompanyMeasure {
        if isPerShare(after: cue, tokens: tokens, clause: clause) { return .part }
        let isProfit = ClaimExtractor.profitWords.contains(tokens[cue.upperBound].hash)
        let next = cue.upperBound + 1
        if isProfit, next < clause.upperBound, profitTails.contains(tokens[next].hash) {
            return tokens[next].hash == WordHash.of("before") ? .other("pretax-profit") : .part
        }
        let before = cue.lowerBound - 1
        if before >= clause.lowerBound, tokens[before].kind == .word, !companyWords.contains(before) {
            let hash = tokens[before].hash
            if isProfit, let word = otherProfits[hash] { return .other(word + "-profit") }
            if segmentNouns.contains(hash) || isNamedLine(before, tokens: tokens, text: text, clause: clause) {
                return .part
            }
        }
        return isMarketAfter(cue, tokens: tokens, clause: clause) ? .part : .total
    }

    /// Words before a measure that keep it the company's whole figure.
    static let wholeWords: WordSet = WordSet([
        "the", "a", "an", "its", "their", "his", "her", "our", "total", "overall", "group", "net", "consolidated",
        "combined", "reported", "record", "quarterly", "annual", "yearly", "full-year", "half-year", "fiscal",
        "company", "and", "but", "while", "as", "with", "of", "in", "that", "which", "also", "whose", "higher",
        "lower", "strong", "weak", "gross", "sales",
    ].map(WordHash.of))

    /// "which it calls ancillary revenue, climbed 19 per cent": the word before a measure that
    /// rose or fell names a line of the business of its own ("ancillary-revenue"), unless it is
    /// a word of the whole figure, a verb ("said", "posted") or a name.
    static func lineOfChange(_ cue: ClosedRange<Int>, tokens: [Token], text: [UInt8], clause: Range<Int>,
                             companyWords: Set<Int>) -> String? {
        let before = cue.lowerBound - 1
        guard before >= clause.lowerBound, tokens[before].kind == .word, !companyWords.contains(before),
              !tokens[before].isCapitalized, !wholeWords.contains(tokens[before].hash),
              !AttributionDetector.speechVerbs.contains(tokens[before].hash) else { return nil }
        let word = String(decoding: text[tokens[before].start..<tokens[before].end], as: UTF8.self)
        guard !word.hasSuffix("ed"), !word.contains("-"), !periodMarks.contains(where: { word.contains($0) }),
              word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        return word
    }

    /// "earnings per share", "profit a share": a figure per share.
    static func isPerShare(after cue: ClosedRange<Int>, tokens: [Token], clause: Range<Int>) -> Bool {
        let next = cue.upperBound + 1
        return next + 1 < clause.upperBound && perWords.contains(tokens[next].hash) && tokens[next + 1].hash == share
    }

    /// "Surface revenue", "data-centre sales", "same-store sales": a capitalised product name
    /// inside the clause, or a hyphenated compound that names no period ("fourth-quarter").
    static func isNamedLine(_ index: Int, tokens: [Token], text: [UInt8], clause: Range<Int>) -> Bool {
        let token = tokens[index]
        let word = String(decoding: text[token.start..<token.end], as: UTF8.self).lowercased()
        // "Q3 revenue", "FY2025 sales", "fourth-quarter revenue": a period, not a line.
        if periodMarks.contains(where: { word.contains($0) }) { return false }
        if token.isCapitalized, index > clause.lowerBound, !token.startsLine { return true }
        return word.contains("-")
    }

    /// "revenue in China", "sales from advertising": a market or a line after the cue; "revenue
    /// in the quarter", "sales in fiscal 2025" keep the period.
    static func isMarketAfter(_ cue: ClosedRange<Int>, tokens: [Token], clause: Range<Int>) -> Bool {
        var index = cue.upperBound + 1
        guard index + 1 < clause.upperBound, tokens[index].hash == inWord || tokens[index].hash == from else {
            return false
        }
        index += 1
        if [the, its, their].contains(tokens[index].hash), index + 1 < clause.upperBound { index += 1 }
        let word = tokens[index]
        return word.kind == .word && !periodWords.contains(word.hash) && !periodWords.contains(tokens[index - 1].hash)
            && !ClaimExtractor.amountStarts.contains(word.hash)
    }
}

extension ClaimExtractor {
    /// The last word of a profit cue ("net income", "earnings", "net loss").
    static let profitWords: WordSet = WordSet([
        "profit", "profits", "income", "earnings", "loss", "losses",
    ].map(WordHash.of))
    /// "revenue from $2bn": what follows "from" may be the earlier figure, not a market.
    static let amountStarts: WordSet = WordSet(["a", "an", "about", "some", "nearly", "almost", "around",
                                                "roughly", "more", "less", "just"].map(WordHash.of))
    /// A loss as a noun ("a net loss of $6bn") or as the company's act ("Boeing lost $6.2bn in
    /// the third quarter"): the figure is a negative net profit.
    static let lossWords: WordSet = WordSet((["loss", "losses"] + lossVerbForms).map(WordHash.of))
    /// "lose", "lost": the act, which `isLossOfResult` checks has the money as its object.
    static let lossVerbForms = ["lose", "lost", "loses", "losing"]
}
