import ClaimModel

/// Which gold event or entity each id extraction created stands for. Extraction names a new
/// fire "Wang Fuk Court fire" where the curator wrote `tai-po-fire-2025-11-26`; the two are the
/// same when their claims stand on the same lines. Each created id maps to the gold id it
/// shares the most evidence (article, line) with; ties go to the smaller gold id, and an id
/// sharing no line with any gold one stays as it is (and then matches nothing).
///
/// Ids the given registry defines are never remapped: extraction chose them by name.
public struct IDAlignment: Sendable {
    public private(set) var events: [String: String] = [:]
    public private(set) var entities: [String: String] = [:]

    /// A line, and whether the id stood there as the claim's subject or its speaker: a new
    /// speaker must meet the gold speaker of its lines, not the subject beside it.
    struct Place: Hashable {
        var file: String
        var line: Int
        var asSpeaker = false
    }

    public init(extracted: [Claim], gold: [Claim], given: ClaimSet) {
        var extractedEvents: [String: Set<Place>] = [:], goldEvents: [String: Set<Place>] = [:]
        var extractedEntities: [String: Set<Place>] = [:], goldEntities: [String: Set<Place>] = [:]
        func collect(_ claims: [Claim], events: inout [String: Set<Place>], entities: inout [String: Set<Place>]) {
            for claim in claims {
                let places = Self.places(of: claim)
                if let event = claim.event { events[event, default: []].formUnion(places) }
                entities[claim.subject, default: []].formUnion(places)
                if case .entity(let speaker) = claim.speaker {
                    entities[speaker, default: []].formUnion(places.map {
                        Place(file: $0.file, line: $0.line, asSpeaker: true) })
                }
            }
        }
        collect(extracted, events: &extractedEvents, entities: &extractedEntities)
        collect(gold, events: &goldEvents, entities: &goldEntities)
        // An id the gold itself uses (an event's own subject entity, a country) stands for itself.
        for (id, places) in extractedEvents where given.events[id] == nil && goldEvents[id] == nil {
            if let target = Self.best(places, among: goldEvents) { events[id] = target }
        }
        for (id, places) in extractedEntities where given.entities[id] == nil && goldEntities[id] == nil {
            // An event's own subject entity follows its event.
            if let event = events[id] { entities[id] = event; continue }
            if let target = Self.best(places, among: goldEntities) { entities[id] = target }
        }
    }

    static func places(of claim: Claim) -> [Place] {
        [Place(file: claim.evidence.file, line: claim.evidence.line)]
            + claim.alsoAt.map { Place(file: $0.evidence.file, line: $0.evidence.line) }
    }

    static func best(_ places: Set<Place>, among candidates: [String: Set<Place>]) -> String? {
        var best: (id: String, shared: Int)?
        for (id, other) in candidates {
            let shared = places.intersection(other).count
            guard shared > 0 else { continue }
            if best == nil || shared > best!.shared || (shared == best!.shared && id < best!.id) { best = (id, shared) }
        }
        return best?.id
    }

    /// An id in gold terms: events first, then entities, else itself.
    public func map(_ id: String) -> String { events[id] ?? entities[id] ?? id }

    /// The claim with its subject, speaker, event and entity-valued categories in gold ids.
    public func map(_ claim: Claim) -> Claim {
        var claim = claim
        claim.subject = entities[claim.subject] ?? events[claim.subject] ?? claim.subject
        if case .entity(let speaker) = claim.speaker { claim.speaker = .entity(entities[speaker] ?? speaker) }
        claim.event = claim.event.map { events[$0] ?? $0 }
        if case .category(let value) = claim.value, let mapped = entities[value] { claim.value = .category(mapped) }
        return claim
    }
}
