import ClaimModel

/// The claims of a group bucketed by value, with which values cannot hold together.
///
/// Whether two claims conflict depends only on their values, and a group of 100,000 claims
/// usually holds a handful of distinct values. Comparing values instead of claims keeps the
/// pairwise rules proportional to the conflicts they report rather than to the square of the
/// group: an all-agreeing group costs one pass. Quantities are swept in order of their lower
/// bound, so even 100,000 distinct numbers cost n log n plus the conflicting pairs.
public struct ValueClasses: Sendable {
    /// Distinct values, in first-seen order.
    public let values: [ClaimValue]
    /// The class of each claim, by the claim's index in the group.
    public let classOf: [Int]
    /// Claim indices of each class, ascending.
    public let members: [[Int]]
    /// For each class, the classes whose values cannot hold with it, ascending.
    public let incompatible: [[Int]]

    public init<Claims: Collection<Claim>>(_ claims: Claims, comparison: ValueComparison) {
        // Each claim's value is read in place (`claims[index].value`): enumerating the
        // claims copied every claim of the group.
        let indices = Array(claims.indices)
        self.init(count: indices.count, comparison: comparison) { claims[indices[$0]].value }
    }

    /// A group's members, each value read where it stands (`GroupMembers.value(at:)`):
    /// through the collection's subscript, each member was copied whole (a dozen
    /// reference-counted fields) to read its value, 1.6% of a realistic check.
    init(_ claims: GroupMembers, comparison: ValueComparison) {
        self.init(count: claims.count, comparison: comparison) { claims.value(at: $0) }
    }

    private init(count: Int, comparison: ValueComparison, value valueAt: (Int) -> ClaimValue) {
        var classOfValue: [ClaimValue: Int] = [:]
        var values: [ClaimValue] = []
        var members: [[Int]] = []
        var classOf: [Int] = []
        classOf.reserveCapacity(count)
        for position in 0..<count {
            let value = valueAt(position)
            let valueClass: Int
            if let known = classOfValue[value] {
                valueClass = known
            } else {
                valueClass = values.count
                classOfValue[value] = valueClass
                values.append(value)
                members.append([])
            }
            classOf.append(valueClass)
            members[valueClass].append(position)
        }
        self.values = values
        self.classOf = classOf
        self.members = members
        self.incompatible = Self.incompatiblePairs(values, comparison: comparison)
    }

    static func incompatiblePairs(_ values: [ClaimValue], comparison: ValueComparison) -> [[Int]] {
        var incompatible = [[Int]](repeating: [], count: values.count)
        if let intervals = quantityIntervals(values, comparison: comparison) {
            // Two intervals conflict when one starts beyond the other's end plus the slack
            // (the negation of ValueInterval.overlaps). Sorted by lower bound, the classes that
            // start beyond class i's end form a suffix, found by binary search; each
            // conflicting pair is met exactly once, from its left member.
            let slack = comparison.attribute.tolerance.slack
            let order = intervals.indices.sorted { intervals[$0].lower < intervals[$1].lower }
            for left in intervals.indices {
                let end = intervals[left].upper + slack
                var low = 0, high = order.count
                while low < high {
                    let middle = (low + high) / 2
                    if intervals[order[middle]].lower > end { high = middle } else { low = middle + 1 }
                }
                for right in order[low...] {
                    incompatible[left].append(right)
                    incompatible[right].append(left)
                }
            }
        } else {
            // Categories and flags: few distinct values (a closed set, or two), so every pair.
            for a in values.indices {
                for b in values.indices where b > a && !comparison.areCompatible(values[a], values[b]) {
                    incompatible[a].append(b)
                    incompatible[b].append(a)
                }
            }
        }
        return incompatible.map { $0.sorted() }
    }

    /// The intervals the comparison uses, when every value is a quantity.
    static func quantityIntervals(_ values: [ClaimValue], comparison: ValueComparison) -> [ValueInterval]? {
        var intervals: [ValueInterval] = []
        intervals.reserveCapacity(values.count)
        for value in values {
            guard case .quantity(let quantity) = value else { return nil }
            intervals.append(comparison.interval(of: quantity))
        }
        return intervals
    }
}
