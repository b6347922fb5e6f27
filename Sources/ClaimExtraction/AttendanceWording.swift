import ClaimModel

/// Attendance cues that, in their sentence, say nothing about anyone's presence at a gathering.
///
/// On unseen coverage most attendance claims the extractor made were wrong: a cue word used as
/// a noun ("the host hoped", "the former late-night host"), a telephone call read as joining by
/// phone ("Putin told Modi by telephone that ..."), and claims about an event that has no
/// participants (an election, a fire) or about no event at all. Each test here is a reading of
/// the clause's grammar, not of one article's wording.
enum AttendanceWording {
    static let attendanceID = "attendance-mode"
    /// Words before "host" that make it a noun: "the host", "a co-host", "its host".
    static let nounMarkers: WordSet = WordSet([
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "former", "ex", "co",
        "summit", "tournament", "olympic", "show", "talk", "radio", "television", "tv", "late-night", "game",
    ].map(WordHash.of))

    /// Whether the cue "host" ("host", "hosts") is the noun: a determiner or a
    /// qualifier before it, or nothing after it that it could act on ("the former late-night
    /// host, is presenting": a comma or a full stop follows). The verb has an object after it
    /// ("will host the summit", "host next year's talks").
    static func isHostNoun(_ match: AttributeCues.Match, tokens: [Token], clause: Range<Int>) -> Bool {
        guard match.cue.phrase == "host", match.tokens.count == 1 else { return false }
        let at = match.tokens.lowerBound
        if at > clause.lowerBound {
            let before = tokens[at - 1]
            if nounMarkers.contains(before.hash) || before.hash == WordHash.possessive { return true }
            // "the late-night host": an adjective joined by a hyphen is one token ending in a word.
            if before.kind == .word, at - 2 >= clause.lowerBound, nounMarkers.contains(tokens[at - 2].hash),
               !before.isCapitalized {
                return true
            }
        }
        let next = at + 1
        return next >= clause.upperBound || tokens[next].kind == .punctuation
    }

    /// Verbs of telling: a "by telephone" after one of them is how the news was passed on,
    /// not how someone took part.
    static let tellingVerbs: WordSet = WordSet([
        "told", "tell", "tells", "telling", "said", "say", "says", "saying", "informed", "inform", "informs",
        "assured", "assure", "spoke", "speak", "speaks", "talked", "talk", "talks", "conveyed", "convey",
        "explained", "warned", "promised", "confirmed", "announced", "congratulated", "thanked",
    ].map(WordHash.of))

    /// Whether a telephone cue ("by telephone", "by phone") reports a call rather than taking
    /// part in a gathering: a verb of telling stands before it in the clause. "Joined the
    /// meeting by phone" has no such verb and is still read.
    static func isToldByPhone(_ match: AttributeCues.Match, tokens: [Token], clause: Range<Int>) -> Bool {
        guard match.cue.value == .category("phone") else { return false }
        let start = max(clause.lowerBound, match.tokens.lowerBound - 12)
        return (start..<match.tokens.lowerBound).contains { tellingVerbs.contains(tokens[$0].hash) }
    }

    /// Whether a drafted attendance names an event people can take part in. Attendance is a
    /// presence at a gathering (a summit, a ceremony, a hearing, a rally, a match): a claim
    /// with no event cannot be compared with anything; an election, an incident, a strike or a
    /// results release has no attendees in this sense ("would not take part in coalition
    /// talks" after an election, a minister who "flew to Seattle" during a strike); the event
    /// or another group does not attend. An event whose name says no kind ("luncheon") is admitted.
    static func admits(subject: String, event: String?, registry: ExtractionRegistry) -> Bool {
        guard let event, event != subject else { return false }
        // A person, a country or a body attends; a group (an event's own entity, a crowd) does not.
        if registry.kindOf(subject) == .group { return false }
        guard let record = registry.event(event) else { return true }
        return admits(EventKind.of(name: record.name))
    }

    static func admits(_ kind: EventKind?) -> Bool {
        guard let kind else { return true }
        switch kind {
        case .meeting, .call, .match, .protest, .trial, .awards: return true
        default: return false
        }
    }

    static let next = WordHash.of("next")
    static let periods: WordSet = WordSet(["year", "year's", "month", "week", "season", "summer", "winter", "spring",
                                           "autumn", "time", "edition"].map(WordHash.of))

    static let last = WordHash.of("last")

    /// Whether a relative clause tells of another occasion than the one reported: "Lula, who
    /// will host the group next year," hosts next year's summit, not this one; "X, who
    /// resigned as finance minister in 2019," or "who attended last year's talks" tell background.
    /// A year is another occasion when it is not the article's own.
    static func namesAnotherOccasion(_ tokens: [Token], _ range: Range<Int>, text: [UInt8] = [],
                                     published: Day? = nil) -> Bool {
        if range.dropLast().contains(where: {
            (tokens[$0].hash == next || tokens[$0].hash == last) && periods.contains(tokens[$0 + 1].hash)
        }) { return true }
        guard let published, !text.isEmpty else { return false }
        return range.contains { index in
            let token = tokens[index]
            guard token.kind == .number, token.length == 4, token.end <= text.count,
                  let year = Int(String(decoding: text[token.start..<token.end], as: UTF8.self)),
                  (1900...2100).contains(year) else { return false }
            return year != published.year
        }
    }

    static let joins: WordSet = WordSet(["and", "or", "but", "while", "whereas", "by", "as", "rather", "instead",
                                         "not", "than", "with"].map(WordHash.of))

    /// Whether `gap` is a title set before a name in apposition: "represented by its foreign
    /// minister, Sergei Lavrov" (lower-case words, a possessive or a determiner, then a comma
    /// right before the name). A conjunction, a second "by" or another name in the gap means the
    /// name after it is someone else's ("by its foreign minister, and Egypt by ...").
    static func isTitleBeforeName(_ tokens: [Token], _ gap: Range<Int>) -> Bool {
        guard gap.count >= 2, gap.count <= 7, tokens[gap.upperBound - 1].hash == Punctuation.comma else { return false }
        return gap.dropLast().allSatisfy { index in
            let token = tokens[index]
            return (token.kind == .word && !token.isCapitalized && !joins.contains(token.hash))
                || token.hash == WordHash.possessive
        }
    }
}
