/// Everything on record: the registries and the claims, with ids resolved and validated.
public struct ClaimSet: Sendable {
    public var entities: [String: Entity]
    public var events: [String: Event]
    public var attributes: [String: Attribute]
    public var sources: [String: Source]
    /// Sorted by stable id, so everything built from the set is deterministic. Loaded from
    /// claim files, the list is a compact store (ClaimStore's `ClaimTable`) whose claims are
    /// decoded when read.
    public var claimList: ClaimList

    /// Every claim, decoded. For a loaded archive this builds a million claims: code that
    /// runs on whole archives reads `claimList` instead.
    public var claims: [Claim] {
        get { claimList.array }
        set { claimList = ClaimList(newValue) }
    }

    /// How many claims are on record, without decoding any.
    public var claimCount: Int { claimList.count }

    public init(entities: [Entity] = [], events: [Event] = [], attributes: [Attribute] = [],
                sources: [Source] = [], claims: [Claim] = []) {
        self.entities = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.events = Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.attributes = Dictionary(attributes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.sources = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.claimList = ClaimList(Self.inStableOrder(claims))
    }
    /// A loaded record: registries already keyed by id, and claims already in stable order
    /// (a store's).
    public init(entities: [String: Entity], events: [String: Event], attributes: [String: Attribute],
                sources: [Source], claimList: ClaimList) {
        self.entities = entities
        self.events = events
        self.attributes = attributes
        self.sources = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.claimList = claimList
    }

    /// Sorted by stable id. The loader already hands claims over in that order, so checking
    /// comes first (linear, and free of allocations); sorting is the fallback.
    /// A draft appended to the record (the desk check) is sorted alone and merged in, which
    /// gives what a stable sort of the whole would.
    public static func inStableOrder(_ claims: [Claim]) -> [Claim] {
        var index = 1
        while index < claims.count, Claim.precedesInStableOrder(claims[index - 1], claims[index]) { index += 1 }
        guard index < claims.count else { return claims }
        guard index * 2 >= claims.count else { return claims.sorted(by: Claim.precedesInStableOrder) }
        let tail = claims[index...].sorted(by: Claim.precedesInStableOrder)
        var merged: [Claim] = []
        merged.reserveCapacity(claims.count)
        var head = 0, next = 0
        while head < index || next < tail.count {
            if next == tail.count || (head < index && !Claim.precedesInStableOrder(tail[next], claims[head])) {
                merged.append(claims[head]); head += 1
            } else {
                merged.append(tail[next]); next += 1
            }
        }
        return merged
    }

    /// The day a claim was made, falling back to its source's publication date.
    public func effectiveDate(of claim: Claim) -> Day? {
        claim.said ?? sources[claim.sourceID]?.published
    }
}
