import ClaimModel

/// Groups the claims the rules see (the screen's candidates, or every claim of an unscreened
/// check, once folded) on their integer keys (`ScreenKeys`), as the screen does
/// (`SharedGroups`), and puts the groups in the order of their keys. Hashing four strings
/// per claim and ranking the keys' strings were most of grouping a third of a million claims.
enum ClaimGrouping {
    /// Comparison groups and series of two or more claims, as positions in `keys` (ascending
    /// within a group): comparison groups in `ComparisonKey` order, series in the order of
    /// their key (`ComparisonKey.series`), then of their series' name.
    static func members(_ keys: ScreenKeys) -> (comparison: [[Int]], series: [[Int]]) {
        let shared = SharedGroups(keys)
        let found = ParallelMap.map(shared.parts.count, parallel: keys.count > 10_000) { part in
            var comparison: [[Int]] = [], series: [[Int]] = []
            shared.forEachGroup(in: shared.parts[part]) { members, isSeries in
                if isSeries { series.append(members) } else { comparison.append(members) }
            }
            return (comparison: comparison, series: series)
        }
        let comparison = Array(found.map(\.comparison).joined()), series = Array(found.map(\.series).joined())
        let ranks = KeyRanks(keys, of: comparison.map { $0[0] } + series.map { $0[0] })
        return (ranks.sorted(comparison) { ranks.comparisonKey(at: $0) },
                ranks.sorted(series) { ranks.seriesKey(at: $0) })
    }
}

/// Each id's rank among the ids of its table that the groups name, in string order: sorting
/// keys on these ranks sorts them as their strings would, comparing integers. Only the
/// subjects and events of the groups are ranked: a table holds every id of its registries,
/// and sorting a hundred thousand names for a check that judges a few groups cost more than
/// grouping them.
struct KeyRanks {
    private let keys: ScreenKeys
    private let subject: [Int32], attribute: [Int32], event: [Int32], series: [Int32]
    /// By attribute index, each of its units' rank.
    private let unit: [[Int32]]

    /// Ranks for the keys of the claims at `positions` (a claim of each group).
    init(_ keys: ScreenKeys, of positions: [Int]) {
        self.keys = keys
        let columns = keys.columns
        subject = Self.ranks(columns.subjectIDs, used: positions.map { keys.subject[$0] })
        attribute = Self.ranks(columns.attributeIDs)
        event = Self.ranks(columns.eventIDs, used: positions.map { keys.event[$0] })
        series = Self.ranks(keys.seriesNames)
        unit = columns.unitIDs.map { Self.ranks($0) }
    }

    /// `ComparisonKey` order of the claim at `position`: subject, attribute, event, unit (none
    /// first, as `ComparisonKey` reads none as "").
    func comparisonKey(at position: Int) -> (Int32, Int32, Int32, Int32) {
        let event = keys.comparisonEvent(position)
        return (subject[Int(keys.subject[position])], attribute[Int(keys.attribute[position])],
                event < 0 ? -1 : self.event[Int(event)], unitRank(at: position))
    }

    /// A series' order: its key (subject, attribute, unit), then its series' name.
    func seriesKey(at position: Int) -> (Int32, Int32, Int32, Int32) {
        (subject[Int(keys.subject[position])], attribute[Int(keys.attribute[position])], unitRank(at: position),
         series[Int(keys.series[position])])
    }

    private func unitRank(at position: Int) -> Int32 {
        let unit = keys.unit[position]
        return unit < 0 ? -1 : self.unit[Int(keys.attribute[position])][Int(unit)]
    }

    /// Groups sorted by the key of their first member (groups have distinct keys).
    func sorted(_ groups: [[Int]], by key: (Int) -> (Int32, Int32, Int32, Int32)) -> [[Int]] {
        let groupKeys = groups.map { key($0[0]) }
        return groups.indices.sorted { groupKeys[$0] < groupKeys[$1] }.map { groups[$0] }
    }

    /// Ranks of strings in string order; equal strings share a rank. With `used`, only
    /// those indices are ranked (-1 among them is none), the others left at 0.
    private static func ranks(_ ids: [String], used: [Int32]? = nil) -> [Int32] {
        var ranks = [Int32](repeating: 0, count: ids.count)
        var indices = Array(ids.indices)
        if let used {
            var isUsed = [Bool](repeating: false, count: ids.count)
            for index in used where index >= 0 { isUsed[Int(index)] = true }
            indices = indices.filter { isUsed[$0] }
        }
        var rank: Int32 = -1, previous: String?
        for index in indices.sorted(by: { ids[$0] < ids[$1] }) {
            if previous.map({ $0 < ids[index] }) ?? true { rank += 1 }
            ranks[index] = rank
            previous = ids[index]
        }
        return ranks
    }
}
