import ClaimModel

/// Reads articles into claims: who (entities), what (attribute cues and numbers), how sure
/// (modality), whose words (attribution) and which event, with the evidence line and span.
///
/// The extractor keeps one registry across articles, so entities and events it creates for
/// the first article are found again in the next; `registry.newEntities` and `newEvents` are
/// what a claims folder must add for `check` to accept the output.
public struct ClaimExtractor: Sendable {
    public internal(set) var registry: ExtractionRegistry
    let units: UnitNouns
    /// Role tables by the set of roles held on the article's day: offices change rarely, so a
    /// whole archive shares a few tables.
    private var resolvers: [[Bool]: EntityResolver] = [:]
    /// The ways each person's offices are written, built on first mention.
    var offices = OfficeReader()
    /// Why the last number `quantityDraft` declined was not placed.
    var dropReason = DropReason.noUnit
    var dropExcluded = false
    /// A measure the last change named but no owner was found for ("its passenger numbers").
    var ownerlessMeasure: String?
    /// The organisation the article names most: whose revenue and profit a bare figure is.
    var articleCompany: String?
    /// The group the article names most: whose counts a figure without a named subject is.
    var articleGroup: String?
    /// With `explains`, every article's reading is traced sentence by sentence (`extract --explain`).
    public var explains = false
    /// Record each line's event and each name's entity in `ExtractedArticle.resolution`, for
    /// scoring (`evaluate`); extraction itself does not need them.
    public var recordsResolution = false
    /// The article being read: its publication date and the first token of its lede (see
    /// `EventDating`), set before its claims are made.
    var currentPublished: Day?
    var ledeSentence: Int?
    /// Which part of the main event's family each clause of the article is about (`EventParts`).
    var parts: EventParts?
    /// Each main event's family, found once per batch: nil for an event that stands alone.
    var families: [String: EventFamily?] = [:]

    public init(registry: ExtractionRegistry) {
        self.registry = registry
        units = UnitNouns(units: Set(registry.attributes.values.flatMap(\.units)))
    }

    /// A claim before it is final: what supersession and de-duplication need besides the claim.
    struct Draft {
        var subject: String
        var attribute: String
        var value: ClaimValue
        var unit: String?
        var speaker: Speaker
        var attribution: Attribution
        var modality: Modality
        var event: String?
        /// Token range the evidence span covers.
        var anchor: ClosedRange<Int>
        var isUpdate = false
        var isInitial = false
        var note: String?
        /// When the sentence dates its statement ("said on Sunday"); else the publication date.
        var said: Day?
        /// Where the same claim stands again (a repeated paragraph).
        var repeats: [ClosedRange<Int>] = []

        var key: DraftKey {
            DraftKey(subject: subject, attribute: attribute, value: value, unit: unit, speaker: speaker,
                     attribution: attribution, modality: modality, event: event)
        }
    }

    struct DraftKey: Hashable {
        var subject: String, attribute: String, value: ClaimValue, unit: String?, speaker: Speaker
        var attribution: Attribution, modality: Modality, event: String?

        /// Subject, attribute and value tell almost all drafts apart; equality still compares
        /// every field.
        func hash(into hasher: inout Hasher) {
            hasher.combine(subject)
            hasher.combine(attribute)
            hasher.combine(value)
        }
    }

    /// Everything known about one sentence before claims are made.
    struct SentenceFacts {
        var sentence: Sentence
        var clauses: [Clause]
        /// The date each clause gives, if any (relative clauses not read).
        var clauseDates: [DateCues.Cue?]
        var mentions: [EntityMention]
        var events: [ResolvedEvent]
        /// Capitalised words after the first, as hashes: names that may match an event's.
        var words: Set<UInt64>
        /// Attribute cues found in the sentence as a whole (the test for reading it further).
        var cues: [AttributeCues.Match] = []
        var voice: AttributionDetector.Voice?
        /// The last person named before this sentence, for "he" and "she".
        var previousPerson: String?

        func clauseIndex(of token: Int) -> Int { clauses.firstIndex { $0.range.contains(token) } ?? 0 }
        func date(at token: Int) -> DateCues.Cue? { clauseDates.isEmpty ? nil : clauseDates[clauseIndex(of: token)] }
    }

    struct ResolvedEvent {
        var mention: EventMention
        var id: String?
    }

    static let eve = WordHash.of("eve")

    /// One article as the steps of `extract` read it: its text and tokens, where its quotations
    /// stand, its date, the event resolver of its date, and (from step 2) its main event.
    struct ArticleReading {
        var article: Article
        var text: [UInt8]
        var tokens: [Token]
        var quotes: [Int]
        var published: Day?
        var events: EventResolver
        var mainEvent: String?
        var mainSeries: String?
    }

    /// The claims of one article as step 4 makes them, with what it could not place and, with
    /// `explains`, the trace of its reading.
    struct ArticleDrafts {
        var drafts: [Draft] = []
        var unplaced: [UnplacedFigure] = []
        var trace: [String] = []
        /// The subjects of the categories and flags read so far, for "it" and "they".
        var lastSubjects: [String] = []
    }

    public mutating func extract(_ article: Article) -> ExtractedArticle {
        let text = article.text.bytes
        let tokens = Tokenizer.tokens(in: text)
        let sentences = SentenceSplitter.split(tokens)
        let published = article.metadata.published
        var reading = ArticleReading(article: article, text: text, tokens: tokens,
                                     quotes: QuotationMarks.regions(tokens), published: published,
                                     events: EventResolver(published: published))
        var facts = sentenceFacts(sentences, reading)
        resolveInContext(&facts, tokens: tokens, text: text)
        reading.mainEvent = mainEvent(facts, reading)
        reading.mainSeries = reading.mainEvent.flatMap { id in registry.event(id)?.series }
        resolveEventsAndVoices(&facts, reading)
        assignQuotationVoices(&facts, tokens: tokens, quotes: reading.quotes)
        continueVoices(&facts, tokens: tokens)
        let family = reading.mainEvent.flatMap { self.family(of: $0) }
        parts = family.map { EventParts(family: $0, facts: facts, tokens: tokens) }
        parts?.retarget(&facts)
        let drafts = claimDrafts(facts, reading)
        return finished(drafts, facts: facts, reading)
    }

    // MARK: - Step 1: facts per sentence

    /// What each sentence names, and for a sentence that may hold a claim its clauses, cues,
    /// dates and event mentions.
    mutating func sentenceFacts(_ sentences: [Sentence], _ reading: ArticleReading) -> [SentenceFacts] {
        let signature = registry.roleSignature(on: reading.published)
        let entities = resolvers[signature] ?? EntityResolver(registry: registry, day: reading.published)
        resolvers[signature] = entities
        var facts: [SentenceFacts] = []
        facts.reserveCapacity(sentences.count)
        for sentence in sentences {
            facts.append(sentenceFact(sentence, isOpening: facts.count < 4, entities: entities, reading))
        }
        return facts
    }

    mutating func sentenceFact(_ sentence: Sentence, isOpening: Bool, entities: EntityResolver,
                               _ reading: ArticleReading) -> SentenceFacts {
        let tokens = reading.tokens, text = reading.text, range = sentence.tokens
        let mentions = entities.mentions(in: tokens, range: range, text: text, registry: &registry)
        // Most sentences hold no cue, no number and no event: they only name people (for
        // "he" and "she" later), so the rest of the reading is skipped.
        let cues = registry.cues.matches(in: tokens, range: range)
        let eventMentions = EventMention.find(in: tokens, range: range, text: text)
        // A count cue says nothing without a number, and an occurrence cue ("broke out")
        // nothing without a date: only a valued cue makes a sentence worth reading alone, or
        // a date in the opening sentences, which may say when the story happened.
        // "Profit fell by a fifth", "revenue doubled": a change written without digits.
        let holdsNumber = mayHoldNumber(tokens, range)
            || (cues.contains { $0.cue.attribute == Self.percentChangeID } && FractionChange.mayHold(tokens, range))
        // A win needs neither ("Quill won best actress for Grey Harbour").
        let worthReading = !eventMentions.isEmpty || holdsNumber
            || cues.contains { $0.cue.value != nil || $0.cue.attribute == Self.winnerID }
            || ((!cues.isEmpty || isOpening) && mayHoldDate(tokens, range))
        guard worthReading else {
            return SentenceFacts(sentence: sentence, clauses: [], clauseDates: [], mentions: mentions, events: [],
                                 words: [])
        }
        let clauses = Clause.split(tokens, sentence: range)
        // A dateline ("BRASÍLIA, July 4 --") dates the report, not what the sentence tells.
        let dateline = Self.dateline(tokens, range, text: text)
        let dates = clauses.map {
            DateCues.find(in: tokens, range: $0.range, text: text, published: reading.published,
                          skipping: dateline.isEmpty ? $0.asides : $0.asides + dateline)
        }
        var words: Set<UInt64> = []
        // Only event resolution reads these: for a sentence that names an event or a date.
        if !eventMentions.isEmpty || dates.contains(where: { $0 != nil }) {
            for index in range where tokens[index].isCapitalized && index > range.lowerBound {
                words.insert(tokens[index].hash)
            }
        }
        let resolved = eventMentions.map { ResolvedEvent(mention: $0, id: nil) }
        return SentenceFacts(sentence: sentence, clauses: clauses, clauseDates: dates, mentions: mentions,
                             events: resolved, words: words, cues: cues)
    }

    // MARK: - Step 2: the article's main event

