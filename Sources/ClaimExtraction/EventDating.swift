import ClaimModel

/// When the event happened, as the article says it: `event-date` (an ISO day) and
/// `event-time` (HH:MM) claims, so the rules compare them when outlets disagree. The date of a
/// statement ("said on Sunday") is never one: clause dates leave statement dates out.
///
/// A clause dates an event in three ways:
/// - an occurrence cue of `event-date` ("broke out", "crashed", "will be held") with a date or
///   a clock time in its clause;
/// - a mention of the event with a date written onto it or standing right by it ("the summit
///   on Sunday", "Saturday's rally", "the referendums held in Italy on Sunday", "the 9:03 a.m.
///   crash");
/// - the article's lede: the first body sentence that gives a date says when the story
///   happened ("Nearly 180 people died on Sunday"), when that date fits the main event.
/// A date far from the event's own days is about something else (a toll that rose on
/// Tuesday), so it is no claim; a day after the publication date is a plan.
extension ClaimExtractor {
    /// What a clause dates: the event, the words that tie the date to it, and the date.
    struct TimingAnchor {
        var event: String
        var tokens: ClosedRange<Int>
        var cue: DateCues.Cue?
        /// Days a date may be from the event's own and still be about it.
        var slack: Int
        /// The clause's first clock time is the event's (an occurrence cue or a mention beside it).
        var readsTime: Bool
        var modality: Modality?
    }

    /// Tokens a date or clock time may stand from the mention it dates.
    static let timingReach = 8

    mutating func timingDrafts(_ context: ClauseContext) -> [Draft] {
        guard registry.attributes[Self.dateID] != nil || registry.attributes[Self.timeID] != nil,
              let anchor = timingAnchor(context) else { return [] }
        let tokens = context.tokens, clause = context.clause
        let day = anchor.cue.flatMap { registry.attributes[Self.dateID] == nil ? nil : self.day(of: $0, for: anchor) }
        let clock = anchor.readsTime && registry.attributes[Self.timeID] != nil && isOneDay(anchor.event)
            ? EventTiming.clockTime(tokens, range: clause.range, text: context.text)
                .flatMap { anchor.modality != nil || Self.gap($0.1, anchor.tokens) <= Self.timingReach ? $0 : nil }
                .flatMap { Self.endsAt($0.1, tokens: tokens, clause: clause.range) ? nil : $0 }
            : nil
        // The event's own entity is made only for a claim: most clauses that name an event date nothing.
        guard day != nil || clock != nil, let subject = eventEntity(anchor.event) else { return [] }
        let (speaker, attribution) = self.attribution(context.fact.voice, inQuote: false)
        var modality = anchor.modality ?? ModalityCues.modality(tokens: tokens, clause: clause.range,
            cue: anchor.tokens, subject: nil)
        var drafts: [Draft] = []
        if let cue = anchor.cue, let day {
            if modality == .asserted, let published = currentPublished, published < day { modality = .expected }
            let span = min(anchor.tokens.lowerBound, cue.position)...max(anchor.tokens.upperBound, cue.position)
            drafts.append(Draft(subject: subject, attribute: Self.dateID, value: .category(day.description), unit: nil,
                                speaker: speaker, attribution: attribution, modality: modality, event: anchor.event,
                                anchor: span))
        }
        if let (time, span) = clock {
            let whole = min(anchor.tokens.lowerBound, span.lowerBound)...max(anchor.tokens.upperBound, span.upperBound)
            drafts.append(Draft(subject: subject, attribute: Self.timeID, value: .category(time), unit: nil,
                                speaker: speaker, attribution: attribution, modality: modality, event: anchor.event,
                                anchor: whole))
        }
        return drafts
    }

