/// What a compact store of claims gives a `ClaimList`: ClaimStore's `ClaimTable`, whose
/// claims are decoded only when read. Everything here is answered without decoding a claim
/// (but `claim(at:)` and, for a value only the claim holds, `value(at:)`), which is what lets
/// a million-claim check decode only the few thousand claims a finding can involve.
///
/// Code above the storage never sees this: it reads a `ClaimList` and its `ClaimColumns`.
public protocol ClaimStorage: AnyObject, Sendable {
    var count: Int { get }
    /// The claim at `position`, decoded.
    func claim(at position: Int) -> Claim
    /// The claim's value, usually without decoding the claim.
    func value(at position: Int) -> ClaimValue
    /// A key per claim equal for equal values; nil for a value only its `ClaimValue` can
    /// compare (see `ClaimList.valueKeys`).
    func valueKeys() -> [ValueKey?]
    /// Positions of the claims that translate another (`sameQuoteAs`).
    func translating() -> [Int]
    /// Positions of the claims that state an ordinal ("the first time").
    func statingOrdinal() -> [Int]
    /// Positions of the claims from these sources.
    func positions(fromSources sources: Set<String>) -> [Int]
    /// Positions of the claims on record with these stable ids ("source#claim"), ascending.
    func positions(ofStableIDs ids: Set<String>) -> [Int]
    /// The same claims without those at `positions`.
    func removing(_ positions: Set<Int>) -> any ClaimStorage
    /// "source#claim" of the claim at `position`.
    func stableID(at position: Int) -> String
    /// The source id of the claim at `position`.
    func sourceID(at position: Int) -> String
    /// The claims' keys as integer columns (`ClaimList.columns` keeps them).
    func columns() -> ClaimColumns
}

extension ClaimStorage {
    /// Every claim of the ids' sources, told apart by its stable id: a storage that can find
    /// a claim by its id without building one per claim answers this itself.
    public func positions(ofStableIDs ids: Set<String>) -> [Int] {
        guard !ids.isEmpty else { return [] }
        let sources = Set(ids.map(Claim.sourceID(ofStableID:)))
        return positions(fromSources: sources).filter { ids.contains(stableID(at: $0)) }
    }
}
