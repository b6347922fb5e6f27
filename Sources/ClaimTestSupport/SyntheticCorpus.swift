import ClaimModel
import ClaimRules

/// A generated claims corpus for benchmarks: registries, source files in the v1 format, and a
/// known set of injected contradictions.
///
/// Correctness at scale is part of the benchmark, so the background claims are built never to
/// contradict: every claim of a subject, attribute and unit carries a value compatible with one
/// base value (26, "about 26", "at least 24" all hold together), whatever its event, speaker or
/// modality. Each injected contradiction gets a subject of its own, so it produces exactly one
/// finding of its rule and nothing else, and checking the corpus must report exactly the manifest.
public struct SyntheticCorpus: Sendable {
    public struct Parameters: Equatable, Sendable {
        public var claims: Int
        public var sources: Int
        public var seed: UInt64

        public init(claims: Int, sources: Int, seed: UInt64) {
            self.claims = claims
            self.sources = sources
            self.seed = seed
        }
    }

    /// One contradiction the generator planted, and the finding it must produce.
    public struct Injection: Sendable {
        public var ruleID: String
        public var severity: Severity
        public var key: ComparisonKey
        public var claimIDs: [String]
        public var fingerprint: String { Fingerprint.make(ruleID: ruleID, claimIDs: claimIDs) }
    }

    /// A claim as the file states it: the unit may be left to the attribute's default, and
    /// repeated lines of the article are listed as `alsoAt`.
    public struct FileClaim: Sendable {
        public var claim: Claim
        public var writesUnit: Bool
        public var alsoAtLines: [Int]
    }

    public struct SourceFile: Sendable {
        public var source: Source
        /// Relative to the claims folder.
        public var path: String
        public var claims: [FileClaim]
    }

    public var parameters: Parameters
    public var entities: [Entity]
    public var events: [Event]
    public var attributes: [Attribute]
    public var sourceFiles: [SourceFile]
    public var injections: [Injection]

    public var claimCount: Int { sourceFiles.reduce(0) { $0 + $1.claims.count } }

    public static func generate(_ parameters: Parameters) -> SyntheticCorpus {
        var builder = SyntheticCorpusBuilder(parameters)
        return builder.build()
    }
}

/// The generation itself, kept apart from the corpus value so the corpus stays a plain record.
struct SyntheticCorpusBuilder {
    let parameters: SyntheticCorpus.Parameters
    var random: SeededRandom

    init(_ parameters: SyntheticCorpus.Parameters) {
        self.parameters = parameters
        self.random = SeededRandom(seed: parameters.seed)
    }

    static let attributes: [Attribute] = {
        let attendance = [
            CategoryValue(id: "present", label: "took part"), CategoryValue(id: "in-person", broader: "present"),
            CategoryValue(id: "remote", broader: "present"), CategoryValue(id: "video-link", broader: "remote",
                                                                           label: "video link"),
            CategoryValue(id: "phone", broader: "remote"), CategoryValue(id: "absent"),
        ]
        return [
            // One cue, so the draft benchmark's article extracts into a claim about a corpus subject.
            Attribute(id: "troop-pledge-countries", name: "Countries pledging troops", kind: .count,
                      units: ["countries"],
                      cues: ["@person", "@country", "@group", "@organisation", "pledged ... troops"]),
            Attribute(id: "participants", name: "Participants", kind: .count, units: ["countries", "leaders"]),
            Attribute(id: "death-toll", name: "Death toll", kind: .count, units: ["people"],
                tolerance: Tolerance(about: 0.2, slack: 0),
                      evolution: .grows),
            Attribute(id: "aid-amount", name: "Aid pledged", kind: .number, units: ["billion-euros"],
                      tolerance: Tolerance(about: 0.05, slack: 0.5)),
            Attribute(id: "approval-rating", name: "Approval rating", kind: .number),
            Attribute(id: "attendance-mode", name: "Attendance", kind: .category, values: attendance),
            Attribute(id: "troop-deployment-stance", name: "Stance on sending troops", kind: .category,
                      values: [CategoryValue(id: "willing"), CategoryValue(id: "undecided"),
                               CategoryValue(id: "unwilling")]),
            Attribute(id: "topic-discussed", name: "Topic discussed", kind: .category, exclusive: false),
            Attribute(id: "nationality", name: "Nationality", kind: .category, changesAcrossEvents: false),
            Attribute(id: "signed-declaration", name: "Signed the declaration", kind: .flag),
            Attribute(id: "founding-year", name: "Founding year", kind: .count, changesAcrossEvents: false),
            // Only injected claims use it (no weight below).
            Attribute(id: "office", name: "Office", kind: .category),
        ]
    }()

