/// The claims of a `ClaimSet`, in stable-id order: either an array (small records, drafts,
/// tests) or a compact store (`ClaimStorage`, ClaimStore's `ClaimTable`) whose claims are
/// decoded when read.
///
/// Reading every element of a stored list decodes every claim; code that runs on a whole
/// archive reads `columns` and the methods below instead, which decode none.
public struct ClaimList: RandomAccessCollection, Sendable {
    enum Storage: Sendable {
        case array([Claim])
        case stored(any ClaimStorage)
    }

    private let storage: Storage
    /// The columns, once asked for: shared by the list's copies, built once per list.
    private let columnsCache = ColumnsCache()

    public init(_ claims: [Claim]) { storage = .array(claims) }

    public init(_ stored: any ClaimStorage) { storage = .stored(stored) }

    /// The compact store behind the list, when it has one (for the storage's own code and
    /// its tests; nothing above the storage asks).
    package var stored: (any ClaimStorage)? {
        if case .stored(let stored) = storage { return stored }
        return nil
    }

    /// The claims' keys as integer columns (`ClaimColumns`), built on first use: a store's
    /// from its rows, an array's by interning its claims' ids.
    public var columns: ClaimColumns {
        columnsCache.value {
            switch storage {
            case .array(let claims): return ClaimColumns(interning: claims)
            case .stored(let stored): return stored.columns()
            }
        }
    }

    /// For each claim, a number equal for equal values (within an attribute), -1 for a value
    /// only its `ClaimValue` can compare (which counts as different from every other): from
    /// the value keys of a store, from the values themselves on an array.
    public func valueNumbers() -> [Int32] {
        switch storage {
        case .stored:
            var numbers: [ValueKey: Int32] = [:]
            return valueKeys().map { key in
                guard let key else { return -1 }
                if let known = numbers[key] { return known }
                let number = Int32(numbers.count)
                numbers[key] = number
                return number
            }
        case .array(let claims):
            var numbers: [ClaimValue: Int32] = [:]
            return claims.map { claim in
                if let known = numbers[claim.value] { return known }
                let number = Int32(numbers.count)
                numbers[claim.value] = number
                return number
            }
        }
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .array(let claims): return claims.count
        case .stored(let stored): return stored.count
        }
    }

    public subscript(position: Int) -> Claim {
        switch storage {
        case .array(let claims): return claims[position]
        case .stored(let stored): return stored.claim(at: position)
        }
    }

    /// The claims as an array, decoding a store's.
    public var array: [Claim] {
        switch storage {
        case .array(let claims): return claims
        case .stored: return Array(self)
        }
    }

    /// The claims at these positions, in that order; a store's are decoded on every core in
    /// chunks (a third of a million candidates took most of a second on one).
    public func claims(at positions: [Int]) -> [Claim] {
        guard case .stored(let stored) = storage else { return positions.map { self[$0] } }
        return ParallelMap.chunked(positions.count) { stored.claim(at: positions[$0]) }
    }

    /// The claim's value, without decoding the rest of it where the storage allows.
    public func value(at position: Int) -> ClaimValue {
        switch storage {
        case .array(let claims): return claims[position].value
        case .stored(let stored): return stored.value(at: position)
        }
    }

    /// For each claim, a key equal for equal values, without building the values where the
    /// storage allows; nil for values only their `ClaimValue` can compare (categories of an
    /// array, open categories of a store).
    public func valueKeys() -> [ValueKey?] {
        switch storage {
        case .array(let claims): return claims.map { ValueKey($0.value) }
        case .stored(let stored): return stored.valueKeys()
        }
    }

    /// Positions of the claims that translate another (`sameQuoteAs`), without decoding any
    /// other claim.
    public func translating() -> [Int] {
        switch storage {
        case .array(let claims): return claims.indices.filter { claims[$0].sameQuoteAs != nil }
        case .stored(let stored): return stored.translating()
        }
    }

    /// Positions of the claims that state an ordinal ("the first time"), without decoding any
    /// other claim.
    public func statingOrdinal() -> [Int] {
        switch storage {
        case .array(let claims): return claims.indices.filter { claims[$0].ordinal != nil }
        case .stored(let stored): return stored.statingOrdinal()
        }
    }

    /// Positions of the claims translations tie to others (they translate one, or one
    /// translates them), ascending, without decoding any other claim; `alsoTargets` are
    /// claims named by translations from outside the list (a draft's).
    public func translationRelated(alsoTargets: Set<String> = []) -> [Int] {
        let translating = translating()
        // Decoded on every core: one by one, the translations of a million-claim archive
        // (ten thousand) were half of the screen's time on one core.
        let targets = Set(claims(at: translating).compactMap(\.sameQuoteAs)).union(alsoTargets)
        guard !targets.isEmpty else { return translating }
        return Set(translating).union(positions(ofStableIDs: targets)).sorted()
    }

    /// Positions of the claims from these sources, without decoding any claim: a store asks
    /// each file once, not each claim.
    public func positions(fromSources sources: Set<String>) -> [Int] {
        guard !sources.isEmpty else { return [] }
        switch storage {
        case .array(let claims): return claims.indices.filter { sources.contains(claims[$0].sourceID) }
        case .stored(let stored): return stored.positions(fromSources: sources)
        }
    }

    /// Positions of the claims with these stable ids ("source#claim"), ascending. A store finds
    /// them among their sources' claims without building a stable id for each (translations
    /// spread over thousands of sources named half the archive's claims, each id a new string).
    public func positions(ofStableIDs ids: Set<String>) -> [Int] {
        guard !ids.isEmpty else { return [] }
        switch storage {
        case .array(let claims): return claims.indices.filter { ids.contains(claims[$0].stableID) }
        case .stored(let stored): return stored.positions(ofStableIDs: ids)
        }
    }

    /// The list without the claims with these stable ids, decoding none of the others.
    public func removing(stableIDs ids: Set<String>) -> ClaimList {
        switch storage {
        case .array(let claims):
            return ClaimList(claims.filter { !ids.contains($0.stableID) })
        case .stored(let stored):
            let dropped = Set(stored.positions(ofStableIDs: ids))
            return dropped.isEmpty ? self : ClaimList(stored.removing(dropped))
        }
    }

    /// The claim's stable id ("source#claim"), without decoding the claim.
    public func stableID(at position: Int) -> String {
        switch storage {
        case .array(let claims): return claims[position].stableID
        case .stored(let stored): return stored.stableID(at: position)
        }
    }

    /// The claim's source id, without decoding the claim.
    public func sourceID(at position: Int) -> String {
        switch storage {
        case .array(let claims): return claims[position].sourceID
        case .stored(let stored): return stored.sourceID(at: position)
        }
    }
}
