import ClaimModel

/// Decides which event a sentence is about, against the registry's events and the events
/// extraction created: by kind ("talks" is a meeting, "video conference" a call), by the
/// proper names around it (place, participants) and by date (the article's, or the one the
/// sentence gives). A mention nothing matches becomes a new event, named from the text and
/// dated from the article, so coverage of any story works without editing the registry.
public struct EventResolver: Sendable {
    let published: Day?

    public init(published: Day?) {
        self.published = published
    }

    /// What resolution compares of an event, computed once per event: its kind, the
    /// capitalised words of its name and place, and its days as numbers.
    struct Profile: Sendable {
        var kind: EventKind?
        var words: WordSet
        var hasWords: Bool
        var isCounter = false
        var first: Int
        var last: Int
        /// The countries its name and place name (`ElectionPolity`), for telling elections apart.
        var countries: [Int] = []
    }

    static func profile(_ event: Event) -> Profile {
        let text = event.name + " " + (event.place ?? "")
        let hashes = Tokenizer.tokens(in: Array(text.utf8)).filter {
            $0.kind == .word && $0.isCapitalized && !isCalendarWord($0.hash)
        }.map(\.hash)
        let name = Array(event.name.utf8)
        let isCounter = Tokenizer.tokens(in: name).contains { EventMention.isCounter($0, text: name) }
        return Profile(kind: EventKind.of(name: event.name), words: WordSet(hashes), hasWords: !hashes.isEmpty,
                       isCounter: isCounter, first: event.start.dayNumber,
                       last: (event.end ?? event.start).dayNumber, countries: ElectionPolity.countries(of: hashes))
    }

    /// A month's or a weekday's name ("Strike of 18 September", "Thursday's talks"): it dates an
    /// event, it does not name it, so "Brazil put in $1bn in September" in a summit report does
    /// not name September's strike. "May" stays a word: it is as often a name.
    static func isCalendarWord(_ hash: UInt64) -> Bool {
        DateCues.weekdays[hash] != nil || (DateCues.months[hash] != nil && hash != DateCues.h.may)
    }

    /// How far from its dates an event may still be matched. A date the text gives may be a
    /// few days off (a wrong weekday) when the place agrees; without a date, the event's kind
    /// and the sentence's look decide (`EventWindow`: about a month with the event's names),
    /// so a registered meeting is never matched by an article about another year's edition.
    enum Window {
        static let slack = 3
        static let undated = 30
        /// Coverage of an incident follows it: "the blaze" in an article a week later.
        static let followUp = 14
    }

    /// The best event for `mention` (or, without one, for the date `cue` alone).
    /// `sentenceWords` are the sentence's capitalised words, lower-cased; `preferredSeries`
    /// breaks ties toward the article's main event's series.
    func resolve(mention: EventMention?, cue: DateCues.Cue?, sentenceWords: Set<UInt64>, registry: ExtractionRegistry,
                 preferredSeries: String?) -> String? {
        let query = Query(mention: mention, cue: cue, day: published.map(\.dayNumber), sentenceWords: sentenceWords,
                          preferredSeries: preferredSeries)
        // nil: every event (a small registry, or no date to look up by).
        let candidates: [Int]?
        if registry.events.count <= Self.scanAll {
            candidates = nil
        } else if let cue {
            candidates = registry.eventIndex.candidates(from: cue.from.dayNumber - Window.slack,
                                                        to: cue.to.dayNumber + Window.slack)
        } else if let day = query.day {
            let days = EventWindow.of(kind: mention?.kind, look: mention?.look ?? .none).candidateDays(around: day)
            candidates = registry.eventIndex.candidates(from: days.lowerBound, to: days.upperBound)
        } else {
            candidates = nil
        }
        var best: (score: Int, distance: Int, index: Int)?
        // Read the profiles in place: copying one per event and mention retained its word set
        // each time, which showed up as a few per cent of extraction.
        registry.eventProfiles.withUnsafeBufferPointer { profiles in
            func consider(_ index: Int) {
                guard let score = query.score(profiles.baseAddress! + index, series: registry.events[index].series)
                else { return }
                let distance = query.day.map { abs(profiles[index].first - $0) } ?? 0
                if let current = best {
                    // The ids are compared last and only on a full tie: most candidates lose on score.
                    guard score > current.score || (score == current.score && (distance < current.distance
                            || (distance == current.distance
                                && registry.events[index].id < registry.events[current.index].id)))
                    else { return }
                }
                best = (score, distance, index)
            }
            if let candidates {
                for index in candidates { consider(index) }
            } else {
                for index in profiles.indices { consider(index) }
            }
        }
        if best == nil, let cue, let mention {
            return resolveAgain(mention, cue: cue, day: query.day, sentenceWords: sentenceWords, registry: registry,
                                preferredSeries: preferredSeries)
        }
        return best.map { registry.events[$0.index].id }
    }