    /// The first event the opening resolves to, else a new one named by the opening, else one
    /// found by the article's place.
    mutating func mainEvent(_ facts: [SentenceFacts], _ reading: ArticleReading) -> String? {
        let tokens = reading.tokens, text = reading.text, published = reading.published
        if let named = titleEvent(reading.article, events: reading.events) { return named }
        // First an event near the article's date ("at last October's summit in Kazan" is
        // background to a July report), then any event anywhere (the opening comes first, so its
        // events are still preferred).
        for pass in 0..<2 {
            for (index, fact) in facts.enumerated() where pass == 1 || index < 8 {
                // "The previous crash", "next year's summit": another occurrence is never the story's.
                for entry in fact.events where !entry.mention.look.isAnotherOccurrence {
                    let cue = fact.eventDate(for: entry.mention, tokens: tokens, text: text, published: published)
                    if let id = reading.events.resolveNamed(entry.mention, cue: cue?.isEve == true ? nil : cue,
                                                            sentenceWords: fact.words, registry: registry,
                                                            preferredSeries: nil),
                       pass > 0 || isNear(id, published),
                       !HeldReferendum.isOtherCountrys(id, facts: facts.prefix(8), registry: registry) {
                        return id
                    }
                }
            }
        }
        // A new event is named from the first body sentence that names one; headlines are
        // title-cased and would make every word look like a place.
        let title = reading.article.metadata.title
        let body = facts.prefix(8).filter {
            $0.sentence.tokens.count > 0 && !isHeadline($0, tokens: tokens, title: title, text: text)
        }
        if let created = createOpeningEvent(body + facts.prefix(8), facts: facts, reading) { return created }
        if let placed = placeEvent(reading.article, facts: facts, tokens: tokens) { return placed }
        return eventByPlace(facts.prefix(3), tokens: tokens, published: published)
    }

    // MARK: - Step 3: events per mention, and voices

    /// Resolves every event mention, and gives each sentence its voice (who is speaking) and the
    /// last person named before it.
    mutating func resolveEventsAndVoices(_ facts: inout [SentenceFacts], _ reading: ArticleReading) {
        var lastPerson: String?
        var lastOrganisation: String?
        for index in facts.indices {
            resolveEvents(of: &facts[index], reading)
            let fact = facts[index]
            facts[index].previousPerson = lastPerson
            let voice = AttributionDetector.voice(tokens: reading.tokens, range: fact.sentence.tokens,
                                                  mentions: fact.mentions, lastPerson: lastPerson,
                                                  lastOrganisation: lastOrganisation, text: reading.text)
            if let entity = voice?.newEntity { registry.addEntity(entity) }
            if let voice, case .entity(let id) = voice.speaker, registry.entities[id] == nil,
               let mention = fact.mentions.first(where: { $0.entityID == id }), case .new(let entity) = mention.form {
                registry.addEntity(entity)
            }
            facts[index].voice = voice
            for mention in fact.mentions where reading.quotes[mention.tokens.lowerBound] == 0 {
                if mention.kind == .person { lastPerson = mention.entityID }
                if mention.kind == .organisation { lastOrganisation = mention.entityID }
            }
        }
    }

    mutating func resolveEvents(of fact: inout SentenceFacts, _ reading: ArticleReading) {
        for (position, entry) in fact.events.enumerated() {
            let cue = eventCue(of: entry, in: fact, reading)
            if let mainEvent = reading.mainEvent,
               reading.events.refersBack(entry.mention, to: mainEvent, cue: cue, tokens: reading.tokens,
                                         registry: registry) {
                fact.events[position].id = mainEvent  // "the blaze": the article's own fire
                continue
            }
            var id = reading.events.resolveNamed(entry.mention, cue: cue, sentenceWords: fact.words, registry: registry,
                                                 preferredSeries: reading.mainSeries)
            // "Tannen voters said no in Sunday's referendum": not the one made for Ostmark that day.
            if let found = id, HeldReferendum.isOtherCountrys(found, facts: [fact], registry: registry) { id = nil }
            // "The previous crash of the same model": never the article's own crash.
            if entry.mention.look.isAnotherOccurrence, id == reading.mainEvent { id = nil }
            if id == nil {
                id = otherEvent(entry.mention, cue: cue, mainEvent: reading.mainEvent, tokens: reading.tokens,
                                text: reading.text, events: reading.events)
            }
            fact.events[position].id = id
        }
    }

    /// The date an event mention is given: its sentence's, when no other event of its clause
    /// stands nearer the date; for "on the eve of" another event, the day before that one.
    func eventCue(of entry: ResolvedEvent, in fact: SentenceFacts, _ reading: ArticleReading) -> DateCues.Cue? {
        let tokens = reading.tokens
        var cue = fact.eventDate(for: entry.mention, tokens: tokens, text: reading.text, published: reading.published)
        // A date belongs to the event named nearest to it in its clause.
        if let found = cue {
            let clause = fact.clauseIndex(of: entry.mention.tokens.lowerBound)
            let rivals = fact.events.filter { fact.clauseIndex(of: $0.mention.tokens.lowerBound) == clause }
            let nearest = rivals.min {
                abs($0.mention.tokens.lowerBound - found.position) < abs($1.mention.tokens.lowerBound - found.position)
            }
            if let nearest, nearest.mention.tokens != entry.mention.tokens, !found.isEve, !found.isAttached {
                cue = nil
            }
        }
        guard cue?.isEve == true else { return cue }
        // "on the eve of the Paris meeting": that meeting is the reference; whatever else the
        // clause names happened the day before it.
        func followsEve(_ mention: EventMention, from start: Int) -> Bool {
            let first = mention.tokens.lowerBound
            return (max(start, first - 4)..<first).contains { tokens[$0].hash == Self.eve }
        }
        if followsEve(entry.mention, from: fact.sentence.tokens.lowerBound) { return nil }
        let reference = fact.events.first { followsEve($0.mention, from: 0) }
        let referenceDay = reference.flatMap {
            reading.events.resolve(mention: $0.mention, cue: nil, sentenceWords: fact.words, registry: registry,
                                   preferredSeries: reading.mainSeries)
        }.flatMap { id in registry.event(id)?.start }
        guard let referenceDay else { return cue }
        let day = Day(dayNumber: referenceDay.dayNumber - 1)
        return DateCues.Cue(from: day, to: day)
    }

    // MARK: - Step 4: claims

    /// Drafts the claims of every sentence, clause by clause.
    mutating func claimDrafts(_ facts: [SentenceFacts], _ reading: ArticleReading) -> ArticleDrafts {
        currentPublished = reading.published
        ledeSentence = lede(facts, tokens: reading.tokens, title: reading.article.metadata.title, text: reading.text)
        articleGroup = dominantGroup(facts, mainEvent: reading.mainEvent)
        articleCompany = dominantGroup(facts, mainEvent: reading.mainEvent, kind: .organisation)
        let readsOffices = registry.attributes[Self.officeID] != nil
        var out = ArticleDrafts()
        for fact in facts {
            let draftsBefore = out.drafts.count, unplacedBefore = out.unplaced.count
            if fact.clauses.isEmpty, readsOffices {
                // A sentence that only names people may still give their offices.
                out.drafts += officeDrafts(fact, tokens: reading.tokens, text: reading.text)
            } else {
                for clause in fact.clauses { clauseDrafts(clause, of: fact, reading, into: &out) }
            }
            if explains {
                out.trace += explanation(fact, article: reading.article, tokens: reading.tokens,
                                         drafts: out.drafts[draftsBefore...], unplaced: out.unplaced[unplacedBefore...])
            }
        }
        return out
    }

    mutating func clauseDrafts(_ clause: Clause, of sentenceFact: SentenceFacts, _ reading: ArticleReading,
                               into out: inout ArticleDrafts) {
        let tokens = reading.tokens, text = reading.text
        var fact = sentenceFact
        // "Revenue in the quarter to late January": that date ends a period, it dates no event.
        let index = fact.clauseIndex(of: clause.range.lowerBound)
        if let cue = fact.clauseDates.isEmpty ? nil : fact.clauseDates[index],
           ReportingPeriod.endsPastPeriod(cue, tokens: tokens, clause: clause.range, published: reading.published) {
            fact.clauseDates[index] = nil
        }
        // Matched again per clause: a cue may not reach across a clause boundary.
        let whole = fact.clauses.count == 1 && clause.asides.isEmpty
        let cueMatches = fact.cues.isEmpty ? [] : whole ? fact.cues
            : registry.cues.matches(in: tokens, range: clause.range).filter { clause.contains($0.tokens.lowerBound) }
        let numbers = NumberPhrase.find(in: tokens, range: clause.range, text: text)
        let namesPerson = fact.mentions.contains { $0.kind == .person }
        // "Ardal Rovers, who won the cup final, ...": a win told in a relative clause.
        let asideWins = !clause.asides.isEmpty && fact.cues.contains { $0.cue.attribute == Self.winnerID }
        guard !cueMatches.isEmpty || !numbers.isEmpty || namesPerson || asideWins || mayDateEvent(fact, clause) else {
            return
        }
        let mentions = fact.mentions.filter { clause.contains($0.tokens.lowerBound) && $0.tokens != fact.voice?.tokens }
        let context = ClauseContext(fact: fact, clause: clause, cues: cueMatches, tokens: tokens, text: text,
                                    quotes: reading.quotes, mainEvent: reading.mainEvent,
                                    mainSeries: reading.mainSeries, events: reading.events)
        out.drafts += categoryDrafts(context, mentions: mentions, lastSubjects: &out.lastSubjects)
        if !clause.asides.isEmpty { out.drafts += asideDrafts(context) }
        out.drafts += statedFacts(context)
        if asideWins || cueMatches.contains(where: { $0.cue.attribute == Self.winnerID }) {
            out.drafts += winnerDrafts(context, published: reading.published)
        }
        if !numbers.isEmpty || namesPerson { out.drafts += raceTimeDrafts(context) }
        quantityDrafts(numbers, mentions: mentions, context: context, article: reading.article, into: &out)
        fractionChanges(context, mentions: mentions, article: reading.article, into: &out)
        for (inner, comma, eventID) in asideFigureClauses(clause, fact: fact, numbers: numbers, tokens: tokens) {
            // The aside's own figures, read as the event's clause; its unplaced figures were noted already.
            var asideContext = context
            asideContext.clause = inner
            asideContext.cues = registry.cues.matches(in: tokens, range: inner.range)
            let asideNumbers = numbers.filter {
                $0.tokens.lowerBound > comma && inner.range.contains($0.tokens.lowerBound)
            }
            let asideMentions = fact.mentions.filter {
                inner.range.contains($0.tokens.lowerBound) && $0.tokens != fact.voice?.tokens
            }
            var scratch = ArticleDrafts()
            quantityDrafts(asideNumbers, mentions: asideMentions, context: asideContext, article: reading.article,
                           into: &scratch)
            // A figure the aside placed is no longer "inside a relative clause" in the notes.
            let stillUnplaced = Set(scratch.unplaced.map(\.text))
            let placed = Set(asideNumbers.map { Self.words($0.tokens, tokens, text) }).subtracting(stillUnplaced)
            let line = reading.article.text.line(at: tokens[inner.range.lowerBound].start)
            out.unplaced.removeAll { $0.line == line && placed.contains($0.text) }
            // "which killed 41 people and injured 81": every figure of the aside is the event's.
            out.drafts += scratch.drafts.map { draft in
                var draft = draft
                if draft.subject == draft.event { draft.subject = eventID }
                draft.event = eventID
                return draft
            }
        }
    }

