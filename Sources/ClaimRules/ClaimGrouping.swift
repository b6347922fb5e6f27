import ClaimModel

/// Groups the claims the rules see (the screen's candidates, or every claim of an unscreened
/// check) by comparison key without a dictionary of arrays: keys are hashed on every core,
/// then one pass assigns group numbers through an open-addressing table, and only groups with
/// two or more claims are gathered (no rule looks at a lone claim).
enum ClaimGrouping {
    /// The indices of the claims sharing each key held by more than one claim, ascending
    /// within a group; nil keys take part in no group.
    static func membersOfSharedKeys<Key: Hashable & Sendable>(_ keys: [Key?]) -> [[Int]] {
        let count = keys.count
        let chunk = 1 << 14
        let hashes = Array(ParallelMap.map((count + chunk - 1) / chunk, parallel: count > chunk) { part -> [Int] in
            keys[(part * chunk)..<min(count, (part + 1) * chunk)].map { $0?.hashValue ?? 0 }
        }.joined())

        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        var representative: [Int] = []
        var groupOf = [Int32](repeating: -1, count: count)
        var sizes: [Int32] = []
        for index in 0..<count {
            guard let key = keys[index] else { continue }
            var slot = hashes[index] & mask
            while true {
                let group = Int(slots[slot])
                if group < 0 {
                    slots[slot] = Int32(representative.count)
                    groupOf[index] = Int32(representative.count)
                    representative.append(index)
                    sizes.append(1)
                    break
                }
                let first = representative[group]
                if hashes[first] == hashes[index], keys[first] == key {
                    groupOf[index] = Int32(group)
                    sizes[group] += 1
                    break
                }
                slot = (slot + 1) & mask
            }
        }

        // Gather members of shared keys, in claim order.
        var position = [Int32](repeating: -1, count: sizes.count)
        var members: [[Int]] = []
        for (group, size) in sizes.enumerated() where size > 1 {
            position[group] = Int32(members.count)
            members.append([])
            members[members.count - 1].reserveCapacity(Int(size))
        }
        for index in 0..<count where groupOf[index] >= 0 {
            let slot = position[Int(groupOf[index])]
            if slot >= 0 { members[Int(slot)].append(index) }
        }
        return members
    }

    /// Positions of `keys` in `ComparisonKey` order. Each part of a key is replaced by its rank
    /// among the distinct values of that part, so the sort compares integers and never copies
    /// (retains) a string; ranks keep string order, so the result is the same.
    static func keyOrder(_ keys: [ComparisonKey]) -> [Int] {
        func ranks(_ part: (ComparisonKey) -> String) -> [Int] {
            var rank: [String: Int] = [:]
            for key in keys { rank[part(key)] = 0 }
            for (position, value) in rank.keys.sorted().enumerated() { rank[value] = position }
            return keys.map { rank[part($0)]! }
        }
        let subject = ranks(\.subject), attribute = ranks(\.attribute)
        let event = ranks { $0.event ?? "" }, unit = ranks { $0.unit ?? "" }
        return keys.indices.sorted {
            (subject[$0], attribute[$0], event[$0], unit[$0]) < (subject[$1], attribute[$1], event[$1], unit[$1])
        }
    }
}
