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
    public subscript(position: Int) -> Claim { record[positions[position]] }

    // One field of a member, read where it is: handing a whole `Claim` to a function or a
    // closure copies it (a dozen reference-counted strings) just to read one field.
    func modality(at position: Int) -> Modality { record[positions[position]].modality }
    func event(at position: Int) -> String? { record[positions[position]].event }
    func value(at position: Int) -> ClaimValue { record[positions[position]].value }

    /// The members of the given modalities, in order, still as positions: a rule that judges
    /// only a group's asserted claims copied each of them into an array of its own.
    func subset(modalities: Modality...) -> GroupMembers {
        GroupMembers(record: record, positions: positions.filter { modalities.contains(record[$0].modality) })
    }
}
