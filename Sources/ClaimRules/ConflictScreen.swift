import ClaimModel

/// Finds the claims a rule could report, before any claim is folded, grouped or even decoded.
///
/// Every rule reports values that cannot hold together (see `Rule`): a comparison group or
/// series whose values are all pairwise compatible yields no finding, whichever rule looks
/// at it. So the screen groups claims by integer keys, compares each group's distinct values
/// with the same `ValueClasses` the rules use, and keeps:
/// - every claim of a group or series holding two incompatible values, whole, so the rules
///   see those groups exactly as they would among all claims;
/// - every claim that translates another or is translated, so folding follows the same
///   chains (an agreeing translation folds into its original, which has the same key);
/// - every claim of a series holding a claim that states an ordinal ("the first time"):
///   `first-contradicted` compares it with agreeing values at earlier events;
/// - every office claim about an entity with dated roles in the registry:
///   `office-conflict` compares even a lone claim with the registry.
///
/// Folding merges only claims with one key and one value, so it never changes the values a
/// group holds, and screening before folding decides as screening after would. The result:
/// the rules run on the claims of a few conflicting groups, and a million-claim archive
/// with a few hundred contradictions decodes a few thousand claims instead of all of them.
public enum ConflictScreen {
    /// Positions in `claimSet.claimList` worth checking, ascending.
    public static func candidates(in claimSet: ClaimSet) -> [Int] {
        let keys = ScreenKeys(claimSet)
        let list = claimSet.claimList
        let values = list.valueKeys()
        // Categories of a non-exclusive attribute (topics discussed) always hold together:
        // their groups need no look.
        let comparisons = keys.attributes.map { attribute in
            attribute.flatMap { $0.kind == .category && !$0.exclusive ? nil : ValueComparison(attribute: $0) }
        }
        // Subjects are shared out to every core; each judges its subjects' groups as it
        // finds them, reading only those groups.
        let groups = SharedGroups(keys)
        let statesOrdinal = Self.flags(list.statingOrdinal(), count: list.count)
        let conflicting = ParallelMap.map(groups.parts.count, parallel: list.count > 10_000) { part -> [Int] in
            var kept: [Int] = []
            groups.forEachGroup(in: groups.parts[part]) { members, isSeries in
                // A series with a first in it: the earlier events' agreeing values count.
                if isSeries, !statesOrdinal.isEmpty, members.contains(where: { statesOrdinal[$0] }) {
                    kept += members
                    return
                }
                // An unknown attribute forms no group in the engine either.
                guard let comparison = comparisons[Int(keys.attribute[members[0]])],
                      holdsConflict(distinctValues(members, keys: values, in: list), comparison) else { return }
                kept += members
            }
            return kept
        }
        var keep = [Bool](repeating: false, count: list.count)
        for member in conflicting.joined() { keep[member] = true }
        for position in list.translationRelated() { keep[position] = true }
        for position in officeClaimsWithRoles(keys, in: claimSet) { keep[position] = true }
        return keep.indices.filter { keep[$0] }
    }

    /// A flag per position, set at `positions`; empty when there are none.
    static func flags(_ positions: [Int], count: Int) -> [Bool] {
        guard !positions.isEmpty else { return [] }
        var flags = [Bool](repeating: false, count: count)
        for position in positions { flags[position] = true }
        return flags
    }

    /// Office claims whose subject has dated roles in the registry: one pass over the keys,
    /// and none at all when no attribute is an office.
    static func officeClaimsWithRoles(_ keys: ScreenKeys, in claimSet: ClaimSet) -> [Int] {
        let isOffice = keys.attributes.map { $0?.isOffice ?? false }
        guard isOffice.contains(true) else { return [] }
        var hasRoles: [Int32: Bool] = [:]
        var found: [Int] = []
        for position in 0..<keys.subject.count where isOffice[Int(keys.attribute[position])] {
            let subject = keys.subject[position]
            if hasRoles[subject] == nil {
                hasRoles[subject] = !(claimSet.entities[keys.subjectIDs[Int(subject)]]?.roles.isEmpty ?? true)
            }
            if hasRoles[subject]! { found.append(position) }
        }
        return found
    }

    /// The distinct values of a group's claims. Groups hold a handful of distinct values:
    /// claims are told apart by `ValueKey` (plain bits), and only one claim per distinct key
    /// has its `ClaimValue` built.
    static func distinctValues(_ members: [Int], keys valueKeys: [ValueKey?], in list: ClaimList) -> [ClaimValue] {
        var keys: [ValueKey] = []
        var keySet: Set<ValueKey>?
        var values: [ClaimValue] = []
        for member in members {
            guard let key = valueKeys[member] else {
                // An open category: compare the values themselves.
                return Array(Set(members.map(list.value(at:))))
            }
            if keySet != nil {
                guard keySet!.insert(key).inserted else { continue }
            } else {
                guard !keys.contains(key) else { continue }
                keys.append(key)
                if keys.count == 16 { keySet = Set(keys) }
            }
            values.append(list.value(at: member))
        }
        return values
    }

    /// The keys of the comparison groups and series with two or more claims (what the rules
    /// compare, conflicting or not), each sorted; one claim per group is decoded.
    public static func sharedKeys(in claimSet: ClaimSet) -> (comparison: [ComparisonKey], series: [ComparisonKey]) {
        let keys = ScreenKeys(claimSet)
        let list = claimSet.claimList
        let groups = SharedGroups(keys)
        var comparison: [ComparisonKey] = [], series: [ComparisonKey] = []
        for part in groups.parts {
            groups.forEachGroup(in: part) { members, isSeries in
                let claim = list[members[0]]
                let key = ComparisonKey(claim, attribute: claimSet.attributes[claim.attribute])
                if isSeries { series.append(key.series) } else { comparison.append(key) }
            }
        }
        // A subject's attribute can run through several series: one key for all of them.
        return (comparison.sorted(), Array(Set(series)).sorted())
    }

    /// Whether two of the (distinct) values cannot both be true, as `ValueClasses` would find
    /// (tests hold the two to the same answer). Quantities need no pairs: some two intervals
    /// are apart (one starts beyond the other's end plus the slack) exactly when the highest
    /// start lies beyond the lowest end plus the slack; that is one pass and no allocation
    /// for each of a few hundred thousand groups.
    static func holdsConflict(_ values: [ClaimValue], _ comparison: ValueComparison) -> Bool {
        guard values.count > 1 else { return false }
        let attribute = comparison.attribute
        var highestStart = -Double.infinity, lowestEnd = Double.infinity
        for value in values {
            guard case .quantity(let quantity) = value else {
                return ValueClasses.incompatiblePairs(values, comparison: comparison).contains { !$0.isEmpty }
            }
            let interval = comparison.interval(of: quantity)
            highestStart = max(highestStart, interval.lower)
            lowestEnd = min(lowestEnd, interval.upper)
        }
        return highestStart > lowestEnd + attribute.tolerance.slack
    }
}
