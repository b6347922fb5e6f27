import ClaimModel

/// The claims of one group, as positions in the claim array the rules were given rather than
/// copies: copying each `Claim` (a dozen reference-counted strings) into its comparison group
/// and its series was a quarter of a full check when every claim was grouped.
public struct GroupMembers: RandomAccessCollection, Sendable {
    private let record: [Claim]
    private let positions: [Int]
    /// The record's modalities and dates as columns, when the engine made them.
    private let facts: RecordFacts?

    /// `positions` index `record`, in the group's order; `facts`, when given, are the
    /// record's (`RecordFacts(record, in:)`).
    init(record: [Claim], positions: [Int], facts: RecordFacts? = nil) {
        self.record = record
        self.positions = positions
        self.facts = facts
    }

    public init(_ claims: [Claim]) {
        self.init(record: claims, positions: Array(claims.indices))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    public subscript(position: Int) -> Claim { record[positions[position]] }

    // One field of a member, read where it is: handing a whole `Claim` to a function or a
    // closure copies it (a dozen reference-counted strings) just to read one field.
    func modality(at position: Int) -> Modality {
        if let facts { return facts.modality[positions[position]] }
        return record[positions[position]].modality
    }
    func event(at position: Int) -> String? { record[positions[position]].event }
    func value(at position: Int) -> ClaimValue { record[positions[position]].value }

    /// The member's effective date (`ClaimSet.effectiveDate`) in the context's claim set.
    func date(at position: Int, _ context: RuleContext) -> Day? {
        if let facts { return facts.date[positions[position]] }
        return context.claimSet.effectiveDate(of: record[positions[position]])
    }

    func speaker(at position: Int) -> Speaker { record[positions[position]].speaker }

    /// `ValueComparison.speakerIdentity` of the member, without building its text: the
    /// same-speaker rules ask it of every member of a group, and each asking copied the claim
    /// and made a string.
    func speakerIdentity(at position: Int) -> SpeakerIdentity? {
        switch record[positions[position]].speaker {
        case .entity(let id): return .entity(id)
        case .narrator: return .narrator(source: record[positions[position]].sourceID)
        case .anonymous: return nil
        }
    }
    func correction(at position: Int) -> Bool { record[positions[position]].correction }
    func sourceID(at position: Int) -> String { record[positions[position]].sourceID }

    /// The members of the given modalities, in order, still as positions: a rule that judges
    /// only a group's asserted claims copied each of them into an array of its own.
    func subset(modalities: Modality...) -> GroupMembers {
        let kept = positions.indices.filter { modalities.contains(modality(at: $0)) }.map { positions[$0] }
        return GroupMembers(record: record, positions: kept, facts: facts)
    }
}

/// Who stands behind a claim, as `ValueComparison.speakerIdentity` tells speakers apart: a
/// named entity, or an outlet's own voice (one speaker per source).
enum SpeakerIdentity: Hashable {
    case entity(String)
    case narrator(source: String)
}

/// What every rule reads of every judged claim, as columns by position in the engine's claim
/// array, made once per check. Why columnar: the rules read a member's modality and date
/// over and over (each of three one-sided rules and the figure history, per group), and
/// each read touched a `Claim` of a quarter of a kilobyte somewhere in an array of a third
/// of a million, and each date hashed the claim's source id to find its publication date.
/// Here a date is looked up once per run of claims from one source.
final class RecordFacts: Sendable {
    let modality: [Modality]
    /// `ClaimSet.effectiveDate` of each claim.
    let date: [Day?]

    init(_ claims: [Claim], in claimSet: ClaimSet) {
        modality = claims.indices.map { claims[$0].modality }
        var lastSource: String?, published: Day?
        date = claims.indices.map { index in
            if let said = claims[index].said { return said }
            if lastSource != claims[index].sourceID {
                lastSource = claims[index].sourceID
                published = claimSet.sources[claims[index].sourceID]?.published
            }
            return published
        }
    }
}
