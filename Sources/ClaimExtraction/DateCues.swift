import ClaimModel

/// When a sentence says something happened, relative to the article's date: "on Thursday",
/// "today", "yesterday", "the previous week", "in September", "4 September", "months ago",
/// "on the eve of". Past is assumed unless the sentence speaks of the future.
public enum DateCues {
    public struct Cue: Sendable, Equatable {
        /// Inclusive range of days.
        public var from: Day
        public var to: Day
        /// "on the eve of …": the day before the event named next.
        public var isEve = false
        /// Token where the cue stands, so it dates the event named nearest to it.
        public var position = 0
        /// Written onto the event's mention ("last week's fire"), not merely in its clause.
        public var isAttached = false
        /// The coming day of the same name, for a weekday the sentence gives no tense for.
        public var alternative: Day?

        /// Short enough to pick an event by ("in September" is; "months ago" is not).
        public var isSpecific: Bool { to.dayNumber - from.dayNumber <= 31 }
    }

    static let today: WordSet = WordSet(["today", "tonight"].map(WordHash.of))
    static let weekdays: WordMap<Int> = WordMap(MonthNames.weekdays.enumerated().map {
        (WordHash.of($0.element), $0.offset)
    })
    static let months: WordMap<Int> = {
        var table = WordMap<Int>()
        for (index, name) in MonthNames.full.enumerated() { table[WordHash.of(name)] = index + 1 }
        table[WordHash.of("sept")] = 9
        return table
    }()
    static let futureWords: WordSet = WordSet(["will", "next", "scheduled", "upcoming", "planned", "expected",
                                               "coming"].map(WordHash.of))
    static let h = (yesterday: WordHash.of("yesterday"), tomorrow: WordHash.of("tomorrow"), eve: WordHash.of("eve"),
                    previous: WordHash.of("previous"), last: WordHash.of("last"), week: WordHash.of("week"),
                    day: WordHash.of("day"), ago: WordHash.of("ago"), months: WordHash.of("months"),
                    years: WordHash.of("years"), this: WordHash.of("this"), earlier: WordHash.of("earlier"),
                    month: WordHash.of("month"), may: WordHash.of("may"), year: WordHash.of("year"),
                    afternoon: WordHash.of("afternoon"), morning: WordHash.of("morning"))
    /// Seasons by their first month ("fall" is too often the verb).
    static let seasons: WordMap<Int> = WordMap([("spring", 3), ("summer", 6), ("autumn", 9),
                                                ("winter", 12)].map { (WordHash.of($0.0), $0.1) })
    static let foundingVerbs: WordSet = WordSet(["founded", "built", "established", "born", "opened", "launched",
                                                 "created", "formed", "elected", "appointed", "incorporated",
                                                 "completed", "made", "office", "power"].map(WordHash.of))
    /// Words before a bare year that make it a date: "in 1997", "since 1948", "the 2023 summit".
    static let yearLead: WordSet = WordSet(["in", "since", "from", "until", "till", "before", "after", "the", "of",
                                            "early", "late", "mid", "'s", "during", "throughout"].map(WordHash.of))

    /// The first date cue in `range` that dates what happened, resolved against `published`.
    /// Tokens in `skipping` (relative clauses) are not read: "Macron, who dined with him on
    /// Wednesday, attended the summit" dates the dinner, not the summit. A date attached to a
    /// speech verb ("said on Sunday", "told reporters on Friday", "as of this morning")
    /// dates the statement, not the event: see `statement(in:…)`.
    public static func find(in tokens: [Token], range: Range<Int>, text: [UInt8], published: Day?,
                            skipping: [Range<Int>] = []) -> Cue? {
        scan(tokens, range: range, text: text, published: published, skipping: skipping, wantsStatement: false).event
    }

    /// The day a statement in `range` was made, when the sentence dates it ("police said on
    /// Sunday"): the claim's `said`, never the event's date.
    public static func statement(in tokens: [Token], range: Range<Int>, text: [UInt8], published: Day?) -> Day? {
        scan(tokens, range: range, text: text, published: published, skipping: [], wantsStatement: true).statement?.from
    }

    static let possessive = WordHash.of("'s")