    /// The event a claim of the clause is about (see `eventFor`), or the part of it the clause
    /// names when the registry holds several events on those days (see `EventParts`); a clause
    /// naming the other round of a two-round election is that round's (see `ElectionRound`).
    mutating func event(near anchor: ClosedRange<Int>, _ context: ClauseContext) -> String? {
        if let main = context.mainEvent,
           let round = ElectionRound.otherRound(near: anchor, clause: context.clause, tokens: context.tokens,
                                                main: main, registry: registry) {
            return round
        }
        let base = eventFor(anchor: anchor, clause: context.clause, fact: context.fact, mainEvent: context.mainEvent,
                            mainSeries: context.mainSeries, events: context.events)
        guard let base, let parts else { return base }
        return parts.member(for: context.clause, anchor: anchor, base: base) ?? base
    }

    /// The family of registered events the article's main event belongs to, if any.
    mutating func family(of id: String) -> EventFamily? {
        if let known = families[id] { return known }
        let found = EventFamily.of(id, registry: registry)
        families[id] = .some(found)
        return found
    }

    /// Categories and flags: each valued cue of the clause, for each of its subjects.
    mutating func categoryDrafts(_ context: ClauseContext, mentions: [EntityMention],
                                 lastSubjects: inout [String]) -> [Draft] {
        let fact = context.fact, clause = context.clause, tokens = context.tokens
        var byAttribute: [String: [AttributeCues.Match]] = [:]
        for match in context.cues where match.cue.value != nil {
            byAttribute[match.cue.attribute, default: []].append(match)
        }
        var drafts: [Draft] = []
        for attributeID in byAttribute.keys.sorted() {
            guard let attribute = registry.attributes[attributeID], let matches = byAttribute[attributeID] else {
                continue
            }
            let kinds = registry.cues.subjectKinds[attributeID] ?? []
            let published = currentPublished
            // "A Lisvik court found Ada Quill guilty": the one named inside the verdict's words is
            // the defendant, not the court named before them.
            let inside = attributeID == Self.verdictID ? mentions.filter { mention in
                matches.contains {
                    $0.tokens.lowerBound < mention.tokens.lowerBound && mention.tokens.upperBound < $0.tokens.upperBound
                }
            } : []
            var subjects = subjectsFor(mentions: inside.isEmpty ? mentions : inside, kinds: kinds, cues: matches,
                                       tokens: tokens, published: published, text: context.text)
            if subjects.isEmpty, let speaker = fact.mentions.first(where: { $0.tokens == fact.voice?.tokens }),
               kinds.contains(.country) {
                // "Norway said it will not send troops", "the premier signaled readiness
                // to send troops": the speaker speaks for their own country; a ministry
                // that reports a signing did not sign.
                subjects = subjectsFor(mentions: [speaker], kinds: kinds, cues: matches, tokens: tokens,
                                       published: published)
                    .filter { registry.entities[$0.id]?.kind == .country }
            }
            if subjects.isEmpty, let pronoun = clausePronoun(tokens, clause) {
                subjects = pronounSubjects(pronoun, tokens: tokens, clause: clause, fact: fact, kinds: kinds,
                                           lastSubjects: lastSubjects)
            }
            for subject in subjects {
                guard let draft = categoryDraft(subject, matches: matches, attribute: attribute, mentions: mentions,
                                                context) else { continue }
                drafts.append(draft)
                lastSubjects.append(subject.id)
            }
        }
        return drafts
    }

    mutating func categoryDraft(_ subject: Subject, matches: [AttributeCues.Match], attribute: Attribute,
                                mentions: [EntityMention], _ context: ClauseContext) -> Draft? {
        let fact = context.fact, clause = context.clause, tokens = context.tokens
        let match = bestMatch(matches, for: subject.tokens, attribute: attribute)
        guard var value = representedValue(match, subject: subject, attribute: attribute, tokens: tokens) else {
            return nil
        }
        // "called on X to resign", "threatened to quit": an act asked for or threatened is not done.
        if UnrealisedAct.isAsked(tokens, cue: match.tokens, clause: clause.range)
            || LeavingAnEvent.leavesAnEvent(match, tokens: tokens, clause: clause.range) { return nil }
        // "the host hoped", "told Modi by telephone": the cue says nothing of anyone's presence.
        if attribute.id == AttendanceWording.attendanceID,
           AttendanceWording.isHostNoun(match, tokens: tokens, clause: clause.range)
            || AttendanceWording.isToldByPhone(match, tokens: tokens, clause: clause.range) {
            return nil
        }
        // "has not confirmed whether she will attend", "X's delegation attended": no claim for X.
        if Self.isOpenQuestion(match.tokens, tokens: tokens, clause: clause.range)
            || (registry.entities[subject.id]?.kind == .person
                && Self.isPossessor(subject.tokens, cue: match.tokens, tokens: tokens, text: context.text)) {
            return nil
        }
        if !match.cue.isNegative && Negation.denies(tokens, cue: match.tokens, clause: clause.range) {
            // "did not formally attend": the cue's negated value, or nothing.
            guard let negated = match.cue.negatedValue else { return nil }
            value = negated
        }
        let anchor = min(subject.tokens.lowerBound, match.tokens.lowerBound)...max(subject.tokens.upperBound,
                                                                                    match.tokens.upperBound)
        var voice = fact.voice
        if voice == nil, let person = subject.standsFor {
            voice = AttributionDetector.Voice(speaker: .entity(person), tokens: nil)
        }
        let others = mentions.map(\.tokens).filter { $0 != subject.tokens }
        let modality = ModalityCues.modality(tokens: tokens, clause: clause.range, cue: match.tokens,
                                             subject: subject.tokens, otherSubjects: others)
        let (speaker, attribution) = self.attribution(voice, inQuote: context.quotes[match.tokens.lowerBound] != 0)
        // An act dated after the event ("resigned on Tuesday") follows from it.
        let actEvent = event(near: match.tokens, context) ?? (attribute.kind == .flag ? context.mainEvent : nil)
        return Draft(subject: subject.id, attribute: attribute.id, value: value, unit: nil,
                     speaker: speaker, attribution: attribution, modality: modality,
                     event: actEvent, anchor: anchor)
    }

    /// The cue's value for this subject: "Iran was represented by its foreign minister" means the
    /// one after "by" came in person; nil when a subject after the cue is not the one after "by".
    func representedValue(_ match: AttributeCues.Match, subject: Subject, attribute: Attribute,
                          tokens: [Token]) -> ClaimValue? {
        let value = match.cue.value!
        guard value == .category("represented"), subject.tokens.lowerBound > match.tokens.upperBound else {
            return value
        }
        // Only the one named right after "by" ("Iran was represented by X, Egypt by Y"); others
        // later in the clause are not.
        let byStart = max(match.tokens.upperBound + 1, subject.tokens.lowerBound - 4)
        let byBefore = (byStart..<max(byStart, subject.tokens.lowerBound)).contains { tokens[$0].hash == Self.byWord }
        // "represented by X rather than Y": Y is the one represented.
        if Self.followsInsteadOf(subject.tokens.lowerBound, tokens: tokens, after: match.tokens.upperBound) {
            return value
        }
        guard attribute.categoryValue("in-person") != nil,
              subject.tokens.lowerBound <= match.tokens.upperBound + 4 || byBefore
                || AttendanceWording.isTitleBeforeName(tokens, match.tokens.upperBound + 1..<subject.tokens.lowerBound)
        else { return nil }
        return .category("in-person")
    }

