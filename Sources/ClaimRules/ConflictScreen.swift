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
///   chains (an agreeing translation folds into its original, which has the same key).
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
        // Categories of a non-exclusive attribute (topics discussed) always hold together:
        // their groups need no look.
        let comparisons = keys.attributes.map { attribute in
            attribute.flatMap { $0.kind == .category && !$0.exclusive ? nil : ValueComparison(attribute: $0) }
        }
        // Comparison groups and series are found at once, one per core, and their groups are
        // judged in chunks on every core: each judgement reads only its own group.
        let groupings = ParallelMap.map(2, parallel: list.count > 10_000) { which in
            KeyGroups.sharedKeys(count: list.count) { which == 0 ? keys.comparisonKey($0) : keys.seriesKey($0) }
        }
        let groups = groupings[0] + groupings[1]
        let chunkSize = max(256, groups.count / 64)
        let conflicting = ParallelMap.map((groups.count + chunkSize - 1) / chunkSize, parallel: groups.count > chunkSize) { chunk in
            groups[(chunk * chunkSize)..<min(groups.count, (chunk + 1) * chunkSize)].filter { members in
                // An unknown attribute forms no group in the engine either.
                guard let comparison = comparisons[Int(keys.attribute[members[0]])] else { return false }
                return holdsConflict(distinctValues(members, keys: keys.value, in: list), comparison)
            }
        }
        var keep = [Bool](repeating: false, count: list.count)
        for members in conflicting.joined() { for member in members { keep[member] = true } }
        for position in translationRelated(list) { keep[position] = true }
        return keep.indices.filter { keep[$0] }
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
        func firstClaims(_ groups: [[Int]]) -> [Claim] { groups.map { list[$0[0]] } }
        let comparison = firstClaims(KeyGroups.sharedKeys(count: list.count) { keys.comparisonKey($0) })
            .map { ComparisonKey($0, attribute: claimSet.attributes[$0.attribute]) }
        let series = firstClaims(KeyGroups.sharedKeys(count: list.count) { keys.seriesKey($0) })
            .map { ComparisonKey($0, attribute: claimSet.attributes[$0.attribute]).series }
        return (comparison.sorted(), series.sorted())
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
            let interval = quantity.interval(tolerance: attribute.tolerance, isCount: attribute.kind == .count)
            highestStart = max(highestStart, interval.lower)
            lowestEnd = min(lowestEnd, interval.upper)
        }
        return highestStart > lowestEnd + attribute.tolerance.slack
    }

    /// Claims that translate another, and the claims they name.
    static func translationRelated(_ list: ClaimList) -> [Int] {
        let translating = list.translating()
        guard !translating.isEmpty else { return [] }
        let targets = Set(translating.compactMap { list[$0].sameQuoteAs })
        let targetSources = Set(targets.map { String($0.prefix { $0 != "#" }) })
        return translating + list.positions(fromSources: targetSources).filter { targets.contains(list.stableID(at: $0)) }
    }
}

/// The parts of each claim's comparison key as integers, read from a table's rows or interned
/// from an array's strings.
struct ScreenKeys {
    var subject: [Int32] = [], attribute: [Int32] = [], event: [Int32] = [], unit: [Int32] = []
    /// `ClaimList.valueKeys`.
    var value: [ValueKey?] = []
    /// By `attribute` index: the claim set's attribute (with configured tolerances), if known.
    var attributes: [Attribute?] = []
    /// By `attribute` index, read for every claim without copying an `Attribute`.
    private var changesAcrossEvents: [Bool] = []

    init(_ claimSet: ClaimSet) {
        let list = claimSet.claimList
        value = list.valueKeys()
        if let table = list.table {
            let rows = table.rows
            subject = rows.map(\.subject); attribute = rows.map(\.attribute); event = rows.map(\.event); unit = rows.map(\.unit)
            attributes = table.attributeIDs.map { claimSet.attributes[$0] }
        } else {
            var subjects: [String: Int32] = [:], attributeIndex: [String: Int32] = [:], events: [String: Int32] = [:], units: [String: Int32] = [:]
            func intern(_ id: String, _ table: inout [String: Int32]) -> Int32 {
                if let known = table[id] { return known }
                table[id] = Int32(table.count)
                return Int32(table.count - 1)
            }
            for claim in list {
                subject.append(intern(claim.subject, &subjects))
                let known = attributeIndex[claim.attribute] != nil
                attribute.append(intern(claim.attribute, &attributeIndex))
                if !known { attributes.append(claimSet.attributes[claim.attribute]) }
                event.append(claim.event.map { intern($0, &events) } ?? -1)
                unit.append(claim.unit.map { intern($0, &units) } ?? -1)
            }
        }
        changesAcrossEvents = attributes.map { $0?.changesAcrossEvents ?? true }
    }

    /// `ComparisonKey`: the event only for attributes whose value changes across events.
    func comparisonKey(_ position: Int) -> KeyGroups.Key? {
        let changes = changesAcrossEvents[Int(attribute[position])]
        return KeyGroups.Key(subject[position], attribute[position], changes ? event[position] : -1, unit[position])
    }

    /// `ComparisonKey.series`, for claims tied to an event.
    func seriesKey(_ position: Int) -> KeyGroups.Key? {
        guard event[position] >= 0 else { return nil }
        return KeyGroups.Key(subject[position], attribute[position], -2, unit[position])
    }
}

/// Groups positions by an integer key through one open-addressing table: no dictionary of
/// arrays, no per-claim allocation.
enum KeyGroups {
    struct Key: Hashable {
        var high: UInt64, low: UInt64

        init(_ subject: Int32, _ attribute: Int32, _ event: Int32, _ unit: Int32) {
            high = UInt64(UInt32(bitPattern: subject)) << 32 | UInt64(UInt32(bitPattern: event))
            low = UInt64(UInt32(bitPattern: attribute)) << 32 | UInt64(UInt32(bitPattern: unit))
        }

        /// A 64-bit mix (splitmix64's finaliser), cheaper than `Hasher` and good enough for
        /// a table sized to twice the keys.
        var mixed: Int {
            var value = high &* 0x9E37_79B9_7F4A_7C15 ^ low
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: value ^ (value >> 31))
        }
    }

    /// The positions sharing each key held by two or more positions, ascending within a group.
    static func sharedKeys(count: Int, _ key: (Int) -> Key?) -> [[Int]] {
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        var keys: [Key] = []
        var groupOf = [Int32](repeating: -1, count: count)
        var sizes: [Int32] = []
        for position in 0..<count {
            guard let key = key(position) else { continue }
            var slot = key.mixed & mask
            while true {
                let group = Int(slots[slot])
                if group < 0 {
                    slots[slot] = Int32(keys.count)
                    groupOf[position] = Int32(keys.count)
                    keys.append(key)
                    sizes.append(1)
                    break
                }
                if keys[group] == key {
                    groupOf[position] = Int32(group)
                    sizes[group] += 1
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        var index = [Int32](repeating: -1, count: sizes.count)
        var groups: [[Int]] = []
        for (group, size) in sizes.enumerated() where size > 1 {
            index[group] = Int32(groups.count)
            groups.append([])
            groups[groups.count - 1].reserveCapacity(Int(size))
        }
        for position in 0..<count where groupOf[position] >= 0 {
            let slot = index[Int(groupOf[position])]
            if slot >= 0 { groups[Int(slot)].append(position) }
        }
        return groups
    }
}
