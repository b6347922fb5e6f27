import ClaimModel
import ClaimRules

/// A generated corpus that looks like a newsroom's archive rather than a benign one, written
/// apart from `SyntheticCorpus` (kept as it is, for comparison) after issue 16:
///
/// - values really differ from one event to the next for the same entity (in person at one
///   meeting, on a video link at the next; a count per event), and previews and hedged
///   claims sometimes miss, so the background has findings of its own;
/// - events come in many series and many stand alone;
/// - translations of quotations spread across many sources, a few quotations going viral;
/// - a few hot subjects with thousands of claims each, on a few big events;
/// - planted contradictions, each on a subject of its own, about 1% of claims.
///
/// The background's own findings are realistic noise, so the check is that every planted
/// contradiction is found (the manifest), not that nothing else is.
public enum RealisticCorpus {
    public struct Parameters: Equatable, Sendable {
        public var claims: Int
        public var claimsPerSource = 100
        public var seed: UInt64 = 1
        /// Percent of event draws that open a series of 2 to 8 meetings (the rest are one-off
        /// visits): at 40, about three events in four belong to a series.
        public var seriesPercent = 40
        /// Percent of a subject's storylines whose value differs from event to event.
        public var differingPercent = 70
        /// Per mille of claims that translate a quotation published in another source.
        public var translationPermille = 10
        /// Percent of translations that take one of the few viral quotations.
        public var viralPercent = 30
        /// Subjects that every outlet covers, and the percent of claims about them.
        public var hotSubjects = 8
        public var hotPercent = 3
        /// Per mille of claims in planted contradictions (two claims each).
        public var plantedPermille = 10
        /// Percent of previews (expected) and of hedged claims whose value does not hold.
        public var missPercent = 10

        public init(claims: Int, seed: UInt64 = 1) {
            self.claims = claims
            self.seed = seed
        }

        /// The command-line names of the parameters, for `--name value`.
        public static var optionNames: [(name: String, path: WritableKeyPath<Parameters, Int>)] { [
            ("--per-source", \.claimsPerSource), ("--series-percent", \.seriesPercent),
            ("--differing-percent", \.differingPercent), ("--translation-permille", \.translationPermille),
            ("--viral-percent", \.viralPercent), ("--hot-subjects", \.hotSubjects), ("--hot-percent", \.hotPercent),
            ("--planted-permille", \.plantedPermille), ("--miss-percent", \.missPercent),
        ] }

        public var summary: String {
            "per-source \(claimsPerSource), series \(seriesPercent)%, differing \(differingPercent)%, "
                + "translations \(translationPermille)‰ (viral \(viralPercent)%), hot \(hotSubjects) subjects × " +
                  "\(hotPercent)%, "
                + "planted \(plantedPermille)‰, misses \(missPercent)%"
        }
    }

    public static func generate(_ parameters: Parameters) -> SyntheticCorpus {
        var builder = RealisticCorpusBuilder(parameters)
        return builder.build()
    }
}

/// One subject's attribute followed over some events: the unit of "values differ across
/// events" (a person's attendance at each of a series of meetings).
struct Storyline {
    var subject: String
    var attribute: Attribute
    var unit: String?
    /// Nil stands for claims tied to no event.
    var events: [String?]
    var differs: Bool
}

struct RealisticCorpusBuilder {
    let parameters: RealisticCorpus.Parameters
    /// The old generator's helpers (names, entities, sources, value forms, planting), on a
    /// random stream of their own.
    var common: SyntheticCorpusBuilder
    var random: SeededRandom

    init(_ parameters: RealisticCorpus.Parameters) {
        self.parameters = parameters
        let claims = max(parameters.claims, 100)
        common = SyntheticCorpusBuilder(SyntheticCorpus.Parameters(claims: claims, sources: 0, seed: parameters.seed))
        random = SeededRandom(seed: parameters.seed ^ 0x5EED_0016)
    }

