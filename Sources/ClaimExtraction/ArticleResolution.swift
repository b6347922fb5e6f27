import ClaimModel

/// What resolution decided about one article, line by line, apart from its claims: which
/// event each line is about and which entities it names. Scoring reads it (an event is
/// resolved for a line even where no claim was extracted from it), and so does a curator
/// checking why a claim landed where it did.
public struct ArticleResolution: Sendable, Equatable {
    /// An entity named on a line.
    public struct Link: Sendable, Equatable {
        public var line: Int
        public var entityID: String
        public var kind: Entity.Kind?
    }

    /// The event the text dates, with the line that dates it ("broke out on Sunday").
    public struct EventDate: Sendable, Equatable {
        public var event: String
        public var day: Day
        public var line: Int
    }

    /// The article's main event: what its opening is about.
    public var mainEvent: String?
    /// The event of each line's first sentence (lines without sentences are absent).
    public var lineEvents: [Int: String] = [:]
    public var links: [Link] = []
    /// When the text says the main event happened; nil when only the publication date dates it.
    public var eventDate: EventDate?

    public init(mainEvent: String? = nil, lineEvents: [Int: String] = [:], links: [Link] = [],
                eventDate: EventDate? = nil) {
        self.mainEvent = mainEvent
        self.lineEvents = lineEvents
        self.links = links
        self.eventDate = eventDate
    }
}

extension ClaimExtractor {
    /// Lines, events and links of an article whose facts are read (step 3 done).
    mutating func resolution(_ facts: [SentenceFacts], article: Article, tokens: [Token], mainEvent: String?,
                             mainSeries: String?, events: EventResolver, claims: [Claim]) -> ArticleResolution {
        var result = ArticleResolution(mainEvent: mainEvent)
        guard recordsResolution else {
            noteEvents(facts, article: article, tokens: tokens, mainEvent: mainEvent, into: &result)
            return result
        }
        // A claim's subject and speaker are links too, where a pronoun or an implied subject
        // ("194 gave him their confidence") names nobody in the text.
        for claim in claims {
            var ids = [claim.subject]
            if case .entity(let speaker) = claim.speaker { ids.append(speaker) }
            for id in ids {
                result.links.append(ArticleResolution.Link(line: claim.evidence.line, entityID: id,
                                                           kind: registry.kindOf(id)))
            }
        }
        var votes: [Int: [String: Int]] = [:]
        for fact in facts {
            guard let first = fact.sentence.tokens.first else { continue }
            let line = article.text.line(at: tokens[first].start)
            var event = mainEvent
            // A sentence naming no event and no date is the main event's (what eventFor says).
            if !fact.events.isEmpty || fact.clauseDates.contains(where: { $0 != nil }), let clause = fact.clauses.first,
               let last = clause.range.last {
                event = eventFor(anchor: clause.range.lowerBound...last, clause: clause, fact: fact,
                                 mainEvent: mainEvent, mainSeries: mainSeries, events: events)
            }
            // The registered part the clause is about, as its claims get it (`event(near:)`).
            // A sentence not read further is one clause, as `EventParts` reads it.
            let clause = fact.clauses.first ?? Clause(range: fact.sentence.tokens, asides: [])
            if let base = event, let parts, let last = clause.range.last {
                event = parts.member(for: clause, anchor: clause.range.lowerBound...last, base: base) ?? base
            }
            // A sentence naming or dating its event outvotes one that only inherits the main event.
            let own = fact.events.contains { $0.id.flatMap(EventResolver.known) != nil }
                || fact.clauseDates.contains { $0 != nil }
            if let event { votes[line, default: [:]][event, default: 0] += own ? 2 : 1 }
            for mention in fact.mentions {
                let mentionLine = article.text.line(at: tokens[mention.tokens.lowerBound].start)
                result.links.append(ArticleResolution.Link(line: mentionLine, entityID: mention.entityID,
                                                           kind: mention.kind))
            }
        }
        noteEvents(facts, article: article, tokens: tokens, mainEvent: mainEvent, into: &result)
        // A paragraph is one line: it is about the event most of its sentences are about,
        // the main event on a tie.
        for (line, counts) in votes {
            result.lineEvents[line] = counts.max { a, b in
                (a.value, a.key == mainEvent ? 1 : 0, b.key) < (b.value, b.key == mainEvent ? 1 : 0, a.key)
            }?.key
        }
        return result
    }

