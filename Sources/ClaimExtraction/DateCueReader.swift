import ClaimModel

/// The date cue standing at one token of a clause, resolved against the article's date: the
/// word forms `DateCues.scan` looks for ("today", "yesterday", "last week", "months ago", "in
/// 1997", "the spring meeting", "on Sunday", "4 September"), one form per method.
struct DateCueReader {
    typealias Cue = DateCues.Cue
    typealias H = DateCues

    let tokens: [Token]
    let range: Range<Int>
    let text: [UInt8]
    let published: Day
    /// Whether the clause speaks of the future, so that days count forward.
    let future: Bool

    var base: Int { published.dayNumber }

    func cue(at index: Int) -> Cue? {
        let token = tokens[index]
        let hash = token.hash
        let next = index + 1 < range.upperBound ? tokens[index + 1].hash : 0
        if let cue = relative(hash, next: next) { return cue }
        if let cue = recentPast(index, next: next) { return cue }
        if let year = bareYear(index) { return yearCue(year) }
        // All four seasons are six letters long: most words are ruled out without a probe.
        if token.length == 6, let season = H.seasons[hash],
           !token.isCapitalized || index == range.lowerBound { return seasonCue(season) }
        if let weekday = H.weekdays[hash], token.isCapitalized {
            // "Monday 14 April", "Monday, April 14": the calendar date says which Monday.
            if let written = writtenDate(after: index) { return written }
            // "last Friday" in a Friday's paper is a week ago, not today.
            let last = index > range.lowerBound && (tokens[index - 1].hash == H.h.last
                || tokens[index - 1].hash == H.h.previous)
            return weekdayCue(weekday, lastWeek: last)
        }
        if let month = H.months[hash], token.isCapitalized,
           hash != H.h.may || index + 1 < range.upperBound && tokens[index + 1].kind == .number,
           !isNameWord(index) {
            return monthCue(month, at: index)
        }
        return nil
    }

    /// Words that count from the article's date: "today", "yesterday", "last week", "earlier
    /// this week", "last month", "months ago", "last year".
    func relative(_ hash: UInt64, next: UInt64) -> Cue? {
        let h = H.h
        if H.today.contains(hash) || (hash == h.this && (next == h.afternoon || next == h.morning)) {
            return Cue(from: published, to: published)
        }
        if hash == h.yesterday || (hash == h.previous && next == h.day) { return single(base - 1) }
        if hash == h.tomorrow { return single(base + 1) }
        if hash == h.eve { return Cue(from: Day(dayNumber: base - 1), to: Day(dayNumber: base - 1), isEve: true) }
        if (hash == h.previous || hash == h.last) && next == h.week { return span(base - 13, base - 1) }
        if hash == h.earlier && next == h.this { return span(base - 6, base) }
        if (hash == h.last || hash == h.previous) && next == h.month {
            let (year, month) = published.month == 1
                ? (published.year - 1, 12) : (published.year, published.month - 1)
            return DateCues.monthCue(year, month)
        }
        if (hash == h.months || hash == h.years) && next == h.ago { return span(base - 3650, base - 45) }
        if (hash == h.last || hash == h.previous) && next == h.year { return yearCue(published.year - 1) }
        if hash == h.this && next == h.year { return yearCue(published.year) }
        return nil
    }

    /// The recent past a report counts back to from its own day: "last night" (the evening
    /// before the paper), "overnight" (the night into the paper's day), "at the weekend",
    /// "two days ago", "a week ago". Unread, a clause dated this way was undated, and an
    /// incident it told of was dated by the paper, a day or more late (issue 13).
    func recentPast(_ index: Int, next: UInt64) -> Cue? {
        let hash = tokens[index].hash
        // Not "the last night of the festival".
        if hash == R.last && next == R.night {
            return index > range.lowerBound && R.nightOwners.contains(tokens[index - 1].hash) ? nil : single(base - 1)
        }
        // "overnight into Sunday": the day named next says which night.
        if hash == R.overnight { return next == R.into ? nil : span(base - 1, base) }
        if hash == R.weekend {
            // "last weekend", "at the weekend" (past), "this weekend" in a Monday's paper: the
            // Saturday and Sunday before the paper's day (its own, on a Sunday).
            guard !future, index > range.lowerBound, R.weekendLeads.contains(tokens[index - 1].hash) else { return nil }
            let weekday = Day(dayNumber: base).weekday  // 0 Monday ... 6 Sunday
            let sunday = weekday == 6 ? base : base - weekday - 1
            return span(sunday - 1, sunday)
        }
        // "two days ago", "a week ago", "3 days ago"
        guard next == H.h.ago, let unit = R.units[hash], index > range.lowerBound else { return nil }
        let before = tokens[index - 1]
        let count: Int
        if before.hash == R.a || before.hash == R.one { count = 1 }
        else if let value = Words.numbers[before.hash], value >= 1, value <= 30 { count = Int(value) }
        else if before.kind == .number, let value = DateCues.number(before, text), value >= 1, value <= 30 {
            count = value
        } else { return nil }
        let back = base - count * unit
        // A day is a day; "two weeks ago" is within a few days either side.
        return unit == 1 ? single(back) : span(back - 3, min(base, back + 3))
    }