    /// The first of the three ways (see the type's comment) that dates an event in this clause.
    mutating func timingAnchor(_ context: ClauseContext) -> TimingAnchor? {
        let fact = context.fact, clause = context.clause, tokens = context.tokens
        let clauseCue = fact.date(at: clause.range.lowerBound)
        if let occurrence = context.cues.first(where: { $0.cue.attribute == Self.dateID && $0.cue.value == nil }),
           let id = anchorEvent(occurrence.tokens, context) {
            var modality = ModalityCues.modality(tokens: tokens, clause: clause.range, cue: occurrence.tokens,
                subject: nil)
            // "will be held" carries its own plan.
            if modality == .asserted, occurrence.tokens.contains(where: {
                ModalityCues.table.match(tokens, at: $0,
                    limit: occurrence.tokens.upperBound + 1)?.value == .expected }) {
                modality = .expected
            }
            // The date must stand by the occurrence: "the fire that tore through the estate ... rose
            // to 55 on Thursday" dates the rise.
            // "from Wednesday, 54 days after the walkout began": a date or clock time outside the
            // elapsed phrase is the later moment's.
            let back = ElapsedOccurrence.phrase(pointingBackTo: occurrence.tokens, tokens: tokens,
                                                clause: clause.range)
            let cue = clauseCue.flatMap { found -> DateCues.Cue? in
                if let back, !back.contains(found.position) { return nil }
                return abs(found.position - occurrence.tokens.upperBound) <= 14 ? found : nil
            }
            let readsTime = back.map { phrase in
                EventTiming.clockTime(tokens, range: clause.range, text: context.text)
                    .map { phrase.contains($0.1.lowerBound) } ?? false
            } ?? true
            // "The strike, which began on 15 September, ended ...": the clause's date skips the
            // aside, but the mention's own relative clause dates it.
            if cue == nil, let attached = mentionAnchor(context, onlyAttached: true) { return attached }
            return TimingAnchor(event: id, tokens: occurrence.tokens, cue: cue, slack: EventResolver.Window.slack,
                                readsTime: readsTime, modality: modality)
        }
        if let anchor = mentionAnchor(context, onlyAttached: false) { return anchor }
        guard let mainEvent = context.mainEvent, let lede = ledeSentence, fact.sentence.tokens.lowerBound == lede,
              let cue = clauseCue, anchorEvent(clause.range.lowerBound...clause.range.lowerBound, context) == mainEvent
        else { return nil }
        return TimingAnchor(event: mainEvent, tokens: cue.position...cue.position, cue: cue,
            slack: ledeSlack(mainEvent, fact: fact, clause: clause), readsTime: false, modality: nil)
    }

    /// The event a clause's words at `anchor` are about.
    mutating func anchorEvent(_ anchor: ClosedRange<Int>, _ context: ClauseContext) -> String? {
        eventFor(anchor: anchor, clause: context.clause, fact: context.fact, mainEvent: context.mainEvent,
                 mainSeries: context.mainSeries, events: context.events)
    }

    /// The second way: a mention with a date written onto it or standing right by it, or a clock
    /// time beside it; with `onlyAttached`, only a date written onto it.
    mutating func mentionAnchor(_ context: ClauseContext, onlyAttached: Bool) -> TimingAnchor? {
        let fact = context.fact, clause = context.clause, tokens = context.tokens
        let clauseCue = fact.date(at: clause.range.lowerBound)
        // Without a date or a number anywhere near, no mention is dated: most clauses naming an event.
        let hasNumber = !fact.events.isEmpty && clause.range.contains { tokens[$0].kind == .number }
        let datable = !fact.events.isEmpty && (clauseCue != nil || mayHoldDate(tokens, fact.sentence.tokens))
        for entry in fact.events where (datable || hasNumber) && clause.contains(entry.mention.tokens.lowerBound) {
            // A bare mention nothing resolved ("the session opens at 3 p.m." in a vote's
            // coverage) is the clause's event; one resolved to somewhere else is not.
            guard entry.id != EventResolver.elsewhere, entry.id != nil ||
                entry.mention.properWords.isEmpty else { continue }
            // The clause's date is the mention's when no other event stands nearer to it.
            let cue = !datable ? nil : fact.eventDate(for: entry.mention, tokens: tokens, text: context.text,
                published: currentPublished)
                .flatMap { found -> DateCues.Cue? in
                    if found.isAttached { return found }
                    let reach = Self.gap(found.position...found.position, entry.mention.tokens)
                    let rival = fact.events.contains { other in
                        other.mention.tokens != entry.mention.tokens && clause.contains(other.mention.tokens.lowerBound)
                            && Self.gap(found.position...found.position, other.mention.tokens) < reach
                    }
                    return reach <= 14 && !rival ? found : nil
                }
            if onlyAttached, cue?.isAttached != true { continue }
            let clock = hasNumber && EventTiming.clockTime(tokens, range: clause.range, text: context.text)
                .map { Self.gap($0.1, entry.mention.tokens) <= Self.timingReach } ?? false
            guard cue != nil || clock, let id = entry.id ?? anchorEvent(entry.mention.tokens, context) else { continue }
            // A date only near an incident's mention may be the story's later turn ("the toll from
            // the fire rose to 9 on Wednesday"): only its own day counts.
            let attached = cue?.isAttached ?? false
            var slack = attached || !entry.mention.kind.followsCoverage ? EventResolver.Window.slack : 0
            // A clause looking back or ahead dates the event only on its own days (see `ledeSlack`).
            if !attached && entry.mention.look.isAside { slack = 0 }
            return TimingAnchor(event: id, tokens: entry.mention.tokens, cue: cue, slack: slack, readsTime: clock,
                modality: nil)
        }
        return nil
    }