    /// What every extraction records, lines or not: where discovered events were read, the
    /// date the text gives the main event, and the main event's words for the next article.
    mutating func noteEvents(_ facts: [SentenceFacts], article: Article, tokens: [Token], mainEvent: String?,
                             into result: inout ArticleResolution) {
        var words: [UInt64] = []
        for index in facts.indices where !facts[index].events.isEmpty {
            for entry in facts[index].events {
                guard let id = entry.id.flatMap(EventResolver.known) else { continue }
                let line = article.text.line(at: tokens[entry.mention.tokens.lowerBound].start)
                registry.noteEvidence(id, Evidence(file: article.fileName, line: line))
                if id == mainEvent { words += entry.mention.properHashes }
                if result.eventDate == nil, id == mainEvent, let day = textDate(of: id, in: facts[index]) {
                    result.eventDate = ArticleResolution.EventDate(event: id, day: day, line: line)
                }
            }
        }
        if let mainEvent { registry.enrichEvent(mainEvent, words: words) }
        // The day this article's text gives its created event counts towards the event's date.
        if let date = result.eventDate { registry.voteDate(date.event, day: date.day) }
        // A strike still going on in this article's days may be reported two weeks past them.
        if let mainEvent, let day = article.metadata.published?.dayNumber,
           let kind = registry.eventProfile(mainEvent)?.kind, LastingIncident.lastingKinds.contains(kind) {
            registry.extendCreatedEvent(mainEvent, through: day + EventResolver.Window.followUp)
        }
    }

    /// The registered (or already discovered) event the headline names: "Xi to skip Rio BRICS
    /// summit" is about the Rio summit even when the first sentence recalls an earlier one.
    /// A headline never creates an event: its capitals make every word look like a name.
    func titleEvent(_ article: Article, events: EventResolver) -> String? {
        guard let title = article.metadata.title else { return nil }
        let text = Array(title.utf8)
        let tokens = Tokenizer.tokens(in: text)
        let cue = DateCues.find(in: tokens, range: 0..<tokens.count, text: text, published: article.metadata.published)
        for mention in EventMention.find(in: tokens, range: 0..<tokens.count, text: text)
            where !mention.properWords.isEmpty {
            if let id = events.resolve(mention: mention, cue: cue, sentenceWords: [], registry: registry,
                                       preferredSeries: nil) {
                return id
            }
        }
        return nil
    }

    /// A mention that names an event other than the article's main one and that nothing on
    /// record matches: "the crash of Air Flight 12 near Tarn in April 2002", "at the spring
    /// meeting in Rome". An incident named or dated away from the main event becomes an event
    /// of its own (dated by the text); anything else is `EventResolver.elsewhere`, so figures
    /// beside it belong to no event rather than to the main one.
    mutating func otherEvent(_ mention: EventMention, cue: DateCues.Cue?, mainEvent: String?, tokens: [Token],
                             text: [UInt8], events: EventResolver) -> String? {
        // "The previous crash", "next year's summit" without a date: some other occurrence.
        if mention.look.isAnotherOccurrence, cue == nil { return EventResolver.elsewhere }
        // "the Harbour Forum vote": a vote held at the main event, which its names name.
        if let mainEvent, !mention.kind.followsCoverage, mention.namingWords > 0,
           cue.map({ isWithin($0, mainEvent) }) ?? true,
           let profile = registry.eventProfile(mainEvent),
           mention.properHashes.prefix(mention.namingWords).allSatisfy(profile.words.contains) { return mainEvent }
        // A country's possessive names it too: "Sweden's election" is Sweden's, not the main vote.
        let named = mention.namingWords > 0
            || (mention.kind.followsCoverage ? mention.properWords.count >= 2 : mention.namesPlace)
            || mention.owner.map { ElectionPolity.countryOfWord[$0] != nil } ?? false
        var awayFromMain = false
        if let cue, !cue.isEve {
            awayFromMain = true
            if let main = mainEvent.flatMap({ registry.event($0) }) {
                let slack = mention.kind.followsCoverage ? EventResolver.Window.followUp : 0
                awayFromMain = (main.end ?? main.start).dayNumber + slack < cue.from.dayNumber || cue.to < main.start
            }
        }
        guard named || awayFromMain || (cue?.isAttached ?? false) else { return nil }
        if mention.kind.followsCoverage {
            // Near the main event's days, another name is more likely the same fire's.
            guard awayFromMain else { return nil }
            return events.create(mention: mention, cue: cue, tokens: tokens, text: text, registry: &registry)
        }
        return named || awayFromMain ? EventResolver.elsewhere : nil
    }