    enum R {
        static let last = WordHash.of("last"), night = WordHash.of("night"), overnight = WordHash.of("overnight")
        static let weekend = WordHash.of("weekend"), a = WordHash.of("a"), one = WordHash.of("one")
        static let into = WordHash.of("into")
        static let nightOwners: WordSet = WordSet(["the", "its", "their", "his", "her", "a"].map(WordHash.of))
        static let weekendLeads: WordSet = WordSet(["last", "the", "this", "past"].map(WordHash.of))
        static let units: WordMap<Int> = WordMap([("day", 1), ("days", 1), ("week", 7), ("weeks", 7)]
            .map { (WordHash.of($0.0), $0.1) })
    }

    /// "on Sunday": the last such day, or the coming one when the clause speaks of the future.
    func weekdayCue(_ weekday: Int, lastWeek: Bool = false) -> Cue {
        let today = Day(dayNumber: base).weekday
        var offset = (weekday - today + 7) % 7  // days ahead
        let ahead = offset
        if !future || lastWeek { offset = offset == 0 ? (lastWeek ? -7 : 0) : offset - 7 }
        if lastWeek { return single(base + offset) }
        var cue = single(base + offset)
        // "Italians vote on Sunday": without a tense word, the coming Sunday may be meant.
        if !future && ahead != 0 { cue.alternative = Day(dayNumber: base + ahead) }
        return cue
    }

    /// "4 September", "September 4", "September 2022", or just "September".
    func monthCue(_ month: Int, at index: Int) -> Cue {
        var year = published.year
        var explicitYear = false
        // The year or day after a month is the month's even past the scanned range: a mention's
        // own scan (`DateCues.attached`) may stop right after "the floods of November", and
        // "2011" read as this year's November dated a background flood seven years late.
        if index + 1 < tokens.count, tokens[index + 1].kind == .number {
            let value = DateCues.number(tokens[index + 1], text)
            if let value, value >= 1900 {
                year = value; explicitYear = true
            } else if let value, let day = Day(year: year, month: month, day: value) {
                return Cue(from: DateCues.adjust(day, published, future), to: DateCues.adjust(day, published, future))
            }
        }
        if index > range.lowerBound, tokens[index - 1].kind == .number,
           let value = DateCues.number(tokens[index - 1], text),
           let day = Day(year: year, month: month, day: value) {
            return Cue(from: DateCues.adjust(day, published, future), to: DateCues.adjust(day, published, future))
        }
        if !explicitYear {
            if !future && month > published.month { year -= 1 }
            if future && month < published.month { year += 1 }
        }
        return DateCues.monthCue(year, month)
    }

    /// The calendar date written right after a weekday ("Monday 14 April", "Monday, April 14",
    /// "Monday 14 April 2025"), which a weekday alone would read as the nearest Monday.
    func writtenDate(after index: Int) -> Cue? {
        guard let weekday = H.weekdays[tokens[index].hash], let written = writtenDay(after: index) else { return nil }
        // The weekday says which year a date without one is in: "Sunday 23 February" in a paper
        // of the 21st is this week's, however the clause is worded.
        guard written.from == written.to else { return written }
        for offset in [0, 1, -1] {
            let day = written.from
            if let candidate = Day(year: day.year + offset, month: day.month, day: day.day),
               candidate.weekday == weekday { return Cue(from: candidate, to: candidate) }
        }
        return written
    }