    /// When the clause's date rules every event out: the coming day of its weekday for a
    /// scheduled kind; no date at all when the sentence looks ahead or back, or when a recent
    /// date near an incident may be the report's.
    private func resolveAgain(_ mention: EventMention, cue: DateCues.Cue, day: Int?, sentenceWords: Set<UInt64>,
                              registry: ExtractionRegistry, preferredSeries: String?) -> String? {
        func again(_ cue: DateCues.Cue?) -> String? {
            resolve(mention: mention, cue: cue, sentenceWords: sentenceWords, registry: registry,
                    preferredSeries: preferredSeries)
        }
        if let alternative = cue.alternative, !mention.kind.followsCoverage {
            // Only scheduled events are spoken of ahead ("Italians vote on Sunday"); incidents
            // are reported after the day.
            let next = DateCues.Cue(from: alternative, to: alternative, position: cue.position,
                                    isAttached: cue.isAttached)
            if let id = again(next) { return id }
        }
        // "flies in on Wednesday ahead of the summit", "shares fell on Monday, days after the
        // results": the clause's date is something before or after the event, not the event's.
        if mention.look.isAside, !cue.isAttached { return again(nil) }
        if mention.kind.followsCoverage, !cue.isAttached, let day,
           cue.to.dayNumber >= day - Window.followUp, cue.from.dayNumber <= day {
            // "the toll from the fire rose to 55 on Thursday": a recent date in the clause may
            // be the report's; an incident is also found by the days before the article.
            return again(nil)
        }
        return nil
    }

    /// `resolve`, and when the clause's date rules every event out, the mention's names alone
    /// for a scheduled kind it names ("Nvidia results", "the Tessby marathon", "the meeting in
    /// Alaska"): the date may be another thing's ("the quarter to 26 January", "after the
    /// meeting in Alaska, a summit was held on Thursday").
    func resolveNamed(_ mention: EventMention, cue: DateCues.Cue?, sentenceWords: Set<UInt64>,
                      registry: ExtractionRegistry, preferredSeries: String?) -> String? {
        if let id = resolve(mention: mention, cue: cue, sentenceWords: sentenceWords, registry: registry,
                            preferredSeries: preferredSeries) { return id }
        guard let cue, !cue.isAttached, !mention.kind.followsCoverage,
              mention.properWords.count >= 2 || mention.namingWords >= 1 else { return nil }
        return resolve(mention: mention, cue: nil, sentenceWords: [], registry: registry,
                       preferredSeries: preferredSeries)
    }

    /// Up to this many events are read one by one; the score's own windows rule them out.
    static let scanAll = 32

    /// One resolution's question, scored against one event's profile at a time.
    struct Query {
        var mention: EventMention?
        var cue: DateCues.Cue?
        var day: Int?
        var sentenceWords: Set<UInt64>
        var preferredSeries: String?

        /// Kind, names and dates in agreement, or nil when the event is out of the question.
        /// The profile is read through a pointer: a copy per event and mention retained its
        /// word set each time.
        func score(_ pointer: UnsafePointer<Profile>, series: String?) -> Int? {
            let profile = pointer
            var score = 0
            var isOtherKind = false
            if let mention {
                guard let kind = profile.pointee.kind else { return nil }
                isOtherKind = kind != mention.kind && mention.kind.isOneIncident(with: kind)
                guard mention.kind.reportsAlike(kind) || isOtherKind,
                      Self.fitsOccurrence(mention.look, profile, day: day) else { return nil }
                // "At Sweden's election" is not Denmark's vote, however close the dates.
                if kind == .election,
                   ElectionPolity.isOther(mentioned: ElectionPolity.countries(of: mention),
                                          recorded: profile.pointee.countries) { return nil }
                // "The protests" may be the strike's day, but less surely than "the strike"; "the
                // blaze" is the explosion's only where its names agree (checked below).
                score += kind == mention.kind ? 2 : 1
                // A counter-protest and the rally it answers share a day and a city.
                if kind == .protest { score += mention.isCounter == profile.pointee.isCounter ? 1 : -2 }
            }
            let ownPlace = mentionPlaceScore(profile)
            let placeScore = ownPlace + sharedWords(profile)
            if isOtherKind, placeScore == 0 { return nil }
            if let mention, mention.kind.followsCoverage, ownPlace == 0, profile.pointee.hasWords,
               mention.namingWords > 0 || mention.properWords.count >= 2 {
                // "the Dunmore fire" is not the fire at Harbour Street, however close in time; a
                // date alone no longer suffices ("the Robinson rally" may still be the rally, by
                // the sentence's other names). Meetings are named by participants as often as by
                // places ("his visit to Beijing" around a summit), so only incidents pay this.
                score -= 2
            }
            guard let dateScore = self.dateScore(profile, placeScore: placeScore, ownPlace: ownPlace)
            else { return nil }
            score += dateScore
            if mention == nil && cue != nil && placeScore == 0 {
                // A date alone: an event of the main event's series, when there is one.
                if let preferredSeries, series == preferredSeries { score += 2 }
            }
            score += placeScore
            if mention != nil && score < (placeScore == 0 ? 4 : 3) { return nil }
            return score
        }

