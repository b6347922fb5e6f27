/// Whether a sentence speaks of an event ahead of it or back at it: "ahead of the summit",
/// "leaders will meet", "in the run-up to the vote", "a month after the fire", "since the
/// floods", "the quake two weeks ago". Coverage previews a scheduled event for a week or more
/// and follows an incident for a month, so how the sentence looks widens the days in which a
/// mention without a date of its own may still be the event on record (`EventWindow`).
///
/// Two looks name another edition or another incident than the one reported: "next year's
/// summit" (never this year's) and "the previous crash", "an earlier fire", "the last summit"
/// (never the article's own, nor one still to come).
enum EventLook: UInt8, Sendable {
    /// `back` is a plain "after the talks" (most often the same day's); `longBack` says the
    /// event is days or weeks past: "three weeks after the summit", "since the floods", "ago".
    case none, ahead, back, longBack, nextYear, previous

    /// Words up to `reach` tokens before the mention: "ahead of", "before", "will attend",
    /// "preparations for", "in the run-up to"; and the words of a look back.
    static let aheadBefore: WordSet = WordSet([
        "ahead", "before", "upcoming", "forthcoming", "coming", "planned", "scheduled", "will", "preparing",
        "prepare", "prepares", "preparations", "run-up", "preview", "expected",
    ].map(WordHash.of))
    static let backBefore: WordSet = WordSet(["after", "following"].map(WordHash.of))
    static let longBackBefore: WordSet = WordSet([
        "since", "aftermath", "wake", "recovering", "rebuilding", "anniversary",
    ].map(WordHash.of))
    /// "a month after", "three weeks after", "days after": a plain look back made long.
    static let timeUnits: WordSet = WordSet(["day", "days", "week", "weeks", "month", "months"].map(WordHash.of))
    /// Words right after the mention: "the summit will open", "the vote is due", "the fire a month ago".
    static let aheadAfter: WordSet = WordSet(["will", "due", "scheduled", "set"].map(WordHash.of))
    static let backAfter: WordSet = WordSet(["ago"].map(WordHash.of))
    /// Right before the mention's words: an edition or incident before the one reported.
    static let earlier: WordSet = WordSet(["previous", "earlier", "prior", "last"].map(WordHash.of))
    static let h = (next: WordHash.of("next"), year: WordHash.of("year"), possessive: WordHash.of("'s"))

    /// Tokens before the mention (and after it) read for a look: "will travel to Korsvik for
    /// the summit", "the fire in Dalby five weeks ago".
    static let reach = 10
    static let reachAfter = 5

    /// The look of the mention whose words start at `start` (its naming words and modifiers
    /// included) and whose kind word is `kind`, within the sentence `range`.
    static func of(start: Int, kind: ClosedRange<Int>, in tokens: [Token], range: Range<Int>) -> EventLook {
        if isNextYear(start: start, kind: kind, in: tokens, range: range) { return .nextYear }
        // "the previous crash", "the last BRICS summit", "an earlier fire" ("earlier" is read as a modifier).
        if (start > range.lowerBound && earlier.contains(tokens[start - 1].hash))
            || (start < kind.lowerBound && earlier.contains(tokens[start].hash)) { return .previous }
        var probe = start - 1
        while probe >= range.lowerBound, start - probe <= reach, tokens[probe].kind != .punctuation {
            let hash = tokens[probe].hash
            if aheadBefore.contains(hash) { return .ahead }
            if longBackBefore.contains(hash) { return .longBack }
            if backBefore.contains(hash) {
                return probe > range.lowerBound && timeUnits.contains(tokens[probe - 1].hash) ? .longBack : .back
            }
            probe -= 1
        }
        var after = kind.upperBound + 1
        while after < range.upperBound, after - kind.upperBound <= reachAfter, tokens[after].kind != .punctuation {
            if aheadAfter.contains(tokens[after].hash) { return .ahead }
            if backAfter.contains(tokens[after].hash) { return .longBack }
            after += 1
        }
        return .none
    }

    /// The first look ahead or back anywhere in `range` (a title, an opening): for an article
    /// that names no event word, how it stands to the event its place names.
    static func ofText(_ tokens: [Token], range: Range<Int>) -> EventLook {
        for index in range {
            if aheadBefore.contains(tokens[index].hash) { return .ahead }
            if longBackBefore.contains(tokens[index].hash) { return .longBack }
            if backBefore.contains(tokens[index].hash) {
                return index > range.lowerBound && timeUnits.contains(tokens[index - 1].hash) ? .longBack : .back
            }
        }
        return .none
    }

    /// "next year's summit", "the summit next year".
    static func isNextYear(start: Int, kind: ClosedRange<Int>, in tokens: [Token], range: Range<Int>) -> Bool {
        if start - 3 >= range.lowerBound, tokens[start - 1].hash == h.possessive, tokens[start - 2].hash == h.year,
           tokens[start - 3].hash == h.next { return true }
        let after = kind.upperBound + 1
        return after + 1 < range.upperBound && tokens[after].hash == h.next && tokens[after + 1].hash == h.year
    }

    /// A look ahead or back: the clause's date is of something before or after the event
    /// ("appointed on 9 September after the government lost a confidence vote").
    var isAside: Bool { self == .ahead || self == .back || self == .longBack }

    /// Another edition or incident than any the article reports: figures beside it are not the main event's.
    var isAnotherOccurrence: Bool { self == .nextYear || self == .previous }
}