    mutating func build() -> SyntheticCorpus {
        let claimTotal = max(parameters.claims, 100)
        let sourceCount = max(2, claimTotal / max(1, parameters.claimsPerSource))
        let injectionCount = max(7, claimTotal * parameters.plantedPermille / 2000)
        let entities = common.makeEntities(max(60, claimTotal / 25) + injectionCount)
        let events = makeEvents(max(24, claimTotal / 100))
        let persons = entities.filter { $0.kind == .person }.map(\.id)
        let background = Array(entities.prefix(entities.count - injectionCount)).map(\.id)
        let planted = Array(entities.suffix(injectionCount)).map(\.id)

        var files = common.makeSources(sourceCount)
        var nextLine = [Int](repeating: 1, count: files.count)
        let seriesEvents = Dictionary(grouping: events.filter { $0.series != nil }, by: { $0.series! })
            .filter { $0.value.count >= 2 }.sorted { $0.key < $1.key }.map(\.value)
        var injections: [SyntheticCorpus.Injection] = []
        for index in 0..<injectionCount {
            injections.append(common.inject(index, subject: planted[index], persons: persons, events: events,
                                            seriesEvents: seriesEvents, files: &files, nextLine: &nextLine))
        }
        let hot = Array(background.prefix(min(parameters.hotSubjects, background.count / 2)))
        let ordinary = Array(background.dropFirst(hot.count))
        let storylines = makeStorylines(ordinary, count: max(20, claimTotal * 2 / 7 / 3), events: events,
                                        seriesEvents: seriesEvents)
        // The big story: every outlet covers the hot subjects at the same few events.
        let bigEvents = Array((seriesEvents.first ?? []).map(\.id).prefix(3)) + [events.last!.id]
        // Their most reported attributes: who pledged what, who came, how much aid.
        let hotAttributes = SyntheticCorpusBuilder.attributes.filter {
            ["troop-pledge-countries", "attendance-mode", "aid-amount", "signed-declaration"].contains($0.id)
        }
        let hotLines = hot.flatMap { subject in
            hotAttributes.map { attribute in
                Storyline(subject: subject, attribute: attribute, unit: attribute.units.first,
                          events: bigEvents, differs: attribute.changesAcrossEvents)
            }
        }
        var writer = ClaimStream(files: files, nextLine: nextLine, persons: persons)
        let plantedClaims = injections.reduce(0) { $0 + $1.claimIDs.count }
        for index in 0..<(claimTotal - plantedClaims) {
            let sourceIndex = index % files.count
            if random.below(1000) < parameters.translationPermille,
                writer.translate(into: sourceIndex, &random, viral: parameters.viralPercent) {
                continue
            }
            let isHot = !hotLines.isEmpty && random.percent(parameters.hotPercent)
            let line = isHot ? random.pick(hotLines) : random.pick(storylines)
            let event = random.pick(line.events)
            writer.add(backgroundClaim(line, event: event, source: writer.files[sourceIndex].source,
                                       persons: persons, line: writer.nextLine[sourceIndex]), to: sourceIndex, &random)
        }
        return SyntheticCorpus(parameters: SyntheticCorpus.Parameters(claims: parameters.claims, sources: sourceCount,
                                                                      seed: parameters.seed),
                               entities: entities, events: events, attributes: SyntheticCorpusBuilder.attributes,
                               sourceFiles: writer.files, injections: injections)
    }

    /// Events: `seriesPercent` of the draws open a series of 2 to 8 meetings a few months
    /// apart, the rest are one-off visits.
    mutating func makeEvents(_ count: Int) -> [Event] {
        var events: [Event] = []
        var seriesNumber = 0
        while events.count < count {
            let year = 2016 + random.below(9), month = 1 + random.below(12)
            let place = common.name().split(separator: " ").last.map(String.init) ?? "Paris"
            if random.percent(parameters.seriesPercent) {
                seriesNumber += 1
                let length = 2 + random.below(7)
                for step in 0..<length where events.count < count {
                    let months = month - 1 + step * 3
                    let start = Day(year: year + months / 12, month: months % 12 + 1, day: 1 + random.below(28))!
                    events.append(Event(id: "council-\(seriesNumber)-\(step + 1)-\(events.count + 1)",
                                        name: "\(place) council \(step + 1)",
                                        start: start, end: start, place: place, series: "councils-\(seriesNumber)"))
                }
            } else {
                let start = Day(year: year, month: month, day: 1 + random.below(28))!
                events.append(Event(id: "visit-\(events.count + 1)", name: "Visit to \(place)", start: start,
                                    end: start, place: place))
            }
        }
        return events
    }