        /// "Next year's summit" is an event of next year; "the previous crash" one already over.
        static func fitsOccurrence(_ look: EventLook, _ profile: UnsafePointer<Profile>, day: Int?) -> Bool {
            guard let day else { return true }
            switch look {
            case .nextYear: return Day(dayNumber: profile.pointee.first).year == Day(dayNumber: day).year + 1
            case .previous: return profile.pointee.last < day
            default: return true
            }
        }

        /// The mention's own names in the event's: a name before the kind word counts double.
        func mentionPlaceScore(_ profile: UnsafePointer<Profile>) -> Int {
            guard let mention else { return 0 }
            var placeScore = 0
            for (position, word) in mention.properHashes.enumerated() where profile.pointee.words.contains(word) {
                placeScore += position < mention.namingWords ? 2 : 1
            }
            return min(placeScore, 4)
        }

        /// Other capitalised words of the sentence in the event's, at most two.
        func sharedWords(_ profile: UnsafePointer<Profile>) -> Int {
            var shared = 0
            for word in sentenceWords where profile.pointee.words.contains(word) {
                shared += 1
                if shared == 2 { break }
            }
            return shared
        }

        /// 3 when the dates agree, 1 when they are near, nil when they rule the event out.
        func dateScore(_ profile: UnsafePointer<Profile>, placeScore: Int, ownPlace: Int) -> Int? {
            if let cue {
                let from = cue.from.dayNumber, to = cue.to.dayNumber
                if profile.pointee.last >= from && profile.pointee.first <= to { return 3 }
                // A weekday off by a day or two: the same event only where its names agree
                // (two of them: one shared participant is no place).
                guard mention != nil, ownPlace >= 2, profile.pointee.last >= from - Window.slack,
                      profile.pointee.first <= to + Window.slack
                else { return nil }
                return 1
            }
            guard let day else { return placeScore == 0 ? nil : 0 }
            let window = EventWindow.of(kind: mention?.kind, look: mention?.look ?? .none)
            // Days the event is still ahead (positive) or over (positive); the names' reach is the limit.
            let gap = profile.pointee.first - day, over = day - profile.pointee.last
            guard gap <= window.namedBefore, over <= window.namedAfter else { return nil }
            if gap <= 0 && over <= 0 { return 3 }
            if let mention, mention.kind.followsCoverage, gap < 0, -gap <= Window.followUp { return 3 }
            // "The verdict" or "the results" in a report a week later: just enough with the kind.
            if let mention, mention.kind.reportedAfter, over > 0, over <= Window.followUp { return 2 }
            if abs(gap) <= 3 { return 1 }
            // "Ahead of the summit" a week early, "a month after the fire": the kind is enough.
            if mention != nil, (gap > 0 && gap <= window.before) || (over > 0 && over <= window.after) { return 2 }
            return placeScore == 0 ? nil : 0
        }
    }

    /// The id given to a mention of an event nothing on record matches and that is not the
    /// article's main one: claims beside it get no event. Never written into a claim.
    static let elsewhere = ""

    /// `id`, unless it only says "some other event".
    static func known(_ id: String) -> String? { id == elsewhere ? nil : id }

    static let backReferences: WordSet = WordSet(
        ["the", "this", "that", "today's", "yesterday's", "his", "her", "its", "their"].map(WordHash.of))