    /// A date written onto an event's mention itself: "last week's fire", "Sunday's blaze",
    /// "the fire on Sunday", "the blaze that broke out early on Saturday". It dates that
    /// event even where the clause's first date is another ("bodies were found on Tuesday,
    /// raising the toll from last week's fire"). `before` is where the mention's own words
    /// begin (its name and modifiers).
    public static func attached(to mention: ClosedRange<Int>, before: Int, in tokens: [Token], sentence: Range<Int>,
                                text: [UInt8], published: Day?) -> Cue? {
        let owner = before - 1
        if owner - 1 >= sentence.lowerBound, tokens[owner].hash == possessive {
            let from = max(sentence.lowerBound, owner - 2)
            if var cue = scan(tokens, range: from..<owner, text: text, published: published, skipping: [],
                                   wantsStatement: false, tense: sentence).event {
                cue.isAttached = true
                return cue
            }
        }
        var end = mention.upperBound + 1
        // Up to the next comma or the next event's word that a determiner introduces: "the
        // disaster recalled the floods of November 2011" dates the floods, not the disaster; in
        // "the Harbour Forum donors meeting on Tuesday" the meeting is the forum's own name.
        while end < sentence.upperBound, end - mention.upperBound <= 6, tokens[end].hash != Punctuation.comma,
              !(EventMention.determiners.contains(tokens[end - 1].hash)
                && EventKind.table.match(tokens, at: end, limit: sentence.upperBound) != nil) {
            end += 1
        }
        guard mention.upperBound + 1 < end else { return nil }
        var cue = scan(tokens, range: (mention.upperBound + 1)..<end, text: text, published: published, skipping: [],
                       wantsStatement: false, tense: sentence).event
        cue?.isAttached = true
        return cue
    }

    /// Words that may stand between a speech verb and its date: "told reporters late on Friday".
    static let statementFillers: WordSet = WordSet(["on", "late", "early", "reporters", "journalists", "the", "media",
                                                    "a", "press", "conference", "briefing", "at", "in", "statement",
                                                    "by"].map(WordHash.of))
    static let statementVerbs: WordSet = WordSet(["said", "says", "told", "tells", "announced", "added", "stated",
                                                  "confirmed", "tweeted", "wrote", "posted", "reported", "insisted",
                                                  "warned", "declared", "estimated", "briefed", "updated",
                                                  "revised"].map(WordHash.of))
    static let asOf = (as: WordHash.of("as"), of: WordHash.of("of"))

    /// A cheap test before `statement(in:…)`: a speech verb or "as" in the sentence.
    static func mayDateAStatement(_ hash: UInt64) -> Bool { hash == asOf.as || statementVerbs.contains(hash) }

    /// Whether the cue at `index` dates a statement: a speech verb up to four words before it
    /// (only fillers between), or right after it ("on Sunday said"), or "as of" before it.
    static func isStatementDate(_ tokens: [Token], at index: Int, range: Range<Int>) -> Bool {
        if index - 2 >= range.lowerBound, tokens[index - 2].hash == asOf.as,
           tokens[index - 1].hash == asOf.of { return true }
        var probe = index - 1
        while probe >= range.lowerBound, index - probe <= 4 {
            let hash = tokens[probe].hash
            if statementVerbs.contains(hash) { return true }
            guard statementFillers.contains(hash) else { break }
            probe -= 1
        }
        var next = index + 1
        // "on Sunday morning said", "yesterday said"
        while next < range.upperBound, next - index <= 2, tokens[next].kind == .word,
              !statementVerbs.contains(tokens[next].hash),
              dayParts.contains(tokens[next].hash) { next += 1 }
        return next < range.upperBound && statementVerbs.contains(tokens[next].hash)
    }

    /// Words before a date that make it a limit, not the day something happened: "talks go
    /// on until Friday", "a decision by Monday", "before Sunday". Not "since": "the worst since
    /// November 1967, when floods killed 500" dates that earlier event.
    static let bounds: WordSet = WordSet(["until", "till", "by", "before"].map(WordHash.of))
    /// Before a day, "to" ends a range: "from Monday to Wednesday" (an event's date is its
    /// first day), "the year to 31 March" (a reporting period). Before a month it still dates
    /// the period: "the twelve months to March 2018" are that year's.
    static let to = WordHash.of("to")
    static let boundFillers: WordSet = WordSet(["late", "early", "next", "the", "on", "this"].map(WordHash.of))
    static let deadline = WordHash.of("deadline"), deadlines = WordHash.of("deadlines")

