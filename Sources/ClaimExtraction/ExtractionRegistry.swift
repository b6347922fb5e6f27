import ClaimModel
import Foundation

/// What extraction knows about the world: the entity, event and attribute registries of a
/// claims folder, plus the entities and events extraction itself created, so that the second
/// article about a new fire lands on the event the first one created.
public struct ExtractionRegistry: Sendable {
    public private(set) var entities: [String: Entity]
    public private(set) var events: [Event]
    /// Kind and proper words of each event, in `events` order, computed once: resolution
    /// compares every mention with every event.
    private(set) var eventProfiles: [EventResolver.Profile] = []
    /// The events by week, so a mention is compared with the events near its date only.
    private(set) var eventIndex = EventIndex()
    /// Position of each event in `events` by id: claims ask for their event's record often.
    private var eventPositions: [String: Int] = [:]
    /// Ids of `newEvents`, for telling them from registered ones.
    private var createdEvents: Set<String> = []
    public let attributes: [String: Attribute]
    /// Entities and events created by extraction, in creation order, for the addendum files.
    public private(set) var newEntities: [Entity] = []
    public private(set) var newEvents: [Event] = []

    /// Names and aliases of every entity (case-sensitive for names).
    private(set) var names = PhraseTable<String>()
    /// Country adjectives ("British") to country ids.
    private(set) var demonyms = PhraseTable<String>()
    /// Capitals to country ids ("London" -> the United Kingdom), for a capital acting as its state.
    private(set) var capitals = PhraseTable<String>()
    /// Role descriptions per entity, with their dates; filtered by the article's day.
    private var roleAliases: [(entityID: String, alias: String, role: Role)] = []
    public let cues: AttributeCues
    /// Attribute names in lower case, for statements ("countries pledging troops").
    let attributeWords: [String: String]

    public init(entities: [Entity], events: [Event], attributes: [Attribute]) {
        self.init(keyed: Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
                  listed: entities, events: events, attributes: attributes, tables: nil)
    }

    /// The registry of a record read through the desk check's index: `listed` are the record's
    /// entities as a list (the index keeps them in id order, so they need no sorting), `tables`
    /// what `keptTables` gave for the same entities and the same build of the tool (or nil, or
    /// bytes that do not decode: the tables are then built).
    public init(_ claimSet: ClaimSet, listed: [Entity], tables: UnsafeRawBufferPointer?) {
        self.init(keyed: claimSet.entities, listed: listed, events: Array(claimSet.events.values),
                  attributes: Array(claimSet.attributes.values), tables: tables)
    }

    /// Whether the tables given to `init(_:listed:tables:)` were read back whole; when not (none
    /// given, or bytes that did not decode), they were built, and are worth keeping again.
    public private(set) var readKeptTables = false

    /// The tables of this registry worth keeping between runs (`RegistryTables`), as bytes;
    /// taken from a registry just built, before extraction adds to it.
    public func keptTables() -> [UInt8] {
        let listed = entities.values.sorted { $0.id < $1.id }
        return RegistryTables.encode(entities: listed.map { ($0.id, Self.derivedNames($0)) },
                                     initialsOwners: initialsOwners, acronymNames: acronymNames, names: names,
                                     people: people)
    }

    /// From this many entities the two halves of the index are built side by side.
    static let sideBySideEntities = 2_000