    /// The main event made from the first incident (or named meeting, or referendum held:
    /// `HeldReferendum`) the opening sentences name. One the text dates long before the article
    /// ("the deadliest fire since 1948", "the 2019 floods") is background when a later opening
    /// sentence names another: the story is what happened around the article's days. A lasting
    /// incident counts from its start, so it is never background; with nothing else named, the
    /// first is made as before.
    mutating func createOpeningEvent(_ opening: [SentenceFacts], facts: [SentenceFacts],
                                     _ reading: ArticleReading) -> String? {
        let tokens = reading.tokens, text = reading.text, published = reading.published
        var first: (mention: EventMention, cue: DateCues.Cue?)?
        for fact in opening {
            guard let mention = fact.events.map(\.mention).first(where: { mention in
                let newsworthy = mention.kind.isNewsworthyOnItsOwn
                    && (!mention.properWords.isEmpty || mention.kind != .meeting)
                return !mention.look.isAnotherOccurrence
                    && (newsworthy || HeldReferendum.isHeld(
                        mention, cue: fact.eventDate(for: mention, tokens: tokens, text: text, published: published),
                        sentence: fact.sentence.tokens, tokens: tokens, published: published))
            }) else { continue }
            let cue = fact.eventDate(for: mention, tokens: tokens, text: text, published: published)
            if first == nil { first = (mention, cue) }
            let isBackground = cue.map { cue in
                !LastingIncident.lasts(mention, tokens: tokens)
                    && published.map { cue.to.dayNumber < $0.dayNumber - EventWindow.aftermath } == true
            } ?? false
            if !isBackground { return createMainEvent(mention, cue: cue, facts: facts, reading) }
        }
        guard let first else { return nil }
        return createMainEvent(first.mention, cue: first.cue, facts: facts, reading)
    }

    /// The article's main event, created for `mention` when nothing on record matched. A lasting
    /// incident is dated by the span its sentences give (`LastingIncident`) and, when the mention
    /// names nobody, named after whom the article is about (`IncidentName`; another incident with
    /// no name, after its dateline's place); with a span, an event
    /// another article created for the same incident is found by the span's first day before a
    /// new one is made, so the weeks of one strike meet whatever order they are read in.
    mutating func createMainEvent(_ mention: EventMention, cue: DateCues.Cue?, facts: [SentenceFacts],
                                  _ reading: ArticleReading) -> String? {
        let tokens = reading.tokens, text = reading.text
        var mention = mention
        let lasts = LastingIncident.lasts(mention, tokens: tokens)
        // Capitalised words after the kind word with no place word before them ("a strike that shut
        // the company's Seattle-area and Portland factories") are near it, not its name. Any other
        // incident with no name at all is named by the dateline's place ("VALENCIA -- Floods ...").
        if mention.kind.followsCoverage, mention.namingWords == 0, !mention.namesPlace,
           lasts || mention.properWords.isEmpty,
           let own = facts.first(where: { $0.sentence.tokens.contains(mention.tokens.lowerBound) }) {
            let title = reading.article.metadata.title
            let lede = facts.first { !$0.sentence.tokens.isEmpty && !isHeadline($0, tokens: tokens, title: title,
                                                                                 text: text) }
            let actor = lasts ? IncidentName.actor(of: mention, own: own, lede: lede, tokens: tokens, text: text)
                : lede.flatMap { IncidentName.datelinePlace($0, tokens: tokens, text: text) }
            if let actor, !actor.words.isEmpty { mention.adopt(actor) }
        }
        // A referendum is the country's: unnamed, every referendum of one Sunday would be one event.
        if mention.kind == .election, mention.properWords.isEmpty,
           let own = facts.first(where: { $0.sentence.tokens.contains(mention.tokens.lowerBound) }),
           let country = own.mentions.first(where: { $0.kind == .country && !$0.isDemonym }),
           let name = registry.entities[country.entityID]?.name {
            let words = Tokenizer.tokens(in: Array(name.utf8)).filter { $0.kind == .word }
            mention.adopt(IncidentName.Actor(words: words.map { String(decoding: Array(name.utf8)[$0.start..<$0.end],
                                                                       as: UTF8.self) },
                                             hashes: words.map(\.hash), modifier: nil))
        }
        guard lasts, let published = reading.published else {
            return reading.events.create(mention: mention, cue: cue, tokens: tokens, text: text, registry: &registry)
        }
        let naming = facts.filter { fact in
            fact.events.contains { $0.mention.kind == mention.kind
                && LastingIncident.lasts($0.mention, tokens: tokens) }
        }
        let span = LastingIncident.span(in: naming.map(\.sentence.tokens), tokens: tokens, text: text,
                                        published: published)
        if let span {
            let first = DateCues.Cue(from: span.start, to: span.start, position: mention.tokens.lowerBound)
            // Only another article's creation of the same kind: anything on record was tried before.
            if let id = reading.events.resolve(mention: mention, cue: first, sentenceWords: [], registry: registry,
                                               preferredSeries: nil),
               registry.isCreated(id), registry.eventProfile(id)?.kind == mention.kind { return id }
        }
        return reading.events.create(mention: mention, cue: cue, span: span, tokens: tokens, text: text,
                                     registry: &registry)
    }

