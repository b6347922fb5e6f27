import ClaimModel

/// The claims of one group, as positions in the claim array the rules were given rather than
/// copies: copying each `Claim` (a dozen reference-counted strings) into its comparison group
/// and its series was a quarter of a full check when every claim was grouped.
public struct GroupMembers: RandomAccessCollection, Sendable {
    private let record: [Claim]
    private let positions: [Int]

    /// `positions` index `record`, in the group's order.
    init(record: [Claim], positions: [Int]) {
        self.record = record
        self.positions = positions
    }

    public init(_ claims: [Claim]) {
        self.init(record: claims, positions: Array(claims.indices))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    /// Yielded in place (`_read`): a rule reading one field of a member (its modality, its
    /// value) copied the whole claim, a dozen reference-counted strings, to read it.
    public subscript(position: Int) -> Claim {
        _read { yield record[positions[position]] }
    }

    /// The members that pass `isIncluded`, in order, still as positions: a rule that judges
    /// only a group's asserted claims copied each of them into an array of its own.
    func subset(where isIncluded: (Claim) -> Bool) -> GroupMembers {
        GroupMembers(record: record, positions: positions.filter { isIncluded(record[$0]) })
    }
}