    /// How often each attribute is claimed, in percent: counts and attendance dominate the news.
    static let attributeWeights = [18, 8, 10, 7, 5, 16, 9, 8, 5, 10, 4]

    static let syllables = ["an", "ber", "ca", "dor", "el", "fa", "gri", "ho", "is", "ja", "ko", "lu", "mar", "no",
                            "os", "pe", "ri", "sa", "tu", "ve", "wi", "zé", "mü", "ol", "ka", "ne", "ti", "ra"]
    static let outlets = (0..<240).map { "Outlet \($0 + 1)" }
    static let topics = ["ceasefire", "sanctions", "reconstruction", "energy", "refugees", "air-defence", "trade",
                         "grain"]
    static let nationalities = ["french", "german", "polish", "estonian", "italian", "dutch", "slovene", "ukrainian"]

    mutating func build() -> SyntheticCorpus {
        let claimTotal = max(parameters.claims, 14)
        let sourceCount = max(2, min(parameters.sources, claimTotal / 2))
        let injectionCount = max(13, claimTotal / 2000)
        let entityCount = max(60, claimTotal / 25) + injectionCount
        let eventCount = max(24, claimTotal / 100)

        let entities = makeEntities(entityCount)
        let events = makeEvents(eventCount)
        let attributes = Self.attributes
        let persons = entities.filter { $0.kind == .person }.map(\.id)
        // The last entities are reserved for injected contradictions, so no background claim
        // shares their groups.
        let backgroundSubjects = Array(entities.prefix(entities.count - injectionCount)).map(\.id)
        let injectionSubjects = Array(entities.suffix(injectionCount)).map(\.id)

        var files = makeSources(sourceCount)
        var nextLine = [Int](repeating: 1, count: files.count)

        // Injected contradictions first, so their claim count is known.
        var injections: [SyntheticCorpus.Injection] = []
        let seriesEvents = Dictionary(grouping: events.filter { $0.series != nil }, by: { $0.series! })
            .filter { $0.value.count >= 2 }.sorted { $0.key < $1.key }.map(\.value)
        for index in 0..<injectionCount {
            injections.append(inject(index, subject: injectionSubjects[index], persons: persons, events: events,
                                     seriesEvents: seriesEvents, files: &files, nextLine: &nextLine))
        }

        // Topics: many comparison keys, a few of them hot (a big story every outlet covers).
        let background = claimTotal - injections.reduce(0) { $0 + $1.claimIDs.count }
        let topicCount = max(20, background * 2 / 7)
        var topics: [Topic] = []
        topics.reserveCapacity(topicCount)
        for _ in 0..<topicCount {
            let attribute = attributes[weightedAttributeIndex()]
            let unit = attribute.units.isEmpty ? nil : random.pick(attribute.units)
            let event = random.percent(80) ? random.pick(events).id : nil
            topics.append(Topic(subject: random.pick(backgroundSubjects), attribute: attribute, event: event,
                                unit: unit))
        }
        let hotTopics = min(8, topics.count)

        var perSource = [Int](repeating: background / files.count, count: files.count)
        for index in 0..<(background % files.count) { perSource[index] += 1 }
        var quotable: [(sourceIndex: Int, claim: Claim)] = []
        for (sourceIndex, count) in perSource.enumerated() {
            var made = 0
            while made < count {
                let topic = random.percent(3) ? topics[random.below(hotTopics)] : random.pick(topics)
                let source = files[sourceIndex].source
                var claim = backgroundClaim(topic, number: made + 1, source: source, persons: persons,
                                            line: nextLine[sourceIndex])
                nextLine[sourceIndex] += 1 + random.below(3)
                // A translation of a quotation published elsewhere: one claim in two articles.
                if random.percent(1), let original = quotable.last, original.sourceIndex != sourceIndex {
                    let copy = original.claim
                    claim.subject = copy.subject; claim.attribute = copy.attribute; claim.event = copy.event
                    claim.unit = copy.unit; claim.speaker = copy.speaker; claim.attribution = copy.attribution
                    claim.value = copy.value; claim.modality = copy.modality
                    claim.sameQuoteAs = copy.stableID
                }
                var alsoAt: [Int] = []
                if random.percent(2) { alsoAt = [claim.evidence.line + 17] }
                let attribute = attributes.first { $0.id == claim.attribute }!
                let writesUnit = attribute.units.count != 1 || random.percent(70)
                files[sourceIndex].claims.append(SyntheticCorpus.FileClaim(claim: claim, writesUnit: writesUnit,
                                                                           alsoAtLines: alsoAt))
                made += 1
                if case .entity = claim.speaker, claim.sameQuoteAs == nil { quotable.append((sourceIndex, claim)) }
                // The article repeats itself (a page printing its body twice): the same
                // statement again under another id, folded into one claim by the checker.
                if made < count, random.percent(3) {
                    var repeated = claim
                    repeated.id = claimID(claim.attribute, made + 1)
                    repeated.evidence.line = nextLine[sourceIndex]
                    repeated.sameQuoteAs = nil
                    nextLine[sourceIndex] += 1
                    files[sourceIndex].claims.append(SyntheticCorpus.FileClaim(claim: repeated, writesUnit: writesUnit,
                                                                               alsoAtLines: []))
                    made += 1
                }
            }
        }
        return SyntheticCorpus(parameters: parameters, entities: entities, events: events, attributes: attributes,
                               sourceFiles: files, injections: injections)
    }