    /// Whether a date cue falls on the days of `event`.
    func isWithin(_ cue: DateCues.Cue, _ event: String) -> Bool {
        guard let record = registry.event(event) else { return false }
        return !((record.end ?? record.start) < cue.from) && !(cue.to < record.start)
    }

    /// The event on record at an article's place and time, for an article that names none:
    /// "BELÉM -- The rainforest fund got off to a start on Thursday" is about the Belém
    /// summit of those days. The capitalised words of the title and the first two sentences
    /// against the events within a few days of publication; a tie decides nothing.
    func placeEvent(_ article: Article, facts: [SentenceFacts], tokens: [Token]) -> String? {
        guard let day = article.metadata.published?.dayNumber else { return nil }
        var words: Set<UInt64> = []
        let titleTokens = Tokenizer.tokens(in: Array((article.metadata.title ?? "").utf8))
        for token in titleTokens where token.isCapitalized { words.insert(token.hash) }
        for fact in facts.prefix(2) {
            for index in fact.sentence.tokens where tokens[index].kind == .word && tokens[index].isCapitalized {
                words.insert(tokens[index].hash)
            }
        }
        let look = openingLook(facts.prefix(2), tokens: tokens, title: titleTokens)
        let reach = EventWindow.openingReach
        var best: (shared: Int, index: Int)?
        var tied = false
        for index in registry.eventIndex.candidates(from: day - reach.after, to: day + reach.before) {
            let profile = registry.eventProfiles[index]
            guard EventWindow.ofOpening(kind: profile.kind, look: look).fits(profile, day: day) else { continue }
            let shared = words.filter(profile.words.contains).count
            guard shared > 0 else { continue }
            if let current = best, shared <= current.shared { tied = tied || shared == current.shared; continue }
            best = (shared, index)
            tied = false
        }
        guard let best, !tied else { return nil }
        return registry.events[best.index].id
    }

    /// How the title and the opening sentences look at their event (see `EventLook.ofText`).
    func openingLook(_ facts: ArraySlice<SentenceFacts>, tokens: [Token], title: [Token]) -> EventLook {
        let inTitle = EventLook.ofText(title, range: 0..<title.count)
        if inTitle != .none { return inTitle }
        for fact in facts {
            let look = EventLook.ofText(tokens, range: fact.sentence.tokens)
            if look != .none { return look }
        }
        return .none
    }

    /// The day a sentence gives for `event` when one of its mentions resolved to it with a
    /// specific date of its own clause ("the fire broke out on Sunday").
    func textDate(of event: String, in fact: SentenceFacts) -> Day? {
        for entry in fact.events where entry.id == event {
            if let cue = fact.date(at: entry.mention.tokens.lowerBound), !cue.isEve,
               cue.from == cue.to { return cue.from }
        }
        return nil
    }

    /// The day each draft's statement was made when its sentence dates it ("police said on
    /// Sunday"): the draft's `said`. Only sentences holding drafts are read, once each.
    func statementDays(_ facts: [SentenceFacts], drafts: inout [Draft], tokens: [Token], text: [UInt8],
                       published: Day?) {
        guard published != nil, !drafts.isEmpty else { return }
        var days: [Int: Day?] = [:]  // by the sentence's first token
        for index in drafts.indices {
            let anchor = drafts[index].anchor.lowerBound
            // Sentences are in token order: the last one starting at or before the anchor.
            var low = 0, high = facts.count
            while low < high {
                let mid = (low + high) / 2
                if facts[mid].sentence.tokens.lowerBound <= anchor { low = mid + 1 } else { high = mid }
            }
            guard low > 0 else { continue }
            let range = facts[low - 1].sentence.tokens
            if days[range.lowerBound] == nil {
                let dated = range.contains { DateCues.mayDateAStatement(tokens[$0].hash) }
                days[range.lowerBound] = dated ? DateCues.statement(in: tokens, range: range, text: text,
                                                                    published: published) : nil
            }
            drafts[index].said = days[range.lowerBound] ?? nil
        }
    }
}

extension ClaimExtractor.SentenceFacts {
    /// The date of an event mention: one written onto it or its relative clause ("the strike,
    /// which began on 15 September"), else its clause's first date.
    func eventDate(for mention: EventMention, tokens: [Token], text: [UInt8], published: Day?) -> DateCues.Cue? {
        let before = mention.tokens.lowerBound - mention.namingWords - mention.modifiers.count
        return DateCues.attached(to: mention.tokens, before: before, in: tokens, sentence: sentence.tokens, text: text,
                                 published: published)
            ?? RelativeEventDate.cue(after: mention, sentence: sentence.tokens, tokens: tokens, text: text,
                                     published: published)
            ?? date(at: mention.tokens.lowerBound)
    }
}