    /// Quantities; a partition ("all but two of the 58 aboard"), a vote tally and a time span
    /// speak for their own numbers, each other number is placed alone or noted as unplaced.
    mutating func quantityDrafts(_ numbers: [NumberPhrase], mentions: [EntityMention], context: ClauseContext,
                                 article: Article, into out: inout ArticleDrafts) {
        let tokens = context.tokens, text = context.text, clause = context.clause
        let partition = Partition.find(tokens, range: clause.range, numbers: numbers)
        if let partition {
            out.drafts += partitionDrafts(partition, context: context, event: event(near: partition.tokens, context))
        }
        let tally = VoteTally.find(tokens, range: clause.range, numbers: numbers)
        let clauseNumbers = ClauseNumbers(numbers, units: units, tokens: tokens, clause: clause.range, text: text)
        if let tally {
            out.drafts += tallyDrafts(tally, context: context, event: event(near: tally.tokens, context))
        }
        let spans = numbers.isEmpty ? (drafts: [], used: []) : timeSpanDrafts(numbers, context: context)
        out.drafts += spans.drafts
        let results = numbers.isEmpty ? (drafts: [], used: []) : electionDrafts(context)
        out.drafts += results.drafts
        for number in numbers where !(partition?.tokens.contains(number.tokens.lowerBound) ?? false)
            && !(tally?.tokens.contains(number.tokens.lowerBound) ?? false) && !spans.used.contains(number.tokens)
            && !results.used.contains(number.tokens) {
            guard let draft = quantityDraft(number, others: clauseNumbers, mentions: mentions, context: context,
                                            drafts: out.drafts)
                    ?? (dropExcluded ? nil : rivalEstimate(number, context: context, drafts: out.drafts)) else {
                let line = article.text.line(at: tokens[number.tokens.lowerBound].start)
                let reason = dropReason.description(tokens, text)
                out.unplaced.append(UnplacedFigure(line: line, text: Self.words(number.tokens, tokens, text),
                                                   reason: reason, isExcluded: dropExcluded))
                continue
            }
            out.drafts.append(draft)
            if Self.mayBeDistributed(number, tokens: tokens, clause: clause.range) {
                let unitEnd = units.unit(of: number, tokens: tokens, clause: clause.range)?.last
                let named = context.fact.mentions.filter { clause.contains($0.tokens.lowerBound) }
                out.drafts += distributed(draft, number: number, unitEnd: unitEnd, mentions: named,
                                          tokens: tokens, clause: clause.range)
            }
        }
    }

    // MARK: - Step 5: final claims

    /// Updates supersede, repeats merge, then the final claims, sorted by where they stand.
    mutating func finished(_ out: ArticleDrafts, facts: [SentenceFacts],
                           _ reading: ArticleReading) -> ExtractedArticle {
        let article = reading.article, tokens = reading.tokens
        var drafts = out.drafts
        // An attendance needs a gathering to be at (see `AttendanceWording.admits`).
        drafts.removeAll {
            $0.attribute == AttendanceWording.attendanceID
                && !AttendanceWording.admits(subject: $0.subject, event: $0.event, registry: registry)
        }
        drafts = NobilityTitle.filter(NationalityGate.filter(drafts, registry: registry))
        statementDays(facts, drafts: &drafts, tokens: tokens, text: reading.text, published: reading.published)
        let (kept, dropped) = supersede(mergeRepeats(drafts))
        let source = makeSource(article)
        var claims = finalClaims(kept, article: article, tokens: tokens, source: source)
        let superseded = finalClaims(dropped, article: article, tokens: tokens, source: source, idPrefix: "superseded-")
        claims.sort {
            ($0.evidence.line, $0.evidence.span?.lowerBound ?? 0, $0.id)
                < ($1.evidence.line, $1.evidence.span?.lowerBound ?? 0, $1.id)
        }
        var warnings = article.warnings
        if claims.isEmpty && !warnings.contains(where: { $0.contains("empty") }) {
            warnings.append("no claims found: no sentence matched a cue in attributes.json with a subject the registry "
                            + "or the text names")
        }
        var result = ExtractedArticle(source: source, claims: claims, warnings: warnings, superseded: superseded)
        result.unplaced = out.unplaced
        result.explanation = out.trace + superseded.map { "superseded: \($0.statement) (line \($0.evidence.line))" }
        result.resolution = resolution(facts, article: article, tokens: tokens, mainEvent: reading.mainEvent,
                                       mainSeries: reading.mainSeries, events: reading.events, claims: claims)
        return result
    }

    func isNear(_ id: String, _ day: Day?) -> Bool {
        guard let day, let event = registry.event(id) else { return true }
        return abs(event.start.dayNumber - day.dayNumber) <= 14
            || ((event.end ?? event.start) >= day && event.start <= day)
    }

    /// An article whose opening names no event word ("BELÉM -- The rainforest fund got off to a
    /// start") is about the registry's event of those days whose place or name it names.
    func eventByPlace(_ facts: ArraySlice<SentenceFacts>, tokens: [Token], published: Day?) -> String? {
        guard let published else { return nil }
        var words = Set<UInt64>()
        for fact in facts {
            for index in fact.sentence.tokens where tokens[index].isCapitalized { words.insert(tokens[index].hash) }
        }
        var best: (shared: Int, id: String)?
        let look = openingLook(facts, tokens: tokens, title: [])
        for (index, event) in registry.events.enumerated() {
            // The event's own days and its kind's window ("four days before the summit" when the opening looks ahead).
            guard EventWindow.ofOpening(kind: registry.eventProfiles[index].kind, look: look)
                .fits(registry.eventProfiles[index], day: published.dayNumber) else { continue }
            let shared = words.filter { registry.eventProfiles[index].words.contains($0) }.count
            guard shared > 0 else { continue }
            if best == nil || shared > best!.shared || (shared == best!.shared && event.id < best!.id) {
                best = (shared, event.id)
            }
        }
        return best?.id
    }

    /// The dateline opening a sentence: up to twelve tokens ending in "--" or a dash.
    static func dateline(_ tokens: [Token], _ range: Range<Int>, text: [UInt8]) -> [Range<Int>] {
        for index in range.prefix(12) where tokens[index].kind == .punctuation {
            let bytes = text[tokens[index].start..<tokens[index].end]
            let isDash = bytes.elementsEqual([0xE2, 0x80, 0x94]) || bytes.elementsEqual([0xE2, 0x80, 0x93])
            let isDoubleHyphen = bytes.first == UInt8(ascii: "-") && index + 1 < range.upperBound
                && tokens[index + 1].hash == Punctuation.hyphen && tokens[index + 1].start == tokens[index].end
            if isDash || isDoubleHyphen { return [range.lowerBound..<(index + 1)] }
        }
        return []
    }

    /// A line without a full stop whose words are mostly capitalised, or the title itself.
    func isHeadline(_ fact: SentenceFacts, tokens: [Token], title: String?, text: [UInt8]) -> Bool {
        let range = fact.sentence.tokens
        guard let last = range.last else { return false }
        if tokens[last].hash == Punctuation.fullStop { return false }
        if let title, let first = range.first,
           String(decoding: text[tokens[first].start..<tokens[last].end], as: UTF8.self) == title { return true }
        let words = range.filter { tokens[$0].kind == .word }
        return words.filter { tokens[$0].isCapitalized }.count * 2 >= words.count
    }

    /// Words that may stand between a number and the cue that says what it counts ("57 were
    /// reportedly injured", "a death toll of 55").
    static let linkWords: WordSet = WordSet([
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "more", "others", "also", "still", "now",
        "reported", "confirmed", "feared", "believed", "reportedly", "officially", "to", "of", "at", "stood", "stands",
        "reached", "hit", "rose", "climbed", "people", "later", "all", "so", "far", "thought", "presumed", "who",
        "that",
    ].map(WordHash.of))

