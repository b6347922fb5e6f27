import ClaimModel

/// Claims whose value the text states in a fixed form rather than as a count beside a cue:
/// a person's office and age, and when the event happened (date and time of day).
extension ClaimExtractor {
    /// What one clause offers for these claims.
    struct ClauseContext {
        var fact: SentenceFacts
        var clause: Clause
        var cues: [AttributeCues.Match]
        var tokens: [Token]
        var text: [UInt8]
        var quotes: [Int]
        var mainEvent: String?
        var mainSeries: String?
        var events: EventResolver
    }

    static let officeID = "office", ageID = "age", dateID = "event-date", timeID = "event-time"
    static let nationalityID = "nationality"

    mutating func statedFacts(_ context: ClauseContext) -> [Draft] {
        var drafts: [Draft] = []
        let tokens = context.tokens, fact = context.fact, clause = context.clause
        for mention in fact.mentions where clause.contains(mention.tokens.lowerBound) && mention.kind == .person {
            if registry.attributes[Self.officeID] != nil,
               let draft = officeDraft(mention, fact: fact, tokens: tokens, text: context.text) {
                drafts.append(draft)
            }
            let nextPerson = fact.mentions.first {
                $0.kind == .person && $0.tokens.lowerBound > mention.tokens.upperBound
            }?.tokens.lowerBound
            if registry.attributes[Self.ageID] != nil, !Self.isEventName(mention, tokens: tokens),
               let (age, span) = AgeReader.age(of: mention, tokens: tokens, sentence: fact.sentence.tokens,
                                               text: context.text, nextPerson: nextPerson) {
                let subject = subjectID(mention)
                drafts.append(ageDraft(subject, age: age, span: span,
                                       event: event(near: span, context) ?? context.mainEvent))
            }
        }
        if registry.attributes[Self.ageID] != nil { drafts += anaphoricAgeDrafts(context) }
        if registry.attributes[Self.nationalityID] != nil { drafts += nationalityDrafts(context) }
        drafts += timingDrafts(context)
        return drafts
    }

    /// "At the Lisvik Marathon, a 19-year-old ...": an event's name read as a new person's ends
    /// in the event's kind, and an age beside it is nobody's.
    static func isEventName(_ mention: EntityMention, tokens: [Token]) -> Bool {
        guard case .new = mention.form else { return false }
        return EventKind.table.match(tokens, at: mention.tokens.upperBound) != nil
    }

    /// Nationalities of the clause's people who hold no office in the registry (see
    /// `NationalityReader`), once per person and article like an office.
    mutating func nationalityDrafts(_ context: ClauseContext) -> [Draft] {
        let fact = context.fact, clause = context.clause
        var drafts: [Draft] = []
        let tokens = context.tokens
        for mention in fact.mentions where mention.kind == .person && clause.contains(mention.tokens.lowerBound) {
            // "the Al Haouz earthquake": a name inside an event's name is nobody's.
            let next = mention.tokens.upperBound + 1
            guard next >= tokens.count || EventKind.table.match(tokens, at: next) == nil,
                  registry.entities[mention.entityID]?.roles.isEmpty ?? true,
                  let (country, span) = NationalityReader.nationality(of: mention, mentions: fact.mentions,
                                                                     tokens: tokens,
                                                                     sentence: fact.sentence.tokens, text: context.text)
            else { continue }
            // "Spanish Prime Minister X", "Foreign Minister X of Norland": a title names the
            // country the person serves, which the office claim records; it is no nationality.
            if offices.office(of: mention, registry: registry, tokens: tokens, sentence: fact.sentence.tokens,
                              around: (fact.mentions, context.text)) != nil { continue }
            // Like every claim but an office, a nationality names the event it was reported in
            // (SPEC.md), so two outlets' claims about one race are compared.
            let event = self.event(near: span, context) ?? context.mainEvent
            drafts.append(Draft(subject: subjectID(mention), attribute: Self.nationalityID, value: .category(country),
                                unit: nil, speaker: .narrator, attribution: .narrator, modality: .asserted,
                                event: event, anchor: span))
        }
        return drafts
    }

