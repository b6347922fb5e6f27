/// Turns conflicting pairs into readable findings. A claim that disagrees with four others is
/// one finding with four notes, not four findings: the claim with the most conflicts leads,
/// its partners follow, and the rest repeats until every pair is covered.
///
/// Partners that agree with each other are one side of the finding ("at least 20 and 27
/// against 12"), not listed against each other: given `compatible`, each cluster's partners
/// are grouped into sides whose members all agree, every side standing apart from every
/// other. A partner that agrees with part of a side but not all of it waits for a later
/// cluster of the same primary, so every pair of sides in one finding is incompatible.
public enum ConflictClusters {
    public struct Cluster: Sendable, Equatable {
        public var primary: Int
        /// Every partner, ascending.
        public var others: [Int]
        /// The partners grouped into sides, each ascending, in order of their first member.
        public var sides: [[Int]]

        public init(primary: Int, others: [Int], sides: [[Int]]? = nil) {
            self.primary = primary
            self.others = others
            self.sides = sides ?? others.map { [$0] }
        }
    }

    /// `pairs` index into a list sorted by stable id; ties go to the lower index, so the
    /// result is deterministic.
    public static func clusters(_ pairs: [(Int, Int)], compatible: ((Int, Int) -> Bool)? = nil) -> [Cluster] {
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
            let candidates = neighbours[primary]!.sorted()
            let (sides, waiting) = compatible.map { sidesOf(candidates, compatible: $0) } ?? (candidates.map { [$0] },
                [])
            let others = sides.joined().sorted()
            result.append(Cluster(primary: primary, others: others, sides: compatible == nil ? nil : sides))
            for other in others {
                neighbours[other]?.remove(primary)
                heap.push(degree: neighbours[other]?.count ?? 0, node: other)
            }
            neighbours[primary] = Set(waiting)
            if !waiting.isEmpty { heap.push(degree: waiting.count, node: primary) }
        }
        return result
    }

    /// Partners grouped into sides of mutually agreeing members, each side apart from every
    /// other; partners that fit neither way wait.
    static func sidesOf(_ partners: [Int], compatible: (Int, Int) -> Bool) -> (sides: [[Int]], waiting: [Int]) {
        var sides: [[Int]] = [], waiting: [Int] = []
        for partner in partners {
            if let side = sides.firstIndex(where: { $0.allSatisfy { compatible($0, partner) } }) {
                // Joining must not make the side agree with another side.
                let others = sides.indices.filter { $0 != side }.flatMap { sides[$0] }
                if others.allSatisfy({ !compatible($0,
                    partner) }) { sides[side].append(partner) } else { waiting.append(partner) }
            } else if sides.joined().allSatisfy({ !compatible($0, partner) }) {
                sides.append([partner])
            } else {
                waiting.append(partner)
            }
        }
        return (sides, waiting)
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