    static func gap(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Int {
        a.lowerBound > b.upperBound ? a.lowerBound - b.upperBound : max(0, b.lowerBound - a.upperBound)
    }

    /// Whether `number` could be a value of `attribute`: its unit is one of the attribute's, or
    /// it has none and the attribute counts people.
    func fits(_ unit: String?, _ attribute: Attribute) -> Bool {
        if let unit { return attribute.units.isEmpty || attribute.units.contains(unit) }
        return attribute.units.count <= 1 && (attribute.units.first.map { $0 == "people" || $0 == "votes" } ?? true)
    }

    static func stands(_ middle: ClosedRange<Int>, between a: ClosedRange<Int>, and b: ClosedRange<Int>) -> Bool {
        let low = min(a.upperBound, b.upperBound), high = max(a.lowerBound, b.lowerBound)
        return middle.lowerBound > low && middle.upperBound < high
    }

    /// Whether a cue without a unit noun stands close enough to say what the number counts.
    func linked(_ number: NumberPhrase, to match: AttributeCues.Match, tokens: [Token], clause: Range<Int>,
                isUpdate: Bool) -> Bool {
        if match.tokens.contains(number.tokens.lowerBound) { return true }
        func onlyLinks(_ range: Range<Int>) -> Bool { range.allSatisfy { Self.linkWords.contains(tokens[$0].hash) } }
        let after = match.tokens.lowerBound - number.tokens.upperBound
        if after >= 1 && after <= 4 { return onlyLinks((number.tokens.upperBound + 1)..<match.tokens.lowerBound) }
        let before = number.tokens.lowerBound - match.tokens.upperBound
        if isUpdate && before >= 1 && before <= 12 { return true }
        return before >= 1 && before <= 4 && onlyLinks((match.tokens.upperBound + 1)..<number.tokens.lowerBound)
            && endsNounPhrase(tokens, after: number, limit: clause.upperBound)
    }

    /// Why `quantityDraft` left a number unplaced, spelt out only for notes and --explain.
    enum DropReason {
        case aside, scope(NumberScope.Reason), noCue(unit: String), noUnit, fraction(String), noEvent(String)
        case noSubject(String), noOwner(measure: String)

        func description(_ tokens: [Token], _ text: [UInt8]) -> String {
            switch self {
            case .aside: return "inside a relative clause"
            case .scope(let reason): return reason.description(tokens, text)
            case .noCue(let unit): return "counts \(unit), but no cue of an attribute counting \(unit) stands near it"
            case .noUnit: return "number without a known unit, and no cue beside it says what it counts"
            case .fraction(let attribute): return "a fraction cannot be a count of \(attribute)"
            case .noEvent(let attribute): return "no event for this figure (\(attribute))"
            case .noSubject(let attribute): return "no subject for this figure (\(attribute))"
            case .noOwner(let measure): return "a change in \"\(measure)\", but no company named whose it is"
            }
        }
    }

    static let nounPhraseEnds: WordSet = WordSet([
        "in", "on", "at", "and", "of", "the", "when", "after", "as", "including", "with", "while", "from", "by", "so",
        "since", "among", "during",
    ].map(WordHash.of))

    /// Whether the number ends its phrase ("killing at least 28, the agency said"), so a cue
    /// before it may say what it counts.
    func endsNounPhrase(_ tokens: [Token], after number: NumberPhrase, limit: Int) -> Bool {
        let next = number.tokens.upperBound + 1
        guard next < limit else { return true }
        return tokens[next].kind == .punctuation || Self.nounPhraseEnds.contains(tokens[next].hash)
    }

    /// Whether any word could name a day ("Sunday", "May", "yesterday").
    func mayHoldDate(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let classes = WordClasses.table
        for index in range where (classes[tokens[index].hash] ?? 0) & WordClasses.date != 0 { return true }
        return false
    }

    /// Whether any word could be or start a number; a cheap test for sentences without cues
    /// (an update such as "the figure is now 54" has no cue of its own).
    func mayHoldNumber(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let classes = WordClasses.table
        for index in range {
            let token = tokens[index]
            if token.kind == .number || (classes[token.hash] ?? 0) & WordClasses.number != 0 { return true }
        }
        return false
    }

    // MARK: - Subjects

    typealias Subject = (id: String, tokens: ClosedRange<Int>, standsFor: String?)

    static let objectPrepositions: WordSet = WordSet(["to", "into", "towards", "toward", "against", "from", "about",
                                                      "over", "than", "for", "on", "of", "with"].map(WordHash.of))
    /// People are met, called and visited: "spoke to Trump", "a call with Zelensky" name
    /// participants, so only these exclude a person ("son-in-law of Trump").
    static let personObjectPrepositions: WordSet = WordSet(["of", "about", "than", "against", "for", "over"]
        .map(WordHash.of))
    static let determiners: WordSet = WordSet(["the", "a", "an", "this", "its", "their", "so-called"].map(WordHash.of))
    static let placePrepositions: WordSet = WordSet(["to", "in", "at", "from", "into", "near", "outside"]
        .map(WordHash.of))
    static let inAdditionTo: [(UInt64, UInt64)] = [(WordHash.of("addition"), WordHash.of("to"))]

    /// The entities a clause's cue is about. Objects of prepositions ("send troops to
    /// Ukraine", "son-in-law of Trump") and words inside the cue's own gap ("ready to give
    /// Ukraine guarantees") are not subjects; the word right before a cue's last word is
    /// ("no deployment of US troops"). People may stand on either side of the cue ("attended
    /// by X, Y and Z"); countries and groups are taken before the cue when any stand there,
    /// as the grammatical subject does. A person stands for their country when the attribute
    /// is about countries.
    mutating func subjectsFor(mentions: [EntityMention], kinds: Set<Entity.Kind>, cues: [AttributeCues.Match],
                              tokens: [Token], published: Day?, text: [UInt8] = []) -> [Subject] {
        var before: [Subject] = []
        var after: [Subject] = []
        var seen: Set<String> = []
        let firstCue = cues.map(\.tokens.lowerBound).min() ?? 0
        for mention in mentions {
            // "members backed the company's latest offer", "attended by Norland's envoy": a name
            // after the cue that owns the next noun is the object's possessor, not a subject.
            let owner = mention.tokens.upperBound + 1
            if mention.tokens.lowerBound > firstCue, owner < tokens.count, tokens[owner].hash == WordHash.possessive {
                continue
            }
            guard let subject = candidateSubject(mention, kinds: kinds, cues: cues, tokens: tokens,
                                                 published: published),
                  seen.insert(subject.id).inserted else { continue }
            if mention.tokens.lowerBound < firstCue {
                before.append(subject)
            } else {
                after.append(subject)
            }
        }
        // People after the cue are its subjects when no person stands before it ("attended by X
        // and Y") or a cue of their own follows them ("and Lavrov will attend"); in "X stayed at
        // home, leaving Y to argue", Y did not stay at home.
        func isPerson(_ subject: Subject) -> Bool {
            registry.entities[subject.id]?.kind == .person || subject.standsFor != nil
        }
        // A pronoun before the cue is its subject too ("he would hand his resignation to X").
        // Read only when it matters: most clauses name their subject before the cue.
        let subjectBefore = !before.isEmpty || (after.contains(where: isPerson)
            && (max(0, firstCue - 6)..<firstCue).contains { Self.personPronouns.contains(tokens[$0].hash) })
        // A passive agent or a companion is a subject whatever stands before the cue: in "the
        // meeting was attended by X, Y and Z" the meeting is named first, yet X, Y and Z
        // attended; in "X will attend in person, alongside Y and Z" so do Y and Z.
        let passiveAgent = cues.contains { cue in
            let end = cue.tokens.upperBound
            return Self.agentWords.contains(tokens[end].hash)
                || (end + 1 < tokens.count && Self.agentWords.contains(tokens[end + 1].hash))
        }
        func hasCompanion(_ subject: Subject) -> Bool {
            let start = cues.map(\.tokens.upperBound).filter { $0 < subject.tokens.lowerBound }.max()
            guard let start else { return false }
            return (start + 1..<subject.tokens.lowerBound).contains { position in
                tokens[position].hash == Self.alongside || Self.endsPair(Self.companionPairs, at: position, in: tokens)
            }
        }
        before += after.filter { subject in
            isPerson(subject) && !Self.isExcluded(subject.tokens.lowerBound, tokens: tokens)
                && !ParticipleAgent.isAgent(at: subject.tokens.lowerBound, cues: cues, tokens: tokens, text: text)
                && (!subjectBefore || passiveAgent || hasCompanion(subject)
                    || cues.contains { $0.tokens.lowerBound > subject.tokens.upperBound })
        }
        after.removeAll(where: isPerson)
        // "Xi sent his premier, and Putin spoke only on a screen": the cue's subject is the one
        // after the last ", and" before it.
        // "..., and both followed by video link" keeps the two.
        if let join = Self.lastCoordination(tokens, before: firstCue,
                                            after: before.first?.tokens.lowerBound ?? firstCue),
           tokens[join + 1].hash != Self.both {
            before.removeAll { $0.tokens.upperBound < join }
        }
        var subjects = before.contains(where: { registry.entities[$0.id]?.kind != .person }) ? before : before + after
        // A demonym only counts when nothing better names a country ("send British troops").
        if subjects.count > 1 {
            subjects.removeAll { subject in mentions.first { $0.tokens == subject.tokens }?.isDemonym == true }
        }
        return subjects
    }

    /// The subject a mention may be for a cue, or nil when it is an object, a place, part of an
    /// event's name or of another kind (a person stands for their country when the attribute is
    /// about countries).
    mutating func candidateSubject(_ mention: EntityMention, kinds: Set<Entity.Kind>, cues: [AttributeCues.Match],
                                   tokens: [Token], published: Day?) -> Subject? {
        let start = mention.tokens.lowerBound
        var previous = start - 1
        while previous >= 0,
              Self.determiners.contains(tokens[previous].hash) || QuotationMarks.isMark(tokens[previous].hash) {
            previous -= 1
        }
        let prepositions = mention.kind == .person ? Self.personObjectPrepositions : Self.objectPrepositions
        // A capitalised name the registry lacks after "to", "in", "at" is a place ("travel to
        // Rio de Janeiro"), not a person taking part.
        if case .new = mention.form, registry.entities[mention.entityID] == nil, previous >= 0,
           Self.placePrepositions.contains(tokens[previous].hash) { return nil }
        if previous >= 0, prepositions.contains(tokens[previous].hash) {
            let isInAdditionTo = Self.endsPair(Self.inAdditionTo, at: previous, in: tokens)
            if !isInAdditionTo { return nil }
        }
        // "the Ukraine summit": a name inside an event's name is not its subject.
        if mention.tokens.upperBound + 1 < tokens.count,
           EventKind.table.match(tokens, at: mention.tokens.upperBound + 1) != nil, mention.kind != .person {
            return nil
        }
        // Inside a cue's gap only the word modifying its last words is a subject ("no
        // deployment of US ground troops"); others are objects ("give Ukraine guarantees").
        if cues.contains(where: { $0.tokens.contains(start) && $0.tokens.upperBound - mention.tokens.upperBound > 2 }) {
            return nil
        }
        var id = mention.entityID
        var kind = mention.kind
        var standsFor: String?
        if mention.isDemonym && !(kinds.contains(.country) && !kinds.contains(.person)) { return nil }
        if !kinds.isEmpty && !kinds.contains(kind) {
            // A person or a national body stands for its country when the attribute is about
            // countries: "the British premier", "the German government".
            guard kinds.contains(.country),
                  let country = kind == .person ? registry.country(of: id, on: published) : registry.country(ofBody: id)
            else { return nil }
            if kind == .person { standsFor = id }
            id = country
            kind = .country
        }
        if case .new(let entity) = mention.form { id = registry.addEntity(entity) }
        return (id, mention.tokens, standsFor)
    }

    static let andWord = WordHash.of("and")
    /// Whether one of these two-word phrases ends at `position` ("rather than", "along with").
    static func endsPair(_ pairs: [(UInt64, UInt64)], at position: Int, in tokens: [Token]) -> Bool {
        position > 0 && pairs.contains { $0.0 == tokens[position - 1].hash && $0.1 == tokens[position].hash }
    }

    static let insteadPairs: [(UInt64, UInt64)] = [("rather", "than"), ("instead", "of")]
        .map { (WordHash.of($0), WordHash.of($1)) }

    /// Whether "rather than" or "instead of" stands within four words before `index` (and after `start`).
    static func followsInsteadOf(_ index: Int, tokens: [Token], after start: Int) -> Bool {
        let first = max(start + 2, index - 4)
        guard first < index else { return false }
        return (first..<index).contains { position in
            endsPair(insteadPairs, at: position, in: tokens)
        }
    }
    static let byWord = WordHash.of("by")
    /// Right after an attendance cue, the people who did it: "attended by", "a call with".
    static let agentWords = WordSet(["by", "with"].map(WordHash.of))
    /// Between a cue and a person, words that make the person do it too: "alongside", "along
    /// with", "together with", "as well as" (a bare "with" does not: "the war with Israel").
    static let alongside = WordHash.of("alongside")
    static let companionPairs: [(UInt64, UInt64)] = [("along", "with"), ("together", "with"), ("as", "well")]
        .map { (WordHash.of($0), WordHash.of($1)) }

    /// The token after the last ", and" between `start` and `end`, if any.
    static func lastCoordination(_ tokens: [Token], before end: Int, after start: Int) -> Int? {
        var index = end - 1
        while index > start {
            if tokens[index].hash == andWord, tokens[index - 1].hash == Punctuation.comma { return index }
            index -= 1
        }
        return nil
    }

    static let subjectPronouns: WordSet = WordSet(["it", "they", "he", "she", "both"].map(WordHash.of))
    static let personPronouns: WordSet = WordSet(["he", "she"].map(WordHash.of))

    /// A subject pronoun near the start of the clause ("it could help monitor", "he should be
    /// informed by phone").
    func clausePronoun(_ tokens: [Token], _ clause: Clause) -> Int? {
        clause.range.prefix(5).first { Self.subjectPronouns.contains(tokens[$0].hash) }
    }

    /// The cue nearest the subject, refined by a more specific one right beside it:
    /// "participated in the talks via video link" is video link, while in "Witkoff arrived in
    /// Paris, and a phone call with Trump is scheduled" the call is Trump's, not Witkoff's.
    func bestMatch(_ matches: [AttributeCues.Match], for subject: ClosedRange<Int>,
                   attribute: Attribute) -> AttributeCues.Match {
        func depth(_ value: ClaimValue?) -> Int {
            guard case .category(let id)? = value else { return 0 }
            var depth = 0
            var current = attribute.categoryValue(id)?.broader
            while let broader = current, depth < 10 { depth += 1; current = attribute.categoryValue(broader)?.broader }
            return depth
        }
        func gap(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Int {
            a.lowerBound > b.upperBound ? a.lowerBound - b.upperBound : max(0, b.lowerBound - a.upperBound)
        }
        let nearest = matches.min {
            (gap($0.tokens, subject), $0.tokens.lowerBound) < (gap($1.tokens, subject), $1.tokens.lowerBound)
        }!
        // A refinement stands on the cue's side of the subject: in "X will take part by video
        // link, and Y will attend in her place", the video link is X's.
        let after = nearest.tokens.lowerBound > subject.upperBound
        let refinements = matches.filter {
            gap($0.tokens, nearest.tokens) <= 6 && depth($0.cue.value) > depth(nearest.cue.value)
                && ($0.tokens.lowerBound > subject.upperBound) == after
        }
        return refinements.max { depth($0.cue.value) < depth($1.cue.value) } ?? nearest
    }

    // MARK: - Quantities

    /// The numbers of one clause with their units and whether each may count anything, read
    /// once: every cue asks about every other number.
    struct ClauseNumbers {
        var phrases: [NumberPhrase]
        var units: [String?]
        var countable: [Bool]

        init(_ phrases: [NumberPhrase], units nouns: UnitNouns, tokens: [Token], clause: Range<Int>, text: [UInt8]) {
            self.phrases = phrases
            units = phrases.map { nouns.unit(of: $0, tokens: tokens, clause: clause, text: text)?.unit }
            // A rate is no total but still the figure its cue speaks of: "pay $4/ha ... and raise
            // $125bn" does not give the $125bn to "pay".
            countable = phrases.map {
                let reason = NumberScope.exclusion($0, tokens: tokens, clause: clause, text: text)
                return reason == nil || reason == .rate
            }
        }
    }

    /// One number being placed: its unit noun, if any, and whether an update or a first figure
    /// cue stands before it.
    struct FigureReading {
        var number: NumberPhrase
        var unitFound: (unit: String, last: Int)?
        var isUpdate: Bool
        var isInitial: Bool
    }

    /// What a placed figure counts: the attribute and unit, the cue it was read by, and the
    /// subject when it continues the last count ("the figure is now 54").
    struct FigurePlace {
        var attributeID: String
        var unit: String?
        var anchorCue: ClosedRange<Int>
        var subjectOverride: String?
    }

    /// A number's claim, or nil with `dropReason` saying why it was not placed.
    mutating func quantityDraft(_ number: NumberPhrase, others: ClauseNumbers, mentions: [EntityMention],
                                context: ClauseContext, drafts: [Draft]) -> Draft? {
        let event = self.event(near: number.tokens, context)
        dropExcluded = false
        let clause = context.clause, tokens = context.tokens
        guard clause.contains(number.tokens.lowerBound) else { dropReason = .aside; return nil }
        let unitFound = units.unit(of: number, tokens: tokens, clause: clause.range, text: context.text)
        if let reason = NumberScope.exclusion(number, tokens: tokens, clause: clause.range, text: context.text) {
            dropReason = .scope(reason)
            dropExcluded = true
            guard reason.isSubset,
                  let previous = others.phrases.lastIndex(where: { $0.tokens.upperBound < number.tokens.lowerBound })
            else { return nil }
            // "12 dead, including 8 children" is part of the 12; "35 countries, including 27
            // heads of state" counts leaders, a figure of its own.
            let previousUnit = others.units[previous]
            if previousUnit == nil || previousUnit == unitFound?.unit { return nil }
        }
        let start = number.tokens.lowerBound
        let isUpdate = UpdateCues.precedes(UpdateCues.updates, tokens: tokens, index: start, clause: clause.range,
                                           window: 4)
            || UpdateCues.isCarried(tokens: tokens, index: start, clause: clause.range)
        let isInitial = UpdateCues.precedes(UpdateCues.initials, tokens: tokens, index: start, clause: clause.range)
        let figure = FigureReading(number: number, unitFound: unitFound, isUpdate: isUpdate, isInitial: isInitial)
        guard let place = figurePlace(figure, others: others, context: context, drafts: drafts) else { return nil }
        return figureDraft(figure, place: place, mentions: mentions, event: event, context: context)
    }

    /// The nearest quantity cue that counts the figure, else the last count it updates.
    mutating func figurePlace(_ figure: FigureReading, others: ClauseNumbers, context: ClauseContext,
                     drafts: [Draft]) -> FigurePlace? {
        var best: (match: AttributeCues.Match, distance: Int, unit: String?)?
        for match in context.cues where match.cue.value == nil {
            guard let (distance, unit) = cueReading(match, figure: figure, others: others, context: context) else {
                continue
            }
            // Equally near, the longer cue is the more specific one ("killed ... on board").
            if best == nil || distance < best!.distance
                || (distance == best!.distance && match.tokens.count > best!.match.tokens.count) {
                best = (match, distance, unit)
            }
        }
        if let best {
            return FigurePlace(attributeID: best.match.cue.attribute, unit: best.unit, anchorCue: best.match.tokens)
        }
        // "the figure is now 54": the figure of the last count. Only a count that evolves is
        // updated so: in "Vale, 32, has now won five titles" the five is no new age.
        if figure.unitFound == nil, figure.isUpdate,
           let previous = drafts.last(where: { if case .quantity = $0.value { return true } else { return false } }),
           registry.attributes[previous.attribute]?.evolution != .fixed {
            return FigurePlace(attributeID: previous.attribute, unit: previous.unit, anchorCue: figure.number.tokens,
                               subjectOverride: previous.subject)
        }
        dropReason = figure.unitFound.map { .noCue(unit: $0.unit) } ?? .noUnit
        return nil
    }

    /// How far a quantity cue stands from the figure and in which unit it counts it, or nil
    /// when the cue cannot count it.
    func cueReading(_ match: AttributeCues.Match, figure: FigureReading, others: ClauseNumbers,
                    context: ClauseContext) -> (distance: Int, unit: String?)? {
        let number = figure.number, unitFound = figure.unitFound, tokens = context.tokens
        let cues = context.cues, clause = context.clause
        guard let attribute = registry.attributes[match.cue.attribute], attribute.isQuantity,
              !isOwnedElsewhere(number.tokens, from: match, cues: cues, tokens: tokens),
              !isOfAnotherMeasure(number, match: match, cues: cues, tokens: tokens),
              !isDescriptionOfOwnNoun(number, nounEnd: unitFound?.last, match: match, cues: cues, tokens: tokens),
              !(match.cue.attribute == Self.deathTollID
                  && (PlaceOfDeath.follows(match.tokens, tokens: tokens, clause: clause.range)
                      || TollShare.isWritten(tokens, in: context.fact.sentence.tokens)))
        else { return nil }
        let updatesCue = updatesCue(match, figure: figure, context: context)
        if !updatesCue, isBlocked(match, attribute: attribute, figure: figure, others: others, context: context) {
            return nil
        }
        let unit: String?
        if let found = unitFound?.unit {
            guard attribute.units.contains(found) || attribute.units.isEmpty else { return nil }
            unit = attribute.units.isEmpty ? nil : found
        } else {
            // "57 were injured", "the toll has risen to 131", "killing at least 28,": no noun,
            // the cue says what, when it stands right beside the number. Only people are
            // counted this way; money, votes and shares need their unit.
            guard attribute.units.count <= 1, attribute.units.first.map({ $0 == "people" || $0 == "votes" }) ?? true,
                  updatesCue
                    || linked(number, to: match, tokens: tokens, clause: clause.range, isUpdate: figure.isUpdate)
            else { return nil }
            unit = attribute.units.first
        }
        // A change is written after its cue ("rose 12 per cent", "an increase of 80 per cent")
        // or right before it ("a 12 per cent rise"); "78 per cent more than a year before, and
        // net profit rose" is not the profit's rise.
        if attribute.id == Self.percentChangeID, match.tokens.lowerBound > number.tokens.upperBound,
           match.tokens.lowerBound - (unitFound?.last ?? number.tokens.upperBound) > 1 { return nil }
        // "turnout fell to 59.7 per cent", "down from 68.8 per cent": where a figure went or
        // came from is a level, not the change.
        if attribute.id == Self.percentChangeID, Self.isLevelOfChange(number, tokens: tokens, clause: clause.range) {
            return nil
        }
        var distance = match.tokens.lowerBound > number.tokens.upperBound
            ? match.tokens.lowerBound - number.tokens.upperBound : number.tokens.lowerBound - match.tokens.upperBound
        if isPassiveAgent(number, of: match, tokens: tokens) { distance = 1 }
        // The number's own noun is a weak cue: in "two dozen passengers were injured" the
        // passengers are what is counted, the injuries what is said about them.
        if let noun = unitFound, match.tokens.lowerBound > number.tokens.upperBound,
           match.tokens.lowerBound <= noun.last {
            distance += 5
        }
        guard distance <= 14 || updatesCue else { return nil }
        return (distance, unit)
    }

    /// Whether "to" or "from" stands right before the figure (or its hedge): "fell to 59.7 per
    /// cent", "up from about 12 per cent".
    static func isLevelOfChange(_ number: NumberPhrase, tokens: [Token], clause: Range<Int>) -> Bool {
        let before = number.tokens.lowerBound - 1
        return before >= clause.lowerBound && levelPrepositions.contains(tokens[before].hash)
    }

    static let levelPrepositions: WordSet = WordSet(["to", "from"].map(WordHash.of))

    /// Whether the cue is the subject of an update that binds the figure to it, with no other
    /// figure between ("the death toll from the fire that tore through seven blocks rose to 55").
    func updatesCue(_ match: AttributeCues.Match, figure: FigureReading, context: ClauseContext) -> Bool {
        let start = figure.number.tokens.lowerBound
        return figure.isUpdate && figure.unitFound == nil && match.tokens.upperBound < start
            && start - match.tokens.upperBound <= 20
            && !context.cues.contains { other in
                other.cue.value == nil && other.tokens.lowerBound > match.tokens.upperBound
                    && other.tokens.upperBound < start
                    && (registry.attributes[other.cue.attribute].map {
                        $0.isQuantity && $0.units.allSatisfy { $0 == "people" }
                    } ?? false)
            }
    }

    /// Whether another number of the clause is this cue's rather than the figure: one between
    /// them, or one nearer the cue that it may count.
    func isBlocked(_ match: AttributeCues.Match, attribute: Attribute, figure: FigureReading, others: ClauseNumbers,
                   context: ClauseContext) -> Bool {
        let number = figure.number, tokens = context.tokens, cues = context.cues
        // A cue says what the nearest number counts: not one with another figure between.
        if others.phrases.indices.contains(where: { index in
            let other = others.phrases[index].tokens
            return other != number.tokens && Self.stands(other, between: match.tokens, and: number.tokens)
                && others.countable[index]
                // "profit fell 12 per cent to €3bn": the share counts no euros
                && fits(others.units[index], attribute)
        }) {
            return true
        }
        // Each cue says what its nearest fitting number counts: "15 abstained, leaving 558
        // votes cast" gives the abstentions 15, not 558.
        let ownDistance = Self.gap(match.tokens, number.tokens)
        return others.phrases.indices.contains { index in
            let other = others.phrases[index].tokens
            // A bare number the cue stands right beside is the cue's too ("15 abstained").
            return other != number.tokens && Self.gap(match.tokens, other) < ownDistance && others.countable[index]
                && (fits(others.units[index], attribute) || (others.units[index] == nil
                    && linked(others.phrases[index], to: match, tokens: tokens, clause: context.clause.range,
                              isUpdate: false)))
                && !isOwnedElsewhere(other, from: match, cues: cues, tokens: tokens)
        }
    }

    /// The figure's claim once its attribute is known: its subject, value, modality and voice.
    mutating func figureDraft(_ figure: FigureReading, place: FigurePlace, mentions: [EntityMention], event: String?,
                              context: ClauseContext) -> Draft? {
        let number = figure.number, tokens = context.tokens, clause = context.clause, fact = context.fact
        var attributeID = place.attributeID
        if attributeID == Self.participantCountID { attributeID = participantAttribute(for: event) }
        if attributeID == Self.amountPledgedID {
            attributeID = CourtSum.attribute(attributeID, event: event.flatMap { registry.event($0) },
                                             after: figure.unitFound?.last ?? number.tokens.upperBound,
                                             tokens: tokens, clause: clause.range)
        }
        guard let attribute = registry.attributes[attributeID] else { return nil }
        if attribute.kind == .count, case .exactly(let value) = number.quantity, value != value.rounded() {
            dropReason = .fraction(attributeID)
            return nil
        }
        // A count dated to a time no known event covers ("who voted for her in 2022") is about
        // an event the tool cannot name: a note, not a claim under no event.
        guard event != nil || fact.date(at: number.tokens.lowerBound) == nil else {
            dropReason = .noEvent(attributeID)
            return nil
        }
        // "For the full fiscal year, revenue rose to $130bn" in coverage of a quarter: that
        // report is not the article's event.
        if Self.measuredIDs.contains(attributeID) || attributeID == Self.percentChangeID,
           let name = event.flatMap({ registry.event($0)?.name }),
           ReportingPeriod.isOtherPeriod(tokens, clause.range, eventName: name) {
            dropReason = .noEvent(attributeID)
            return nil
        }
        if place.subjectOverride == nil, !registry.cues.eventSubjects.contains(attributeID),
           SharedFigure.isShared(number, tokens: tokens, clause: clause.range) {
            dropReason = .noSubject(attributeID)
            return nil
        }
        let speakerMention = fact.mentions.first { $0.tokens == fact.voice?.tokens }
        var subject = place.subjectOverride
            ?? quantitySubject(attribute: attribute, mentions: mentions, event: event, group: articleGroup,
                               at: number.tokens.lowerBound, speaker: speakerMention, tokens: tokens)
        if attributeID == Self.amountPledgedID, let event,
           PledgeTotal.follows(figure.unitFound?.last ?? number.tokens.upperBound, tokens: tokens,
                               clause: clause.range) {
            subject = eventEntity(event)
        }
        var money = MoneyReading(subject: subject, value: number.quantity)
        // "killing Tarek Holm and 21 others": 22 people.
        if attribute.kind == .count, place.unit == "people" {
            let named = OthersBesides.named(besides: number, tokens: tokens, clause: clause.range,
                                            mentions: fact.mentions)
            if named > 0 { money.value = OthersBesides.adding(named, to: money.value) }
        }
        var moneyPlace = place
        moneyPlace.attributeID = attributeID
        guard moneyReading(figure, place: moneyPlace, context: context, mentions: mentions, event: event,
                           reading: &money) else { return nil }
        guard let subject = money.subject else {
            dropReason = event == nil ? .noEvent(attributeID)
                : ownerlessMeasure.map { .noOwner(measure: $0) } ?? .noSubject(attributeID)
            return nil
        }
        let cue = place.anchorCue
        let anchor = min(number.tokens.lowerBound, cue.lowerBound)...max(number.tokens.upperBound, cue.upperBound,
                                                                          figure.unitFound?.last ?? 0)
        var modality = ModalityCues.modality(tokens: tokens, clause: clause.range, cue: cue, subject: number.tokens)
        if money.isForecast { modality = .expected }
        let inQuote = context.quotes[number.tokens.lowerBound] != 0
        let voice = estimateVoice(number, context: context) ?? fact.voice
        let (speaker, attribution) = self.attribution(voice, inQuote: inQuote)
        return Draft(subject: subject, attribute: attributeID, value: .quantity(money.value), unit: place.unit,
                     speaker: speaker, attribution: attribution, modality: modality, event: event, anchor: anchor,
                     isUpdate: figure.isUpdate, isInitial: figure.isInitial)
    }

    /// Who a count is about: an entity of the attribute's kinds named in the clause, else the
    /// group the event is named after ("Paris summit of the coalition of the willing"), else
    /// the group the article talks about most, else the event itself as a subject (a fire's
    /// death toll belongs to the fire).
    mutating func quantitySubject(attribute: Attribute, mentions: [EntityMention], event: String?, group: String?,
                                  at position: Int, speaker: EntityMention? = nil, tokens: [Token] = []) -> String? {
        if registry.cues.eventSubjects.contains(attribute.id) { return event.flatMap { eventEntity($0) } }
        let kinds = registry.cues.subjectKinds[attribute.id] ?? [.group]
        // The nearest fitting name before the figure ("Brazil confirmed $1bn, and Portugal
        // offered $1m"), else the first one; a share's source is not its owner ("the Norpoll
        // estimate gave the incumbent 58 per cent").
        let namedOnly = Self.namedSubjectOnly.contains(attribute.id)
        let fitting = mentions.filter {
            kinds.contains($0.kind) && !$0.isDemonym && !(namedOnly && ElectionResults.isSource($0, tokens: tokens))
        }
        if let mention = fitting.last(where: { $0.tokens.upperBound < position }) ?? fitting.first {
            if case .new(let entity) = mention.form { return registry.addEntity(entity) }
            return mention.entityID
        }
        // A vote's figures are about the motion it decides, as its tally's are.
        if attribute.units == ["votes"], let event, let motion = motion(of: event) { return motion }
        // "Nordbank said its revenue rose to €18bn": a speaker of the attribute's kinds gives
        // its own figure.
        if let speaker, kinds.contains(speaker.kind), !speaker.isDemonym { return subjectID(speaker) }
        // "Revenue in the quarter reached $39bn" in coverage of "Nvidia quarterly results": the
        // company the results are named after.
        if Self.measuredIDs.contains(attribute.id),
           let company = event.flatMap({ companyNamed(inEvent: $0, kinds: kinds) }) ?? articleCompany {
            return company
        }
        // A share of the vote or a seat count is a party's or a candidate's: none named, nobody's.
        if Self.namedSubjectOnly.contains(attribute.id) { return nil }
        if kinds.contains(.group) || kinds.isEmpty {
            if let event, let named = groupNamed(inEvent: event) { return named }
            if let group { return group }
        }
        guard let event, let record = registry.event(event) else { return nil }
        return registry.addEntity(Entity(id: record.id, name: record.name, kind: .group))
    }

    static let namedSubjectOnly: Set<String> = ["vote-share", "seats-won"]
    static let deathTollID = "death-toll", amountPledgedID = "amount-pledged", verdictID = "verdict"

    func groupNamed(inEvent id: String) -> String? { entityNamed(inEvent: id, kinds: [.group]) }

    /// Whose figures a results event reports: the company its name names ("Nvidia" in "Nvidia
    /// results for the fourth quarter"), before any group it names (the results themselves).
    func companyNamed(inEvent id: String, kinds: Set<Entity.Kind>) -> String? {
        guard kinds.contains(.organisation), let event = registry.event(id) else {
            return entityNamed(inEvent: id, kinds: kinds)
        }
        let tokens = Tokenizer.tokens(in: Array(event.name.utf8))
        for index in tokens.indices {
            // Every name starting here, not only the longest ("Nvidia results for ..." is a group).
            for match in registry.names.allMatches(tokens, at: index)
            where registry.entities[match.value]?.kind == .organisation {
                return match.value
            }
        }
        return entityNamed(inEvent: id, kinds: kinds)
    }

    /// The first registry entity of `kinds` the event's name names.
    func entityNamed(inEvent id: String, kinds: Set<Entity.Kind>) -> String? {
        guard let event = registry.event(id) else { return nil }
        let tokens = Tokenizer.tokens(in: Array(event.name.utf8))
        var index = 0
        while index < tokens.count {
            if let match = registry.names.match(tokens, at: index), let kind = registry.entities[match.value]?.kind,
               kinds.contains(kind) { return match.value }
            index += 1
        }
        return nil
    }

    /// The group mentioned most often in the article; ties go to the first mentioned.
    func dominantGroup(_ facts: [SentenceFacts], mainEvent: String?, kind: Entity.Kind = .group) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        var order = 0
        for fact in facts {
            for mention in fact.mentions where mention.kind == kind {
                order += 1
                counts[mention.entityID, default: (0, order)].count += 1
            }
        }
        return counts.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }?.key
    }