    func ageDraft(_ subject: String, age: Double, span: ClosedRange<Int>, event: String?) -> Draft {
        Draft(subject: subject, attribute: Self.ageID, value: .quantity(.exactly(age)), unit: "years",
              speaker: .narrator, attribution: .narrator, modality: .asserted, event: event, anchor: span)
    }

    /// "The 23-year-old pulled clear", "the court sentenced the 56-year-old": an age with no name
    /// beside it is the person named last in an earlier clause of the sentence, else in the
    /// sentences before (a person named in its own clause is someone else: the judge who
    /// sentenced the 56-year-old is not 56).
    mutating func anaphoricAgeDrafts(_ context: ClauseContext) -> [Draft] {
        let tokens = context.tokens, fact = context.fact, clause = context.clause
        var drafts: [Draft] = []
        for position in AgeReader.anaphoric(in: clause.range, tokens: tokens, text: context.text) {
            // "the 23-year-old Kelvin Kiptum": the name beside it has the age already.
            let named = fact.mentions.contains {
                $0.kind == .person && $0.tokens.lowerBound > position && $0.tokens.lowerBound <= position + 4
            }
            guard !named, let age = AgeReader.plainAge(tokens[position], context.text) else { continue }
            // ", and" starts a clause of its own ("X arrived, and the 61-year-old said").
            let clauseStart = Self.lastCoordination(tokens, before: position, after: clause.range.lowerBound)
                ?? clause.range.lowerBound
            let earlier = fact.mentions.last { $0.kind == .person && $0.tokens.upperBound < clauseStart }
            let subject: String
            if let earlier {
                subject = subjectID(earlier)
            } else if let previous = fact.previousPerson, registry.entities[previous] != nil {
                subject = previous
            } else {
                continue
            }
            let span = (position - 1)...position
            drafts.append(ageDraft(subject, age: age, span: span,
                                   event: event(near: span, context) ?? context.mainEvent))
        }
        return drafts
    }

    /// "All but two of the 58 aboard were killed": the dead, the survivors and those aboard.
    mutating func partitionDrafts(_ partition: Partition, context: ClauseContext, event: String?) -> [Draft] {
        guard let event, let subject = eventEntity(event) else { return [] }
        let deadID = partition.aboard ? "deaths-on-board" : "death-toll"
        let killed = context.cues.contains { $0.cue.attribute == "death-toll" || $0.cue.attribute == "deaths-on-board" }
        guard killed, registry.attributes[deadID] != nil else { return [] }
        let inQuote = context.quotes[partition.tokens.lowerBound] != 0
        let (speaker, attribution) = self.attribution(context.fact.voice, inQuote: inQuote)
        let modality = ModalityCues.modality(tokens: context.tokens, clause: context.clause.range,
                                             cue: partition.tokens, subject: nil)
        func draft(_ attribute: String, _ value: Double) -> Draft {
            Draft(subject: subject, attribute: attribute, value: .quantity(.exactly(value)), unit: "people",
                  speaker: speaker, attribution: attribution, modality: modality, event: event,
                  anchor: partition.tokens)
        }
        var drafts = [draft(deadID, partition.rest)]
        if registry.attributes["survivors-count"] != nil { drafts.append(draft("survivors-count", partition.except)) }
        if partition.aboard, registry.attributes["people-on-board"] != nil {
            drafts.append(draft("people-on-board", partition.whole))
        }
        return drafts
    }

    /// "Rejected by 364 votes to 194": the votes against and for, about the vote itself unless
    /// the clause names a motion the registry knows.
    mutating func tallyDrafts(_ tally: VoteTally, context: ClauseContext, event: String?) -> [Draft] {
        guard registry.attributes["votes-for"] != nil, registry.attributes["votes-against"] != nil,
              let event, let subject = motion(of: event) ?? eventEntity(event) else { return [] }
        let inQuote = context.quotes[tally.tokens.lowerBound] != 0
        let (speaker, attribution) = self.attribution(context.fact.voice, inQuote: inQuote)
        let modality = ModalityCues.modality(tokens: context.tokens, clause: context.clause.range, cue: tally.tokens,
                                             subject: nil)
        let (against, favour) = tally.firstIsAgainst ? (tally.first, tally.second) : (tally.second, tally.first)
        return [("votes-against", against), ("votes-for", favour)].map { attribute, value in
            Draft(subject: subject, attribute: attribute, value: .quantity(.exactly(value)), unit: "votes",
                  speaker: speaker, attribution: attribution, modality: modality, event: event, anchor: tally.tokens)
        }
    }