    struct Topic {
        var subject: String
        var attribute: Attribute
        var event: String?
        var unit: String?
    }

    mutating func weightedAttributeIndex() -> Int {
        var roll = random.below(Self.attributeWeights.reduce(0, +))
        for (index, weight) in Self.attributeWeights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return 0
    }

    mutating func name() -> String {
        let first = random.pick(Self.syllables) + random.pick(Self.syllables)
        let second = random.pick(Self.syllables) + random.pick(Self.syllables) + random.pick(Self.syllables)
        return first.prefix(1).uppercased() + first.dropFirst() + " " + second.prefix(1).uppercased()
            + second.dropFirst()
    }

    mutating func makeEntities(_ count: Int) -> [Entity] {
        let kinds: [Entity.Kind] = [.person, .person, .person, .country, .organisation, .group]
        return (0..<count).map { index in
            let name = name()
            // Ids keep the ASCII letters of the name: "Zéka Müol" becomes "zka-mol".
            let slug = String(name.lowercased().unicodeScalars.compactMap {
                $0 == " " ? "-" : $0.isASCII ? Character($0) : nil })
            let kind = kinds[index % kinds.count]
            let roles = kind == .person && random.percent(30)
                ? [Role(title: "Minister of \(random.pick(Self.topics))",
                        from: Day(year: 2015 + random.below(8), month: 1 + random.below(12), day: 1))]
                : []
            return Entity(id: "\(slug)-\(index + 1)", name: name, kind: kind,
                          aliases: random.percent(40) ? [name.split(separator: " ").last.map(String.init) ?? name] : [],
                              roles: roles)
        }
    }

