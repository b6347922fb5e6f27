/// Turns conflicting pairs into readable findings. A claim that disagrees with four others is
/// one finding with four notes, not four findings: the claim with the most conflicts leads,
/// its partners follow, and the rest repeats until every pair is covered.
public enum ConflictClusters {
    public struct Cluster: Sendable, Equatable {
        public var primary: Int
        public var others: [Int]
    }

    /// `pairs` index into a list sorted by stable id; ties go to the lower index, so the
    /// result is deterministic.
    public static func clusters(_ pairs: [(Int, Int)]) -> [Cluster] {
        var neighbours: [Int: Set<Int>] = [:]
        for (a, b) in pairs where a != b {
            neighbours[a, default: []].insert(b)
            neighbours[b, default: []].insert(a)
        }
        // A heap of (degree, node) with stale entries skipped on the way out, so picking the
        // next primary costs log n instead of a scan of every node: thousands of separate
        // conflicts in one group stay fast.
        var heap = DegreeHeap()
        for (node, set) in neighbours { heap.push(degree: set.count, node: node) }
        var result: [Cluster] = []
        while let (degree, primary) = heap.pop() {
            guard degree > 0, neighbours[primary]?.count == degree else { continue }
            let others = neighbours[primary]!.sorted()
            result.append(Cluster(primary: primary, others: others))
            for other in others {
                neighbours[other]?.remove(primary)
                heap.push(degree: neighbours[other]?.count ?? 0, node: other)
            }
            neighbours[primary] = []
        }
        return result
    }
}

/// A binary max-heap ordered by degree, then by the lower node: the order in which
/// `ConflictClusters` picks primaries.
struct DegreeHeap {
    private var entries: [(degree: Int, node: Int)] = []

    private static func before(_ a: (degree: Int, node: Int), _ b: (degree: Int, node: Int)) -> Bool {
        a.degree != b.degree ? a.degree > b.degree : a.node < b.node
    }

    mutating func push(degree: Int, node: Int) {
        entries.append((degree, node))
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.before(entries[child], entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Int, Int)? {
        guard let top = entries.first else { return nil }
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var best = parent
                if left < entries.count, Self.before(entries[left], entries[best]) { best = left }
                if right < entries.count, Self.before(entries[right], entries[best]) { best = right }
                if best == parent { break }
                entries.swapAt(parent, best)
                parent = best
            }
        }
        return (top.degree, top.node)
    }
}