    // MARK: - Events and voices

    /// The event a claim is about: the event named nearest to it in its clause, else in its
    /// sentence, else the one its clause's date points to, else the article's main event.
    mutating func eventFor(anchor: ClosedRange<Int>, clause: Clause, fact: SentenceFacts, mainEvent: String?,
                           mainSeries: String?,
                           events: EventResolver) -> String? {
        func nearest(_ candidates: [ResolvedEvent]) -> String? {
            candidates.filter { $0.id != nil }.min { distance($0.mention.tokens) < distance($1.mention.tokens) }?.id
        }
        func distance(_ tokens: ClosedRange<Int>) -> Int {
            tokens.lowerBound > anchor.upperBound
                ? tokens.lowerBound - anchor.upperBound : max(0, anchor.lowerBound - tokens.upperBound)
        }
        if let id = nearest(fact.events.filter({ clause.contains($0.mention.tokens.lowerBound) })) {
            return EventResolver.known(id)
        }
        // Events named in relative clauses ("Witkoff, who also met Zelensky,") are not this claim's.
        let outsideAsides = fact.events.filter { entry in
            !clause.asides.contains { $0.contains(entry.mention.tokens.lowerBound) }
        }
        if let main = mainEvent, outsideAsides.contains(where: { $0.id == main }) { return main }
        if let id = nearest(outsideAsides) { return EventResolver.known(id) }
        if let cue = fact.date(at: anchor.lowerBound), !cue.isEve {
            if let main = mainEvent, let event = registry.event(main),
               !((event.end ?? event.start) < cue.from) && !(cue.to < event.start) {
                return main
            }
            // An incident's coverage goes on after its day: "the search went on through last
            // night", "the toll rose on Friday" in a sentence naming no other event is a later
            // turn of the main incident (or its day given a day off), not a reason to drop the
            // sentence's figures (issue 13).
            if let main = mainEvent, cue.isSpecific, !cue.isAttached, let event = registry.event(main),
               registry.eventProfile(main)?.kind?.followsCoverage == true,
               cue.to.dayNumber >= event.start.dayNumber - EventResolver.Window.slack,
               cue.from.dayNumber <= (event.end ?? event.start).dayNumber + EventResolver.Window.followUp {
                return main
            }
            guard cue.isSpecific else { return nil }
            // A date alone leaves the article's event only for one of its series, or for an
            // event the sentence names by place ("in September" is no reason to jump to any
            // September event).
            guard let found = events.resolve(mention: nil, cue: cue, sentenceWords: fact.words, registry: registry,
                                             preferredSeries: mainSeries) else { return nil }
            if EventResolver.isNamed(found, by: fact.words, registry: registry) { return found }
            guard let main = mainEvent, let mainSeries else { return mainEvent == nil ? found : mainEvent }
            return registry.event(found)?.series == mainSeries || main == found ? found : mainEvent
        }
        return mainEvent
    }

