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
        var result: [Cluster] = []
        while true {
            var best: Int?
            var bestDegree = 0
            for (node, set) in neighbours where !set.isEmpty {
                if set.count > bestDegree || (set.count == bestDegree && node < best!) {
                    best = node
                    bestDegree = set.count
                }
            }
            guard let primary = best else { break }
            let others = neighbours[primary]!.sorted()
            result.append(Cluster(primary: primary, others: others))
            for other in others { neighbours[other]?.remove(primary) }
            neighbours[primary] = []
        }
        return result
    }
}
