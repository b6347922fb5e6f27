import ClaimModel

/// The claims of one group, as positions in the record's claim array rather than copies: a
/// million claims fall into comparison and series groups, and copying each `Claim` (a dozen
/// reference-counted strings) into its groups was a quarter of a full check.
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
    public subscript(position: Int) -> Claim { record[positions[position]] }
}
