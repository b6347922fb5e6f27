import ClaimModel

extension ClaimList {
    /// The table behind the list, when it has one: for the storage's own code and its tests,
    /// which check which path a load took. Nothing above the storage asks.
    public var table: ClaimTable? { stored as? ClaimTable }
}