    /// Days the lede's date may be from the main event's. An incident's lede may date a later
    /// turn of the story ("the toll rose on Monday"): only its own day (or the day beside it, a
    /// wrong weekday) is its date; and a lede looking back or ahead ("appointed on 9 September
    /// after the government lost a confidence vote") only on the event's own days.
    func ledeSlack(_ mainEvent: String, fact: SentenceFacts, clause: Clause) -> Int {
        if fact.events.contains(where: { clause.contains($0.mention.tokens.lowerBound) && $0.mention.look.isAside }) {
            return 0
        }
        return registry.eventProfile(mainEvent)?.kind?.followsCoverage == false ? EventResolver.Window.slack : 1
    }

    /// The day `cue` gives the anchor's event: one day, near the event's own days ("on
    /// Sunday" read as the coming Sunday when that is the scheduled event's), else nil.
    func day(of cue: DateCues.Cue, for anchor: TimingAnchor) -> Day? {
        guard cue.from == cue.to, !cue.isEve else { return nil }
        guard let event = registry.event(anchor.event) else { return cue.from }
        func fits(_ day: Day) -> Bool {
            day.dayNumber >= event.start.dayNumber - anchor.slack &&
                day.dayNumber <= (event.end ?? event.start).dayNumber + anchor.slack
        }
        var day = cue.from
        if let alternative = cue.alternative, !fits(cue.from), fits(alternative) { day = alternative }
        guard fits(day) else { return nil }
        // A later day of a two-day summit or vote ("voting ended on Monday") is part of it, not
        // a disagreement about when it happened: such an event is dated by its first day.
        if let end = event.end, end > event.start, day > event.start, !(end < day) { return nil }
        return day
    }

    /// Whether the event lasts one day: only then is a clock time in the text its time of day
    /// (polls that open at 7 a.m. on each of two days give no one time). A lasting incident's
    /// time of day is when it began ("the strike began at 12:01 a.m."), however long it ran.
    func isOneDay(_ id: String) -> Bool {
        guard let event = registry.event(id), let end = event.end else { return true }
        if let kind = registry.eventProfile(id)?.kind, LastingIncident.lastingKinds.contains(kind) { return true }
        return end == event.start
    }

    static let endings: WordSet = WordSet(["closed", "close", "closes", "closing", "ended", "ends", "end", "until",
        "till",
                                           "finished", "finishes", "wrapped", "concluded", "adjourned",
                                               "to"].map(WordHash.of))

    /// "closed at 3 p.m.", "until 11 p.m.": the time something ended, not when it happened.
    static func endsAt(_ span: ClosedRange<Int>, tokens: [Token], clause: Range<Int>) -> Bool {
        (max(clause.lowerBound, span.lowerBound - 2)..<span.lowerBound).contains { endings.contains(tokens[$0].hash) }
    }

    /// Whether a clause with no cue, number or person may still date an event: it has a date
    /// and names an event, or it is the lede's.
    func mayDateEvent(_ fact: SentenceFacts, _ clause: Clause) -> Bool {
        fact.date(at: clause.range.lowerBound) != nil && (!fact.events.isEmpty ||
            fact.sentence.tokens.lowerBound == ledeSentence)
    }

    /// The first token of the article's lede: the first of its first two body sentences that
    /// gives a date (a headline is not the body).
    func lede(_ facts: [SentenceFacts], tokens: [Token], title: String?, text: [UInt8]) -> Int? {
        // By position: a sentence not read further (no cue, number or date) still counts as one.
        let body = facts.lazy.filter { !$0.sentence.tokens.isEmpty && !self.isHeadline($0, tokens: tokens, title: title,
            text: text) }
        return body.prefix(2).first { $0.clauseDates.contains { $0 != nil } }?.sentence.tokens.lowerBound
    }
}