    static let motionWords: Set<String> = ["motion", "bill", "question", "resolution", "amendment", "law", "proposal"]

    /// The motion a vote decides: a registry entity named as a motion, bill or question whose
    /// name shares a proper word with the vote's ("Confidence motion on the Bayrou government"
    /// for "National Assembly confidence vote on the Bayrou government").
    func motion(of eventID: String) -> String? {
        guard let event = registry.events.first(where: { $0.id == eventID }) else { return nil }
        let eventWords = Set(event.name.split(separator: " ").filter { $0.first?.isUppercase == true }
            .map { $0.lowercased() })
        var best: (shared: Int, id: String)?
        for entity in registry.entities.values where entity.kind != .person && entity.kind != .country {
            let words = entity.name.lowercased().split(separator: " ").map(String.init)
            guard words.contains(where: Self.motionWords.contains) else { continue }
            let shared = entity.name.split(separator: " ").filter {
                $0.first?.isUppercase == true && eventWords.contains($0.lowercased())
            }.count
            guard shared > 0 else { continue }
            if best == nil || shared > best!.shared || (shared == best!.shared && entity.id < best!.id) {
                best = (shared, entity.id)
            }
        }
        return best?.id
    }

    /// Offices stated in a sentence that gives nothing else.
    mutating func officeDrafts(_ fact: SentenceFacts, tokens: [Token], text: [UInt8]) -> [Draft] {
        var drafts: [Draft] = []
        for mention in fact.mentions where mention.kind == .person {
            if let draft = officeDraft(mention, fact: fact, tokens: tokens, text: text) { drafts.append(draft) }
        }
        return drafts
    }

    /// Offices are the article's own description of the person, not a reported figure. A bare
    /// role ("the prime minister", "India's prime minister") is an office only in a sentence
    /// that names its holder too: alone, it says who held the post only as far as the registry's
    /// guess, and a wrong guess would be a false office.
    mutating func officeDraft(_ mention: EntityMention, fact: SentenceFacts, tokens: [Token], text: [UInt8]) -> Draft? {
        if case .role = mention.form, !Self.names(mention.entityID, in: fact.sentence.tokens, tokens: tokens,
                                                  registry: registry) { return nil }
        guard let (written, span) = offices.office(of: mention, registry: registry, tokens: tokens,
                                                   sentence: fact.sentence.tokens, around: (fact.mentions, text))
        else { return nil }
        let slug = OfficeSlug.canonical(written)
        return Draft(subject: subjectID(mention), attribute: Self.officeID, value: .category(slug), unit: nil,
                     speaker: .narrator, attribution: .narrator, modality: .asserted, event: nil, anchor: span)
    }

    /// Whether the last word of the person's name or of an alias stands in the sentence.
    static func names(_ id: String, in sentence: Range<Int>, tokens: [Token], registry: ExtractionRegistry) -> Bool {
        guard let entity = registry.entities[id] else { return false }
        let surnames = Set(([entity.name] + entity.aliases).compactMap {
            Tokenizer.tokens(in: Array($0.utf8)).last?.hash
        })
        return sentence.contains { tokens[$0].isCapitalized && surnames.contains(tokens[$0].hash) }
    }

    mutating func subjectID(_ mention: EntityMention) -> String {
        if case .new(let entity) = mention.form { return registry.addEntity(entity) }
        return mention.entityID
    }

    /// The entity standing for an event itself (a toll's subject is the fire).
    mutating func eventEntity(_ id: String) -> String? {
        // By position, not a scan of every event: with events discovered per story the scan grew with the archive.
        guard let record = registry.event(id) else { return nil }
        return registry.addEntity(Entity(id: record.id, name: record.name, kind: .group), searchable: false)
    }
}