    /// `keyed`: the entities by id, `listed`: the same entities as a list (in any order). A
    /// record's entities come keyed already, and keying 40,000 again was 2% of a desk check.
    /// `tables`: the people's tables kept by an earlier run (`RegistryTables`), or nil.
    private init(keyed: [String: Entity], listed entities: [Entity], events: [Event], attributes: [Attribute],
                 tables: UnsafeRawBufferPointer?) {
        self.entities = keyed
        self.events = events.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        self.attributes = Dictionary(attributes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.cues = AttributeCues(attributes: attributes.sorted { $0.id < $1.id })
        self.attributeWords = Dictionary(attributes.map { ($0.id, $0.name.lowercased()) },
                                         uniquingKeysWith: { first, _ in first })
        countriesByID = self.entities.values.filter { $0.kind == .country }.map { ($0.id, $0.name) }
            .sorted { $0.id < $1.id }
        self.eventProfiles = self.events.map(EventResolver.profile)
        for (position, event) in self.events.enumerated() {
            eventIndex.add(eventProfiles[position], at: position)
            if eventPositions[event.id] == nil { eventPositions[event.id] = position }
        }
        // Positions sorted, not entities: moving 40,000 entities about was 3.5% of a desk check.
        // The same comparisons give the same order. Entities already in id order (the index's)
        // are only checked: sorting 40,000 ids was 7% of a warm desk check.
        let inOrder = zip(entities, entities.dropFirst()).allSatisfy { $0.id < $1.id }
        let order = inOrder ? Array(entities.indices)
            : entities.indices.sorted(by: { entities[$0].id < entities[$1].id })
        // The two halves of the index share nothing, so the people's keys are built on another
        // core meanwhile: at 40,000 entities the index was over a third of a warm desk check.
        // Their tables kept from an earlier run are read back there instead (and built there
        // after all when the bytes do not decode). (`concurrentPerform` runs both on the calling
        // thread when no other is free, so this never waits on a queue.) Small registries, as
        // in tests, are indexed in one pass unless their tables were kept.
        // Kept names hold only for these entities in this order; without them, nor are the people kept.
        let keptNames = tables.flatMap { RegistryTables.names($0, ids: order.map { entities[$0].id }) }
        // The names table as a run with the same entities built it, countries' names included;
        // then neither the entities' names nor the countries' are added again below.
        let namesKept = keptNames?.table != nil
        if let table = keptNames?.table { names = table }
        if tables != nil || entities.count >= Self.sideBySideEntities {
            let built = PeopleIndex.Built()
            let kept = UncheckedSendable(keptNames == nil ? nil : tables)
            let peopleOffset = keptNames?.peopleOffset ?? 0, derived = keptNames?.derived
            withUnsafeMutablePointer(to: &self) { registry in
                let shared = UncheckedSendable(registry)
                DispatchQueue.concurrentPerform(iterations: 2) { half in
                    if half == 0, let derived {
                        for (rank, position) in order.enumerated() {
                            shared.value.pointee.indexNames(entities[position], derived: derived[rank],
                                                            addsNames: !namesKept)
                        }
                    } else if half == 0 {
                        for position in order { shared.value.pointee.indexNames(entities[position]) }
                    } else {
                        if let people = kept.value.flatMap({ RegistryTables.people($0, at: peopleOffset) }) {
                            built.index = people
                            built.wasKept = true
                        } else {
                            built.index = PeopleIndex(entities, in: order)
                        }
                    }
                }
            }
            people = built.index
            readKeptTables = built.wasKept
            // What indexing the acronyms of every entity left, kept (`indexNames` skipped them).
            if let keptNames {
                initialsOwners = keptNames.initialsOwners
                acronymNames = keptNames.acronymNames
            }
        } else {
            for position in order { index(entities[position]) }
        }
        let countryIDs = Self.countryIDsByName(entities)
        for entry in CountryNames.table {
            let id = countryIDs[entry.name] ?? Slug.make(entry.name)
            for demonym in entry.demonyms { demonyms.add(demonym, value: id, case: .name) }
            for capital in CountryNames.capitals where capital.country == entry.name {
                capitals.add(capital.capital, value: id, case: .name)
            }
            if self.entities[id] == nil {
                // Countries the registry lacks are still countries; they join on first use.
                for name in [entry.name] + entry.aliases where !namesKept && !CountryNames.givenNames.contains(name) {
                    names.add(name, value: id, case: .name)
                }
                pendingCountries[id] = entry.name
            } else {
                // "the UK" and "Britain" are the registry's United Kingdom too.
                let known = Set([self.entities[id]!.name] + self.entities[id]!.aliases)
                for name in entry.aliases where !namesKept && !known.contains(name) {
                    names.add(name, value: id, case: .name)
                }
            }
        }
    }

    public init(_ claimSet: ClaimSet) {
        self.init(keyed: claimSet.entities, listed: Array(claimSet.entities.values),
                  events: Array(claimSet.events.values), attributes: Array(claimSet.attributes.values), tables: nil)
    }

    /// Countries known by name but absent from the registry, created when first mentioned.
    private var pendingCountries: [String: String] = [:]

    /// Id and name of every country on record or created, by id: `country(of:on:)` tries them
    /// in this order.
    private var countriesByID: [(id: String, name: String)] = []

    private mutating func noteCountry(_ entity: Entity) {
        guard entity.kind == .country else { return }
        var low = 0, high = countriesByID.count
        while low < high {
            let middle = (low + high) / 2
            if countriesByID[middle].id < entity.id { low = middle + 1 } else { high = middle }
        }
        countriesByID.insert((entity.id, entity.name), at: low)
    }

    /// Kinds, display names and the keys of people's names (`PeopleIndex`).
    private var people = PeopleIndex()
    var personKeys: [String: String] { people.personKeys }
    var surnameKeys: [String: String] { people.surnameKeys }
    var lastNameKeys: [String: String] { people.lastNameKeys }

    /// Each entity's all-lower-case aliases ("police", "the fire agency"), as word hashes
    /// without a leading "the": generic words that may mean another body in another story.
    private var genericAliasHashes: [String: [[UInt64]]] = [:]

    func genericAliases(of id: String) -> [[UInt64]] { genericAliasHashes[id] ?? [] }
    /// Spellings extraction read as an entity the registry already has: proposals for its aliases.
    public private(set) var aliasProposals: [AliasProposal] = []

    private mutating func index(_ entity: Entity) {
        people.add(entity)
        indexNames(entity)
    }

    /// The half of `index` that `people` does not hold: names, generic aliases, acronyms, roles.
    /// `derived`: the entity's derived names as kept by an earlier run (`RegistryTables`), whose
    /// acronym tables are then kept too, so they are not indexed here. `addsNames`: false when
    /// the names table itself was kept whole.
    private mutating func indexNames(_ entity: Entity, derived kept: [String]? = nil, addsNames: Bool = true) {
        if addsNames {
            for name in [entity.name] + entity.aliases { names.add(name, value: entity.id, case: .name) }
            for name in kept ?? Self.derivedNames(entity) {
                names.add(name, value: entity.id, case: entity.kind == .group ? .insensitive : .name)
            }
        }
        for alias in entity.aliases where alias == alias.lowercased() {
            var hashes = Tokenizer.tokens(in: Array(alias.utf8)).map(\.hash)
            if hashes.count > 1, hashes.first == WordHash.of("the") { hashes.removeFirst() }
            genericAliasHashes[entity.id, default: []].append(hashes)
        }
        if kept == nil, entity.kind == .organisation || entity.kind == .group { indexAcronyms(entity) }
        for role in entity.roles {
            for alias in Set([role.title] + role.aliases).sorted() { roleAliases.append((entity.id, alias, role)) }
        }
    }

    /// `name.contains(" ")`, which is Foundation's search, by scalars when every scalar is
    /// below the combining marks (U+0300), as in most names: each scalar is then a character of
    /// its own, so a space scalar is a space character. At 40,000 people the search was 3% of a
    /// warm desk check.
    static func containsSpace(_ name: String) -> Bool {
        var space = false
        for scalar in name.unicodeScalars {
            if scalar.value >= 0x300 { return name.contains(" ") }
            if scalar == " " { space = true }
        }
        return space
    }

    /// Forms articles use that a registry entry does not spell out: an alias without its
    /// article ("the fire agency" -> "fire agency", after "South Korea's"), a name without
    /// its parenthetical ("Fire Services Department (Hong Kong)"), an acronym in brackets
    /// ("Lisvik Left (LL)" -> "LL"), each side of a joined name ("Alliance 7/The Velm Greens"
    /// -> "Alliance 7", "The Velm Greens"), a name's own "The" as text writes it mid-sentence
    /// ("the Velm Greens"), and a group's name in lower case ("developed countries").
    static func derivedNames(_ entity: Entity) -> [String] {
        var derived: [String] = []
        for name in [entity.name] + entity.aliases {
            if name.hasPrefix("the "), name.count > 8 { derived.append(String(name.dropFirst(4))) }
            var heads = [name]
            // The byte first: searching every name's characters for "(" was 3% of a desk check.
            if name.utf8.contains(UInt8(ascii: "(")), let open = name.firstIndex(of: "("), name.hasSuffix(")"),
               open > name.startIndex {
                let head = name[..<open].trimmingCharacters(in: .whitespaces)
                derived.append(head)
                heads = [head]
                let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
                if (2...6).contains(inside.count), inside.allSatisfy({ $0.isUppercase && $0.isLetter }) {
                    derived.append(String(inside))
                }
            }
            for head in heads where head.utf8.contains(UInt8(ascii: "/")) {
                let parts = head.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
                // "24/7 Media", "1/2": no names on either side.
                guard parts.count > 1, parts.allSatisfy({ $0.count >= 3 && $0.first?.isLetter == true }) else {
                    continue
                }
                derived += parts
                heads += parts
            }
            // "Social Democratic Party of Germany" is "the Social Democratic Party" in German
            // coverage: a body's name without its country, when two words or more are left.
            if entity.kind == .organisation, let head = heads.first, let country = countryTail(of: head) {
                derived.append(country)
                heads.append(country)
            }
            for head in heads where head.hasPrefix("The ") && head.count >= 7 {
                derived.append("the " + head.dropFirst(4))
            }
        }
        if entity.kind == .group { derived += derived.map { $0.lowercased() } + [entity.name.lowercased()] }
        return derived.filter {
            ($0.count >= 3 || $0.allSatisfy(\.isUppercase)) && $0 != entity.name && !entity.aliases.contains($0)
        }
    }

    /// Country names as bodies' names end with them ("of Germany", "of the United Kingdom"),
    /// each to its first place in `CountryNames.entries`' order, which decides between two
    /// that both end a name ("of the Congo" within "of the Democratic Republic of the Congo").
    static let countryEndings: [String: Int] = {
        var order: [String: Int] = [:]
        let endings = CountryNames.entries.flatMap { [$0.name] + $0.aliases }.flatMap { [" of " + $0, " of the " + $0] }
        for (position, ending) in endings.enumerated() where order[ending] == nil { order[ending] = position }
        return order
    }()

    /// The name without a closing "of <country>", if two words or more are left. Every ending
    /// starts with " of ", so only the tails from each " of " in the name are looked up: a scan
    /// of every ending with `hasSuffix` cost each organisation's name hundreds of comparisons.
    static func countryTail(of name: String) -> String? {
        var best: (position: Int, length: Int)?
        var rest = name[...]
        while let found = rest.range(of: " of ") {
            let tail = String(name[found.lowerBound...])
            if let position = countryEndings[tail], position < best?.position ?? .max {
                best = (position, tail.count)
            }
            rest = name[name.index(after: found.lowerBound)...]
        }
        guard let best else { return nil }
        let head = String(name.dropLast(best.length))
        return head.split(separator: " ").count >= 2 ? head : nil
    }

    /// The entity a variant spelling of a person's name stands for ("Sergey Lavrow" ->
    /// sergei-lavrov), recording the spelling as an alias proposal.
    mutating func variantOf(person entity: Entity) -> String? {
        guard entity.kind == .person, entities[entity.id] == nil, let key = NameKey.of(entity.name),
              let id = personKeys[key], id != entity.id else { return nil }
        if let position = newEntities.firstIndex(where: { $0.id == id }) {
            // An entity extraction created takes the spelling as an alias of its own.
            if !newEntities[position].aliases.contains(entity.name) {
                newEntities[position].aliases.append(entity.name)
                entities[id]?.aliases.append(entity.name)
                names.add(entity.name, value: id, case: .name)
            }
            return id
        }
        let proposal = AliasProposal(entityID: id, alias: entity.name)
        if !aliasProposals.contains(proposal) { aliasProposals.append(proposal) }
        return id
    }

    /// Initials of organisations' and groups' names ("TWA" of "Tarnby Water Authority") to the
    /// one body they spell ("" where two do), for an acronym the text uses alone.
    private(set) var initialsOwners: [String: String] = [:]
    /// Names and aliases of bodies written as acronyms ("WHO"), for a new full name whose
    /// initials spell one ("World Health Organization" is the WHO on record).
    private(set) var acronymNames: [String: String] = [:]

    private mutating func indexAcronyms(_ entity: Entity) {
        if let initials = Acronym.initials(of: entity.name) {
            initialsOwners[initials] = initialsOwners[initials].map { $0 == entity.id ? $0 : "" } ?? entity.id
        }
        for name in [entity.name] + entity.aliases where Acronym.isAcronym(name) && acronymNames[name] == nil {
            acronymNames[name] = entity.id
        }
    }

    /// The body on record that a new organisation's full name spells the acronym of, with
    /// the full name recorded as an alias proposal.
    mutating func acronymOf(organisation entity: Entity) -> String? {
        guard entity.kind == .organisation, entities[entity.id] == nil,
              let initials = Acronym.initials(of: entity.name), let id = acronymNames[initials], id != entity.id
        else { return nil }
        proposeAlias(entity.name, of: id)
        return id
    }

    /// Records `spelling` as a proposed alias of the person `id` (a variant read as them).
    mutating func proposeAlias(_ spelling: String, of id: String) {
        guard let entity = entities[id], entity.name != spelling, !entity.aliases.contains(spelling) else { return }
        let proposal = AliasProposal(entityID: id, alias: spelling)
        if !aliasProposals.contains(proposal) { aliasProposals.append(proposal) }
    }

    /// Where each event extraction created was read: the article lines that made or joined it,
    /// for the reviewable entry `extract --out` proposes.
    public private(set) var eventEvidence: [String: [Evidence]] = [:]

    /// At most this many lines per event: enough to review it, and noting stays constant-time.
    static let evidenceLimit = 20

    mutating func noteEvidence(_ event: String, _ evidence: Evidence) {
        guard createdEvents.contains(event) else { return }
        let noted = eventEvidence[event] ?? []
        guard noted.count < Self.evidenceLimit, !noted.contains(evidence) else { return }
        eventEvidence[event, default: []].append(evidence)
    }

    /// The kind of an entity on record or created, without copying the entity.
    func kindOf(_ id: String) -> Entity.Kind? { people.kinds[id] }

    /// Hashes of the last words of a person's name and aliases ("Lee" of "John Lee"), for
    /// reading a surname alone as the person named in full earlier in the article.
    func surnames(of id: String) -> [UInt64] { people.surnameHashes[id] ?? [] }

    /// Each name or alias of a registry country to its id, built in one pass: looking up each
    /// of the built-in countries by scanning every entity cost a second at 40,000 entities.
    /// Where two countries share a name, the smaller id wins, so the choice is deterministic.
    private static func countryIDsByName(_ entities: [Entity]) -> [String: String] {
        var ids: [String: String] = [:]
        for entity in entities where entity.kind == .country {
            for name in [entity.name] + entity.aliases {
                if let existing = ids[name], existing <= entity.id { continue }
                ids[name] = entity.id
            }
        }
        return ids
    }

    /// Which role descriptions hold on `day`: articles with the same signature share a table.
    func roleSignature(on day: Day?) -> [Bool] {
        roleAliases.map { entry in day.map(entry.role.isHeld) ?? true } + [day == nil]
    }

    /// Role descriptions valid on `day` ("the British premier" -> keir-starmer). Without a day,
    /// only roles whose holder is unambiguous (one holder in the registry) are used.
    func roleTable(on day: Day?) -> PhraseTable<String> {
        var table = PhraseTable<String>()
        var holders: [String: Set<String>] = [:]
        for entry in roleAliases where day.map(entry.role.isHeld) ?? true {
            holders[entry.alias.lowercased(), default: []].insert(entry.entityID)
        }
        for entry in roleAliases where day.map(entry.role.isHeld) ?? true {
            if holders[entry.alias.lowercased()]?.count == 1 { table.add(entry.alias, value: entry.entityID) }
        }
        return table
    }

    /// The kind of the entity with `id`, creating a country from the built-in list on first
    /// use. Cheaper than `resolve`: mention finding asks for every name in every sentence.
    mutating func kind(of id: String) -> Entity.Kind? {
        if let kind = people.kinds[id] { return kind }
        return resolve(id)?.kind
    }

    /// The entity's display name (for statements), without copying the entity.
    func name(of id: String) -> String? { people.displayNames[id] }

    /// The entity with `id`, creating a country from the built-in list on first use.
    mutating func resolve(_ id: String) -> Entity? {
        if let entity = entities[id] { return entity }
        guard let name = pendingCountries[id] else { return nil }
        let entity = Entity(id: id, name: name, kind: .country)
        addEntity(entity)
        return entity
    }

    /// Adds an entity extraction found; returns the id it is filed under (an existing entity
    /// with the same name wins, so repeated mentions across articles meet).
    /// `searchable: false` for the entity standing for an event (a toll's subject): its name is
    /// the event's, and reading it as a group in later sentences would take counts from the
    /// groups the text names.
    @discardableResult
    mutating func addEntity(_ entity: Entity, searchable: Bool = true) -> String {
        if let existing = entities[entity.id] { return existing.id }
        entities[entity.id] = entity
        noteCountry(entity)
        newEntities.append(entity)
        pendingCountries[entity.id] = nil
        if searchable {
            index(entity)
        } else {
            people.kinds[entity.id] = entity.kind
            people.displayNames[entity.id] = entity.name
        }
        return entity.id
    }

    /// `reachesBack`: days before its start the event may have happened; `reachesForward`: days
    /// after its last it may still be going on (a lasting incident with no end yet; see
    /// `EventResolver.create`).
    mutating func addEvent(_ event: Event, reachesBack: Int = 0, reachesForward: Int = 0) -> String {
        if let existing = eventPositions[event.id] { return events[existing].id }
        eventPositions[event.id] = events.count
        events.append(event)
        var profile = EventResolver.profile(event)
        profile.first -= reachesBack
        profile.last += reachesForward
        eventProfiles.append(profile)
        eventIndex.add(eventProfiles[events.count - 1], at: events.count - 1)
        newEventPositions[event.id] = newEvents.count
        newEvents.append(event)
        createdEvents.insert(event.id)
        return event.id
    }

    /// Adds the place and participant words an article used for an event extraction created,
    /// so the next article may name it by any of them ("the Tai Po fire", "the fire at
    /// Wang Fuk Court"). Registered events keep the words of their record.
    mutating func enrichEvent(_ id: String, words: [UInt64]) {
        let words = words.filter { !EventResolver.isCalendarWord($0) }
        guard let position = eventPositions[id], createdEvents.contains(id), !words.isEmpty else { return }
        for word in words { eventProfiles[position].words.insert(word) }
        eventProfiles[position].hasWords = true
    }

    /// Keeps a lasting incident extraction created, still going on (no end), open through the day
    /// `last`: an article reporting it on a day reaches it two weeks further (`EventResolver.create`).
    mutating func extendCreatedEvent(_ id: String, through last: Int) {
        guard let position = eventPositions[id], createdEvents.contains(id), events[position].end == nil,
              eventProfiles[position].last < last else { return }
        let old = eventProfiles[position].last
        eventProfiles[position].last = last
        eventIndex.extend(at: position, first: eventProfiles[position].first, old: old, to: last)
    }

    /// For each event extraction created, how many articles' texts dated it to each day
    /// (`ArticleResolution.eventDate`), by day number.
    private var dateVotes: [String: [Int: Int]] = [:]
    /// Position of each created event in `newEvents`, for re-dating it in place.
    private var newEventPositions: [String: Int] = [:]

    /// Counts an article's text dating the created event `id` to `day`, and dates the event by
    /// the day most articles give (the earliest on a tie), so its record does not depend on which
    /// article happened to be read first (one undated report a week later, or one wrong weekday).
    /// The id keeps the day it was made with; resolution's window only widens, never shrinks, so
    /// coverage that already met the event still meets it.
    mutating func voteDate(_ id: String, day: Day) {
        // A lasting incident is dated by the span its sentences give (`LastingIncident`), not by votes.
        guard createdEvents.contains(id), let position = eventPositions[id],
              events[position].end == nil || events[position].end == events[position].start else { return }
        dateVotes[id, default: [:]][day.dayNumber, default: 0] += 1
        guard let best = dateVotes[id]?.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key else { return }
        var event = events[position]
        let start = Day(dayNumber: best)
        guard event.start != start else { return }
        if event.end != nil { event.end = start }
        event.start = start
        events[position] = event
        if let created = newEventPositions[id] { newEvents[created] = event }
        let old = (eventProfiles[position].first, eventProfiles[position].last)
        eventProfiles[position].first = min(old.0, best)
        eventProfiles[position].last = max(old.1, (event.end ?? start).dayNumber)
        eventIndex.widen(at: position, from: old, to: (eventProfiles[position].first, eventProfiles[position].last))
    }

    /// Whether extraction created the event with `id` (it is not on record).
    func isCreated(_ id: String) -> Bool { createdEvents.contains(id) }

    /// Whether `id` is an event on record before extraction, not one it created.
    func isRegistered(_ id: String) -> Bool { eventPositions[id] != nil && !createdEvents.contains(id) }

    /// What resolution compares of the event with `id`.
    func eventProfile(_ id: String) -> EventResolver.Profile? { eventPositions[id].map { eventProfiles[$0] } }

    /// The event with `id`, without scanning the list.
    public func event(_ id: String) -> Event? { eventPositions[id].map { events[$0] } }

    /// Lower-cased outlet aliases to display names, for spotting outlet lines.
    public var outletNames: [String: String] {
        var names: [String: String] = [:]
        for entity in entities.values where entity.kind == .organisation {
            for alias in [entity.name] + entity.aliases { names[alias.lowercased()] = entity.name }
        }
        return names
    }

    /// The country a national body belongs to, from a country adjective or name in its name
    /// ("German federal government" -> germany).
    func country(ofBody id: String) -> String? {
        guard let body = entities[id], body.kind == .organisation else { return nil }
        let tokens = Tokenizer.tokens(in: Array(body.name.utf8))
        for index in tokens.indices {
            if let match = demonyms.match(tokens, at: index) { return match.value }
            if let match = names.match(tokens, at: index), entities[match.value]?.kind == .country {
                return match.value
            }
        }
        return nil
    }

    /// The country a person speaks for through a role held on `day` ("Prime Minister of the
    /// United Kingdom" -> united-kingdom).
    func country(of personID: String, on day: Day?) -> String? {
        guard let person = entities[personID], person.kind == .person else { return nil }
        let roles = day.map { person.roles(on: $0) } ?? person.roles
        guard !roles.isEmpty else { return nil }
        // Only countries, kept sorted (`countriesByID`): sorting them for every call cost 3% of
        // a warm desk check at 7,500 countries. " the X" ends with " X", so one suffix test
        // covers both.
        for role in roles {
            for country in countriesByID where role.title.hasSuffix(" " + country.name) { return country.id }
        }
        return nil
    }
}

/// A spelling of a name read as an entity on record, for a curator to add to its aliases.
public struct AliasProposal: Sendable, Equatable {
    public var entityID: String
    public var alias: String
}

/// Ids from names: "Harbour Street fire" -> "harbour-street-fire". Accents fold to plain
/// letters so ids stay within the id alphabet.
enum Slug {
    static func make(_ text: String) -> String {
        // Most names are plain ASCII: a byte loop, without Unicode normalisation.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var pendingHyphen = false
            for byte in text.utf8 {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if pendingHyphen && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                    pendingHyphen = false
                    bytes.append(lower)
                } else if byte != UInt8(ascii: "'") {
                    pendingHyphen = true
                }
                if bytes.count >= 60 { break }
            }
            while bytes.last == UInt8(ascii: "-") { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = ""
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !result.isEmpty { result += "-" }
                pendingHyphen = false
                let lower = Unicode.Scalar(UInt8(scalar.value)).properties.lowercaseMapping
                result.unicodeScalars.append(lower.unicodeScalars.first!)
            } else if scalar.properties.generalCategory == .nonspacingMark || scalar == "'" || scalar == "’" {
                continue
            } else {
                pendingHyphen = true
            }
        }
        return String(result.prefix(60)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}
