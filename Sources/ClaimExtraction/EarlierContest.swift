import ClaimModel

/// A win dated to another year than the article's contest: "Céline Dion took the title in 1988",
/// "who won in 2019", "won it last year". Results copy names earlier winners all the time (last
/// year's champion, the winner of 2016, a title "in 1988"), and those wins are not this
/// contest's. The win belongs to the record's contest of that year in the article's series, or to
/// one the object names; with no such contest in the record it names nothing, never the
/// article's own contest (issue 12).
extension ClaimExtractor {
    enum ContestYear: Equatable {
        /// No other year is given: the win is read as before.
        case current
        /// Another year's contest; nil when the record has none.
        case earlier(String?)
    }

    static let lastWord = WordHash.of("last"), yearWord = WordHash.of("year")

    /// The year the win's object gives ("in 1988", "the 2019 race", "last year"), against the
    /// article's main event.
    func contestYear(_ win: Win, _ context: ClauseContext) -> ContestYear {
        let tokens = context.tokens, reach = win.object.lowerBound..<min(context.clause.range.upperBound,
                                                                         win.object.upperBound + 2)
        let current = context.mainEvent.flatMap { registry.event($0)?.start.year } ?? currentPublished?.year
        guard let current, let year = Self.statedYear(in: reach, tokens, context.text, published: currentPublished),
              year != current else { return .current }
        let series = context.mainEvent.flatMap { registry.event($0)?.series }
        let earlier = registry.events.first { event in
            event.start.year == year
                && ((series != nil && event.series == series) || objectNames(event, in: win.object, tokens: tokens))
        }
        return .earlier(earlier?.id)
    }

    /// A four-digit year, or "last year" (the year before the article's), in `range`.
    static func statedYear(in range: Range<Int>, _ tokens: [Token], _ text: [UInt8], published: Day?) -> Int? {
        for index in range {
            if isYear(tokens[index], text) {
                let digits = text[tokens[index].start..<tokens[index].end]
                return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            }
            if tokens[index].hash == lastWord, index + 1 < range.upperBound, tokens[index + 1].hash == yearWord,
               let published {
                return published.year - 1
            }
        }
        return nil
    }
}