    /// Storylines of ordinary subjects: half follow the meetings of one series, the rest
    /// wander over unrelated events; some are tied to no event at all.
    mutating func makeStorylines(_ subjects: [String], count: Int, events: [Event], seriesEvents: [[Event]])
        -> [Storyline] {
        (0..<count).map { _ in
            let attribute = SyntheticCorpusBuilder.attributes[common.weightedAttributeIndex()]
            let unit = attribute.units.isEmpty ? nil : random.pick(attribute.units)
            var lineEvents: [String?]
            if random.percent(15) {
                lineEvents = [nil]
            } else if random.percent(50), !seriesEvents.isEmpty {
                lineEvents = random.pick(seriesEvents).map(\.id)
            } else {
                lineEvents = (0..<(1 + random.below(5))).map { _ in random.pick(events).id }
            }
            let differs = attribute.changesAcrossEvents && random.percent(parameters.differingPercent)
            return Storyline(subject: random.pick(subjects), attribute: attribute, unit: unit, events: lineEvents,
                             differs: differs)
        }
    }

    /// The number a storyline's claims about one event agree with: per event when the
    /// storyline's value differs across events, else one for all.
    func base(_ line: Storyline, event: String?) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ parameters.seed
        let text = "\(line.subject)|\(line.attribute.id)|\(line.unit ?? "")|\(line.differs ? event ?? "-" : "")"
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return Int(hash % 1000)
    }

    mutating func backgroundClaim(_ line: Storyline, event: String?, source: Source, persons: [String],
                                  line number: Int) -> Claim {
        let topic = SyntheticCorpusBuilder.Topic(subject: line.subject, attribute: line.attribute, event: event,
                                                 unit: line.unit)
        var claim = common.backgroundClaim(topic, number: number, source: source, persons: persons, line: number)
        var base = base(line, event: event)
        // A preview or a hedge that did not hold: 1001 more is another category (mod 3),
        // the other flag (mod 2) and a count far off.
        if claim.modality != .asserted, event != nil, line.attribute.changesAcrossEvents,
            random.percent(parameters.missPercent) {
            base += 1001
        }
        claim.value = common.compatibleValue(base: base, attribute: line.attribute)
        claim.statement = common.statement(topic, value: claim.value, speaker: claim.speaker, modality: claim.modality)
        return claim
    }
}

/// Claims appended to source files in turn, with the quotations available for translation.
struct ClaimStream {
    var files: [SyntheticCorpus.SourceFile]
    var nextLine: [Int]
    let persons: [String]
    private var quotes: [(sourceIndex: Int, claim: Claim)] = []
    private var viral: [(sourceIndex: Int, claim: Claim)] = []

    init(files: [SyntheticCorpus.SourceFile], nextLine: [Int], persons: [String]) {
        self.files = files
        self.nextLine = nextLine
        self.persons = persons
    }

    mutating func add(_ claim: Claim, to sourceIndex: Int, _ random: inout SeededRandom) {
        var claim = claim
        claim.id = "\(claim.attribute)-\(files[sourceIndex].claims.count + 1)"
        nextLine[sourceIndex] += 1 + random.below(3)
        let attribute = SyntheticCorpusBuilder.attributes.first { $0.id == claim.attribute }!
        let writesUnit = attribute.units.count != 1 || random.percent(70)
        let alsoAt = random.percent(2) ? [claim.evidence.line + 17] : []
        files[sourceIndex].claims.append(SyntheticCorpus.FileClaim(claim: claim, writesUnit: writesUnit,
                                                                   alsoAtLines: alsoAt))
        guard case .entity = claim.speaker, claim.sameQuoteAs == nil else { return }
        let quote = (sourceIndex, files[sourceIndex].claims.last!.claim)
        if viral.count < 50, random.percent(5) { viral.append(quote) } else { quotes.append(quote) }
    }

    /// A translation of a quotation published in another source, or false when none fits.
    mutating func translate(into sourceIndex: Int, _ random: inout SeededRandom, viral viralPercent: Int) -> Bool {
        let pool = !viral.isEmpty && random.percent(viralPercent) ? viral : quotes
        guard !pool.isEmpty else { return false }
        let original = pool[random.below(pool.count)]
        guard original.sourceIndex != sourceIndex else { return false }
        var claim = original.claim
        claim.sourceID = files[sourceIndex].source.id
        claim.evidence = Evidence(file: files[sourceIndex].source.file!, line: nextLine[sourceIndex])
        claim.said = nil
        claim.sameQuoteAs = original.claim.stableID
        add(claim, to: sourceIndex, &random)
        return true
    }
}
