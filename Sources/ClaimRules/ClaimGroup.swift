import ClaimModel
import Synchronization

/// The claims that share a comparison key, handed to a rule together. For series rules the
/// group holds every event's claims for one subject, attribute and unit.
public struct ClaimGroup: Sendable {
    public var key: ComparisonKey
    public var attribute: Attribute
    /// Sorted by stable id.
    public var claims: GroupMembers
    /// What several rules derive alike from the group, made by the first that asks.
    let memo = GroupMemo()

    public init(key: ComparisonKey, attribute: Attribute, claims: GroupMembers) {
        self.key = key
        self.attribute = attribute
        self.claims = claims
    }

    /// The asserted claims and their `FigureHistory`, or nil when fewer than two: seven rules
    /// judge a group by them, and building the history once per rule was a fifth of the
    /// rules' time on a corpus whose values differ. The history depends on the claim set, the
    /// same in every rule's context, not on the rule.
    func assertedHistory(_ context: RuleContext) -> (claims: GroupMembers, history: FigureHistory)? {
        memo.asserted.withLock { made in
            if let made { return made }
            let asserted = claims.subset(modalities: .asserted)
            let result: (claims: GroupMembers, history: FigureHistory)? = asserted.count > 1
                ? (asserted, FigureHistory(asserted, attribute: attribute, context: context)) : nil
            made = .some(result)
            return result
        }
    }

    public init(key: ComparisonKey, attribute: Attribute, claims: [Claim]) {
        self.init(key: key, attribute: attribute, claims: GroupMembers(claims))
    }
}

/// A group's derived facts, shared by the rules that read it and dropped once every rule has
/// (`clear`), so the groups of a check do not all hold them at once.
final class GroupMemo: Sendable {
    /// nil: not made yet; `.some(nil)`: fewer than two asserted claims.
    let asserted = Mutex<(claims: GroupMembers, history: FigureHistory)??>(nil)

    func clear() { asserted.withLock { $0 = nil } }
}