    func writtenDay(after index: Int) -> Cue? {
        var next = index + 1
        if next < range.upperBound, tokens[next].hash == Punctuation.comma { next += 1 }
        guard next + 1 < range.upperBound else { return nil }
        // "14 April": the month reads its day before it; "April 14": after it.
        if tokens[next].kind == .number, tokens[next].length <= 2, H.months[tokens[next + 1].hash] != nil,
           tokens[next + 1].isCapitalized {
            return monthCue(H.months[tokens[next + 1].hash]!, at: next + 1)
        }
        if let month = H.months[tokens[next].hash], tokens[next].isCapitalized, tokens[next + 1].kind == .number,
           tokens[next + 1].length <= 2 {
            return monthCue(month, at: next)
        }
        return nil
    }

    /// Words that join a month's name to a name's next word: "March for Australia", "March
    /// Against Silence", "March of the Lanterns".
    static let nameJoins: WordSet = WordSet(["for", "against", "of", "on", "to"].map(WordHash.of))
    /// Before a month, words that make it the month whatever follows: "in March to Norway". Not
    /// "of": "the end of March" and "organisers of March Against Silence" both have it.
    static let monthLeads: WordSet = WordSet(["in", "since", "until", "till", "by", "early", "late", "mid", "last",
                                              "next", "this", "from", "through", "between", "and", "to",
                                              "before", "after", "during", "each", "every"].map(WordHash.of))
    static let article = WordHash.of("the")

    /// Whether a month's name at `index` begins a name ("the March for Australia drew 5,000"):
    /// a joining word and a capitalised word that is no date follow, and no word before it
    /// makes it a month. A day number beside it always makes it a date.
    func isNameWord(_ index: Int) -> Bool {
        if index > range.lowerBound, Self.monthLeads.contains(tokens[index - 1].hash) { return false }
        var next = index + 1
        guard next < range.upperBound, Self.nameJoins.contains(tokens[next].hash) else { return false }
        next += 1
        if next < range.upperBound, tokens[next].hash == Self.article { next += 1 }
        guard next < range.upperBound, tokens[next].isCapitalized, tokens[next].kind == .word else { return false }
        let hash = tokens[next].hash
        return H.weekdays[hash] == nil && H.months[hash] == nil
    }

    /// "in 1997", "since 1948", "the 2023 summit": a year standing where a date would.
    func bareYear(_ index: Int) -> Int? {
        guard tokens[index].kind == .number, tokens[index].end - tokens[index].start == 4, index > range.lowerBound,
              H.yearLead.contains(tokens[index - 1].hash), let value = DateCues.number(tokens[index], text),
              (1900...2100).contains(value)
        else { return nil }
        // "Jeju Air, founded in 2005, had never had an accident": the year is the company's.
        if index - 2 >= range.lowerBound, H.foundingVerbs.contains(tokens[index - 2].hash) { return nil }
        return value
    }

    /// "the spring meeting": the latest such season that has begun (the next one when the
    /// sentence speaks of the future). Winter is counted from the December before.
    func seasonCue(_ firstMonth: Int) -> Cue {
        var year = published.year
        let started = published.month >= firstMonth || (firstMonth == 12 && published.month <= 2)
        if firstMonth == 12 && published.month <= 2 { year -= 1 }
        if !started && !future { year -= 1 }
        if started && future && firstMonth != 12 { year += 1 }
        let lastMonth = firstMonth == 12 ? 2 : firstMonth + 2, lastYear = firstMonth == 12 ? year + 1 : year
        return Cue(from: Day(year: year, month: firstMonth, day: 1)!,
                   to: Day(year: lastYear, month: lastMonth, day: Day.daysIn(month: lastMonth, year: lastYear))!)
    }

    func yearCue(_ year: Int) -> Cue {
        Cue(from: Day(year: year, month: 1, day: 1)!, to: Day(year: year, month: 12, day: 31)!)
    }

    func single(_ ordinal: Int) -> Cue { let day = Day(dayNumber: ordinal); return Cue(from: day, to: day) }
    func span(_ from: Int, _ to: Int) -> Cue { Cue(from: Day(dayNumber: from), to: Day(dayNumber: to)) }
}