    mutating func makeEvents(_ count: Int) -> [Event] {
        var events: [Event] = []
        var seriesNumber = 0
        while events.count < count {
            let year = 2016 + random.below(9)
            let month = 1 + random.below(12)
            let place = name().split(separator: " ").last.map(String.init) ?? "Paris"
            // One event in five opens a series of summits held every few months.
            if random.percent(20) {
                seriesNumber += 1
                let length = 2 + random.below(4)
                for step in 0..<length where events.count < count {
                    let start = Day(year: year + (month + step * 4 - 1) / 12, month: (month + step * 4 - 1) % 12 + 1,
                                    day: 1 + random.below(28))!
                    events.append(Event(id: "summit-\(seriesNumber)-\(step + 1)-\(events.count + 1)",
                                        name: "\(place) summit \(step + 1)",
                                        start: start, end: start, place: place, series: "summits-\(seriesNumber)"))
                }
            } else {
                let start = Day(year: year, month: month, day: 1 + random.below(28))!
                events.append(Event(id: "meeting-\(events.count + 1)", name: "Meeting in \(place)", start: start,
                                    end: start, place: place))
            }
        }
        return events
    }

    mutating func makeSources(_ count: Int) -> [SyntheticCorpus.SourceFile] {
        (0..<count).map { index in
            let outlet = random.pick(Self.outlets)
            let published = Day(year: 2016 + random.below(10), month: 1 + random.below(12), day: 1 + random.below(28))!
            let id = "\(outlet.lowercased().replacingOccurrences(of: " ", with: "-"))-\(published)-\(index + 1)"
            let source = Source(id: id, outlet: outlet, title: "Report \(index + 1) from \(outlet)",
                                published: published,
                                language: random.pick(["en", "de", "fr", "sl"]), file: "\(id).txt",
                                url: "https://example.org/"
                                    + "\(outlet.lowercased().replacingOccurrences(of: " ", with: "-"))/\(index + 1)")
            return SyntheticCorpus.SourceFile(source: source, path: "sources/\(index / 1000)/\(id).json", claims: [])
        }
    }

    func claimID(_ attribute: String, _ number: Int) -> String { "\(attribute)-\(number)" }