    /// Whether a bare "the blaze", "the collapse", "the vote" or "his motion of confidence" (a
    /// definite article or a possessive, no name of its own) refers back to the article's main
    /// event of the same kind; a word for any incident ("the disaster") to the main incident.
    /// A date of its own (`cue`) must fall near the main event's days: a wrong weekday is a
    /// disagreement about when it happened, not another event (issue 13).
    func refersBack(_ mention: EventMention, to main: String, cue: DateCues.Cue? = nil, tokens: [Token],
                    registry: ExtractionRegistry) -> Bool {
        // Capitalised words after the kind word that no place word introduces ("the march leaves
        // Harbour Square") are near it, not its name (as `createMainEvent` reads them).
        guard mention.properWords.isEmpty || (mention.namingWords == 0 && !mention.namesPlace),
              !mention.look.isAnotherOccurrence,
              mention.modifiers.isEmpty || mention.kind.followsCoverage,
              let profile = registry.eventProfile(main), let kind = profile.kind,
              profile.isCounter == mention.isCounter,
              kind.reportsAlike(mention.kind) || kind.isOneIncident(with: mention.kind)
                || (mention.kind == .incident && kind.followsCoverage)
        else { return false }
        if let cue {
            let after = kind.followsCoverage ? Window.followUp : Window.slack
            guard !cue.isEve, cue.isSpecific, cue.to.dayNumber >= profile.first - Window.slack,
                  cue.from.dayNumber <= profile.last + after else { return false }
        }
        // "Police used tear gas on some marches" in a strike report: a strike day's marches are
        // the strike's, however they are introduced; another protest would be named or dated.
        if kind == .strike, mention.kind == .protest, cue == nil { return true }
        var probe = mention.tokens.lowerBound - 1
        if probe >= 0, !mention.modifiers.isEmpty { probe -= mention.modifiers.count }
        return probe >= 0 && Self.backReferences.contains(tokens[probe].hash)
    }

    /// A new event for a mention nothing matched: "Harbour Street warehouse fire", dated by the
    /// sentence's date cue or the article's date. The id joins name and date, so two articles
    /// naming the same fire the same way meet even in separate runs.
    ///
    /// An incident the text does not date to a day ("a week after the floods", "last week's
    /// floods") is dated by the article but may have happened up to `Window.followUp` days
    /// before it: its profile reaches back that far, so coverage read in any order meets it.
    /// A date of the past that is not recent ("in 2019", "last October") dates it as before.
    ///
    /// A lasting incident the text dates as a span (`LastingIncident`) starts on its first day and
    /// ends on its last when the text says it ended; one still going on may be reported for
    /// `Window.followUp` days past the article, so next week's coverage meets it.
    func create(mention: EventMention, cue: DateCues.Cue?, span: LastingIncident.Span? = nil, tokens: [Token],
                text: [UInt8], registry: inout ExtractionRegistry) -> String? {
        let recent = cue.map { cue in
            cue.from != cue.to && cue.isSpecific
                && published.map { cue.to.dayNumber >= $0.dayNumber - Window.followUp } == true
        } ?? false
        let undated = cue == nil || recent
        guard let day = span?.start ?? (undated ? published : cue?.from) else { return nil }
        let name = mention.name(text: text, tokens: tokens)
        let id = Slug.make(name) + "-" + day.description
        guard Identifier.isValid(id) else { return nil }
        // A strike named after its employer ("Boeing machinists strike") has no place in the name.
        let place = mention.properWords.isEmpty || (mention.namedByActor && mention.kind == .strike) ? nil
            : mention.properWords.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let event = Event(id: id, name: name.prefix(1).uppercased() + name.dropFirst(), start: day,
                          end: span == nil ? day : span?.end, place: place)
        guard let span else {
            // A clause's day not written onto the mention may be a later turn ("the toll after the
            // collapse rose on Friday") or a wrong weekday: the incident may be a few days older,
            // so the first report, read later, still meets it (and dates it: `voteDate`).
            let loose = cue.map { !$0.isAttached && $0.from == $0.to } ?? false
            let back = !mention.kind.followsCoverage ? 0 : undated ? Window.followUp : loose ? Window.slack : 0
            return registry.addEvent(event, reachesBack: back)
        }
        let ongoing = span.end == nil ? max(0, (published ?? day).dayNumber - day.dayNumber) + Window.followUp : 0
        return registry.addEvent(event, reachesForward: ongoing)
    }
}