    /// A quotation that spans sentences takes its speaker from the sentence that names one;
    /// a paragraph followed by a line holding only a person's name (a pull quote) is theirs.
    func assignQuotationVoices(_ facts: inout [SentenceFacts], tokens: [Token], quotes: [Int]) {
        var voiceOfQuote: [Int: AttributionDetector.Voice] = [:]
        for (index, fact) in facts.enumerated() {
            guard let voice = fact.voice else { continue }
            let range = fact.sentence.tokens
            for quote in Set(range.map { quotes[$0] }) where quote != 0 {
                voiceOfQuote[quote] = voiceOfQuote[quote] ?? voice
            }
            // "…»" ends one sentence and "he said" opens the next.
            if index > 0, let last = facts[index - 1].sentence.tokens.last, quotes[max(0, last - 1)] != 0 {
                voiceOfQuote[quotes[max(0, last - 1)]] = voiceOfQuote[quotes[max(0, last - 1)]] ?? voice
            }
        }
        for index in facts.indices where facts[index].voice == nil {
            let range = facts[index].sentence.tokens
            if let quote = range.lazy.map({ quotes[$0] }).first(where: { $0 != 0 }), let voice = voiceOfQuote[quote] {
                facts[index].voice = voice
            }
        }
        // Pull quotes: a short line that is only a person's name (and role) after a paragraph.
        for index in facts.indices.dropFirst() {
            let fact = facts[index]
            let range = fact.sentence.tokens
            guard range.count <= 8, tokens[range.lowerBound].startsLine, let first = fact.mentions.first,
                  first.kind == .person,
                  first.tokens.lowerBound == range.lowerBound,
                  !range.contains(where: { AttributionDetector.speechVerbs.contains(tokens[$0].hash) })
            else { continue }
            let previousParagraph = facts[index - 1].sentence.paragraph
            guard previousParagraph != fact.sentence.paragraph || tokens[range.lowerBound].startsLine else { continue }
            var back = index - 1
            while back >= 0, facts[back].sentence.tokens.upperBound <= range.lowerBound,
                  tokens[facts[back].sentence.tokens.lowerBound].startsLine || back == index - 1 {
                if facts[back].voice == nil {
                    facts[back].voice = AttributionDetector.Voice(speaker: .entity(first.entityID), tokens: nil,
                                                                  isDirect: true)
                }
                if tokens[facts[back].sentence.tokens.lowerBound].startsLine { break }
                back -= 1
            }
        }
    }