    /// The value every claim of a subject, attribute and unit agrees with, independent of the
    /// event so that series of events show no shift either.
    func baseNumber(_ topic: Topic, _ range: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ parameters.seed
        for byte in "\(topic.subject)|\(topic.attribute.id)|\(topic.unit ?? "")".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(range))
    }

    /// A value compatible with the topic's base value, in one of the forms articles use.
    mutating func compatibleValue(_ topic: Topic) -> ClaimValue {
        compatibleValue(base: baseNumber(topic, 1000), attribute: topic.attribute)
    }

    /// A value compatible with `base` (0..<1000), the number a topic's claims agree with.
    mutating func compatibleValue(base: Int, attribute: Attribute) -> ClaimValue {
        switch attribute.id {
        case "attendance-mode":
            return .category(random.pick([["in-person", "present"], ["remote", "video-link", "present"],
                                          ["absent"]][base % 3]))
        case "troop-deployment-stance":
            return .category(["willing", "undecided", "unwilling"][base % 3])
        case "topic-discussed":
            return .category(random.pick(Self.topics))
        case "nationality":
            return .category(Self.nationalities[base % Self.nationalities.count])
        case "signed-declaration":
            return .flag(base % 2 == 0)
        default:
            break
        }
        let roll = random.below(100)
        if attribute.kind == .number {
            let value = Double(100 + base * 7) / 10
            if roll < 60 { return .quantity(.exactly(value)) }
            if roll < 80 { return .quantity(.about(value)) }
            return .quantity(.range(min: value - 1.5, max: value + 2.5))
        }
        let value = Double(attribute.id == "founding-year" ? 1800 + base % 200 : 10 + base)
        switch roll {
        case ..<60: return .quantity(.exactly(value))
        case ..<75: return .quantity(.about(value))
        case ..<85: return .quantity(.range(min: value - Double(1 + random.below(5)), max: nil))
        case ..<90: return .quantity(.range(min: nil, max: value + Double(random.below(5))))
        default: return .quantity(.range(min: value - 2, max: value + 3))
        }
    }

    mutating func backgroundClaim(_ topic: Topic, number: Int, source: Source, persons: [String], line: Int) -> Claim {
        let speakerRoll = random.below(100)
        let speaker: Speaker = speakerRoll < 60 ? .narrator : speakerRoll < 90 ? .entity(random.pick(persons))
            : .anonymous
        let attribution: Attribution
        switch speaker {
        case .narrator: attribution = .narrator
        case .anonymous: attribution = .anonymousSource
        case .entity: attribution = random.percent(50) ? .directQuote : .reportedSpeech
        }
        let modalityRoll = random.below(100)
        let modality: Modality = modalityRoll < 75 ? .asserted : modalityRoll < 87 ? .expected : .hedged
        let value = compatibleValue(topic)
        let said = random.percent(10) ? Day(year: 2016 + random.below(10), month: 1 + random.below(12),
                                            day: 1 + random.below(28)) : nil
        return Claim(id: claimID(topic.attribute.id, number), sourceID: source.id, subject: topic.subject,
                     attribute: topic.attribute.id, value: value, unit: topic.unit, speaker: speaker,
                         attribution: attribution,
                     modality: modality, event: topic.event, said: said,
                     statement: statement(topic, value: value, speaker: speaker, modality: modality),
                     evidence: Evidence(file: source.file!, line: line))
    }

    mutating func statement(_ topic: Topic, value: ClaimValue, speaker: Speaker, modality: Modality) -> String {
        let who = speaker == .narrator ? "The outlet" : speaker == .anonymous ? "An official who asked not to be named"
            : "A spokesperson"
        let verb = modality == .asserted ? "says" : modality == .expected ? "expects that" : "reportedly says"
        let quote = random.percent(5) ? " and calls it \"a turning point\"" : ""
        return "\(who) \(verb) the \(topic.attribute.name.lowercased()) is " +
               "\(value.humanDescription(unit: topic.unit))\(quote)."
    }

    /// Plants one contradiction of the rule `index` selects, in two sources, and returns the
    /// finding it must produce.
    mutating func inject(_ index: Int, subject: String, persons: [String], events: [Event], seriesEvents: [[Event]],
                         files: inout [SyntheticCorpus.SourceFile], nextLine: inout [Int])
                             -> SyntheticCorpus.Injection {
        let first = random.below(files.count)
        var second = random.below(files.count - 1)
        if second >= first { second += 1 }
        let plainEvent = random.pick(events).id
        let early = Day(year: 2015, month: 1, day: 1)!, late = Day(year: 2015, month: 1, day: 2)!
        let speaker = Speaker.entity(random.pick(persons))

        func add(_ fileIndex: Int, _ attribute: String, _ value: ClaimValue, unit: String? = nil,
                 speaker: Speaker = .narrator,
                 modality: Modality = .asserted, event: String?, said: Day? = nil, ordinal: Int? = nil,
                 files: inout [SyntheticCorpus.SourceFile], nextLine: inout [Int]) -> String {
            let source = files[fileIndex].source
            let claim = Claim(id: "checked-\(index + 1)-\(files[fileIndex].claims.count + 1)", sourceID: source.id,
                              subject: subject,
                              attribute: attribute, value: value, unit: unit, speaker: speaker,
                              attribution: speaker == .narrator ? .narrator : .reportedSpeech, modality: modality,
                                  event: event,
                              said: said ?? source.published, statement: "A claim planted to contradict another " +
                                                                         "(\(attribute)).",
                              evidence: Evidence(file: source.file!, line: nextLine[fileIndex]), ordinal: ordinal)
            nextLine[fileIndex] += 1
            files[fileIndex].claims.append(SyntheticCorpus.FileClaim(claim: claim, writesUnit: true, alsoAtLines: []))
            return claim.stableID
        }

        let ruleID: String, severity: Severity
        var event: String? = plainEvent
        var ids: [String] = []
        switch index % 13 {
        case 0:
            (ruleID, severity) = (CountMismatchRule.description.id, .error)
            ids.append(add(first, "troop-pledge-countries", .quantity(.exactly(26)), unit: "countries", event: event,
                           files: &files, nextLine: &nextLine))
            ids.append(add(second, "troop-pledge-countries", .quantity(.range(min: 31, max: nil)), unit: "countries",
                           event: event, files: &files, nextLine: &nextLine))
        case 1:
            (ruleID, severity) = (SpeakerInconsistencyRule.description.id, .error)
            // Said the same day: a toll grows, so on different days these would be an update.
            ids.append(add(first, "death-toll", .quantity(.exactly(120)), unit: "people", speaker: speaker,
                event: event, said: early, files: &files, nextLine: &nextLine))
            ids.append(add(second, "death-toll", .quantity(.exactly(40)), unit: "people", speaker: speaker,
                event: event, said: early, files: &files, nextLine: &nextLine))
        case 2:
            (ruleID, severity) = (CategoryConflictRule.description.id, .error)
            ids.append(add(first, "attendance-mode", .category("in-person"), event: event, files: &files,
                           nextLine: &nextLine))
            ids.append(add(second, "attendance-mode", .category("video-link"), event: event, files: &files,
                           nextLine: &nextLine))
        case 3:
            (ruleID, severity) = (FlagConflictRule.description.id, .error)
            ids.append(add(first, "signed-declaration", .flag(true), event: event, files: &files, nextLine: &nextLine))
            ids.append(add(second, "signed-declaration", .flag(false), event: event, files: &files,
                           nextLine: &nextLine))
        case 4:
            // A stale preview: the plan is published after the report that contradicts it.
            (ruleID, severity) = (ExpectationNotMetRule.description.id, .warning)
            ids.append(add(first, "attendance-mode", .category("in-person"), modality: .expected, event: event,
                said: late, files: &files, nextLine: &nextLine))
            ids.append(add(second, "attendance-mode", .category("absent"), event: event, said: early, files: &files,
                nextLine: &nextLine))
        case 5:
            (ruleID, severity) = (HedgedConflictRule.description.id, .warning)
            ids.append(add(first, "aid-amount", .quantity(.about(2)), unit: "billion-euros", modality: .hedged,
                           event: event, files: &files, nextLine: &nextLine))
            ids.append(add(second, "aid-amount", .quantity(.exactly(10)), unit: "billion-euros", event: event,
                           files: &files, nextLine: &nextLine))
        case 7...12:
            let plan = evolvingNewsPlan(index % 13, speaker: speaker, persons: persons, event: plainEvent,
                                        seriesEvents: seriesEvents)
            (ruleID, severity, event) = (plan.ruleID, plan.severity, plan.event)
            let planted = plan.claims.map { claim in
                add(claim.inSecond ? second : first, claim.attribute, claim.value, unit: claim.unit,
                    speaker: claim.speaker,
                    modality: claim.modality, event: claim.event, said: claim.said, ordinal: claim.ordinal,
                    files: &files, nextLine: &nextLine)
            }
            ids = plan.findingOrder.map { $0.map { planted[$0] } } ?? planted.sorted()
        default:
            (ruleID, severity) = (ShiftAcrossEventsRule.description.id, .info)
            let series = random.pick(seriesEvents).sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            let step = random.below(series.count - 1)
            ids.append(add(first, "attendance-mode", .category("video-link"), event: series[step].id, files: &files,
                           nextLine: &nextLine))
            ids.append(add(second, "attendance-mode", .category("in-person"), event: series[step + 1].id, files: &files,
                           nextLine: &nextLine))
            event = series[step + 1].id
        }
        let attribute = files[second].claims.last!.claim.attribute
        let unit = files[second].claims.last!.claim.unit
        return SyntheticCorpus.Injection(ruleID: ruleID, severity: severity,
                                         key: ComparisonKey(subject: subject, attribute: attribute, event: event,
                                                            unit: unit),
                                         claimIDs: ids)
    }
}