    /// Whether the date at `index` is a limit ("until Friday", "the Friday deadline", "a
    /// deadline of 29 March") rather than a day. "Before Sunday's vote" still dates the vote.
    static func isBound(_ tokens: [Token], at index: Int, range: Range<Int>, isDay: Bool = true) -> Bool {
        // A bare year keeps its own leads ("since 1948" names the year of an earlier event).
        guard tokens[index].kind != .number else { return false }
        let next = index + 1 < tokens.count ? tokens[index + 1].hash : 0
        if next == possessive { return false }
        if next == deadline || next == deadlines { return true }
        if isOtherZone(tokens, after: index) { return true }
        var probe = index - 1
        while probe >= range.lowerBound, index - probe <= 3 {
            let token = tokens[probe]
            if bounds.contains(token.hash) || isDay && token.hash == to { return true }
            if token.hash == deadline || token.hash == deadlines { return true }
            guard boundFillers.contains(token.hash) || token.kind == .number || token.hash == asOf.of else { break }
            probe -= 1
        }
        return false
    }

    static let time = WordHash.of("time"), local = WordHash.of("local")

    /// "In the early hours of Tuesday, Beijing time": the day in another zone than the event's.
    /// Read past `range`: a mention's own scan stops at the comma before the zone.
    static func isOtherZone(_ tokens: [Token], after index: Int) -> Bool {
        var next = index + 1
        if next < tokens.count, tokens[next].hash == Punctuation.comma { next += 1 }
        return next + 1 < tokens.count && tokens[next].isCapitalized && tokens[next].hash != local
            && tokens[next + 1].hash == time
    }

    static let dayParts: WordSet = WordSet(["morning", "afternoon", "evening", "night"].map(WordHash.of))

    static func scan(_ tokens: [Token], range: Range<Int>, text: [UInt8], published: Day?,
                     skipping: [Range<Int>], wantsStatement: Bool,
                     tense: Range<Int>? = nil) -> (event: Cue?, statement: Cue?) {
        guard let published else { return (nil, nil) }
        // Whether the days count forward, read from the whole clause when only a part is scanned.
        let future = (tense ?? range).contains { futureWords.contains(tokens[$0].hash) }
        let reader = DateCueReader(tokens: tokens, range: range, text: text, published: published, future: future)
        var statement: Cue?
        var event: Cue?
        for index in range where !skipping.contains(where: { $0.contains(index) }) {
            guard var cue = reader.cue(at: index),
                  !isBound(tokens, at: index, range: range, isDay: cue.from == cue.to) else { continue }
            // "up from 786 million in 2024": the period a figure is compared with dates nothing.
            if cue.from != cue.to, ComparedPeriod.isCompared(tokens, at: index, range: range) { continue }
            cue.position = index
            if isStatementDate(tokens, at: index, range: range) {
                if statement == nil { statement = cue }
                if wantsStatement { return (event, statement) }
            } else if event == nil {
                event = cue
                if !wantsStatement { return (event, statement) }
            }
        }
        return (event, statement)
    }

    static func monthCue(_ year: Int, _ month: Int) -> Cue {
        Cue(from: Day(year: year, month: month, day: 1)!,
            to: Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!)
    }

    /// A day-and-month without a year is the nearest such day in the right direction.
    static func adjust(_ day: Day, _ published: Day, _ future: Bool) -> Day {
        if !future && published < day {
            return Day(year: day.year - 1, month: day.month,
                       day: min(day.day, Day.daysIn(month: day.month, year: day.year - 1)))!
        }
        return day
    }

    static func number(_ token: Token, _ text: [UInt8]) -> Int? {
        var value = 0
        for byte in text[token.start..<token.end] {
            guard byte >= 0x30 && byte <= 0x39 else { break }
            value = value * 10 + Int(byte - 0x30)
            if value > 100_000 { return nil }
        }
        return value
    }
}