    static let firstPerson: WordSet = WordSet(["we", "our", "us", "i", "my", "ourselves"].map(WordHash.of))

    /// Reported speech runs on without quotation marks in much translated copy: a sentence
    /// in the first person right after somebody's sentence is theirs, and so is a sentence
    /// standing between two sentences of the same speaker in one paragraph.
    func continueVoices(_ facts: inout [SentenceFacts], tokens: [Token]) {
        for index in facts.indices.dropFirst() where facts[index].voice == nil {
            let previous = facts[index - 1]
            guard previous.sentence.paragraph == facts[index].sentence.paragraph, let voice = previous.voice,
                  case .entity = voice.speaker else { continue }
            let range = facts[index].sentence.tokens
            if range.contains(where: { Self.firstPerson.contains(tokens[$0].hash) }) {
                facts[index].voice = AttributionDetector.Voice(speaker: voice.speaker, tokens: nil,
                                                               isDirect: voice.isDirect)
            } else if index + 1 < facts.count, facts[index + 1].sentence.paragraph == facts[index].sentence.paragraph,
                      facts[index + 1].voice?.speaker == voice.speaker {
                facts[index].voice = AttributionDetector.Voice(speaker: voice.speaker, tokens: nil,
                                                               isDirect: voice.isDirect)
            }
        }
    }

    func attribution(_ voice: AttributionDetector.Voice?, inQuote: Bool) -> (Speaker, Attribution) {
        guard let voice else { return (.narrator, .narrator) }
        switch voice.speaker {
        case .narrator: return (.narrator, .narrator)
        case .anonymous: return (.anonymous, .anonymousSource)
        case .entity: return (voice.speaker, inQuote || voice.isDirect ? .directQuote : .reportedSpeech)
        }
    }
}
