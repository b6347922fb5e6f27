/// Cycles of `sameQuoteAs`: translations that, followed one to the next, come back to where
/// they started (two claims naming each other, a longer loop, or a claim naming itself). In a
/// cycle no claim is the original, so the loader rejects it; both load paths ask here.
///
/// Every claim names at most one other, so each claim lies on at most one cycle and one walk
/// from each translation, remembering where earlier walks went, finds every cycle in time
/// linear in the number of translations.
package enum TranslationCycles {
    /// Every cycle among `targetOf` (a translation's stable id → the stable id it names; ids
    /// that are not keys translate nothing or are not on record, and end a walk). Each cycle
    /// is listed once, its members in the order the references run, beginning with the one
    /// first in stable order; the cycles in the order of their first members.
    package static func find(_ targetOf: [String: String]) -> [[String]] {
        // The walk that first reached each claim; a walk that reaches a claim of its own
        // has gone round a cycle.
        var walkOf: [String: Int] = [:]
        walkOf.reserveCapacity(targetOf.count)
        var cycles: [[String]] = []
        for (walk, start) in targetOf.keys.enumerated() where walkOf[start] == nil {
            var path: [String] = []
            var current = start
            while true {
                if let reachedIn = walkOf[current] {
                    if reachedIn == walk { cycles.append(Self.rotated(Array(path[path.firstIndex(of: current)!...]))) }
                    break
                }
                walkOf[current] = walk
                path.append(current)
                guard let next = targetOf[current] else { break }
                current = next
            }
        }
        return cycles.sorted { $0[0] < $1[0] }
    }

    /// The cycle begun at its member first in stable order (ids are lowercase letters,
    /// digits and hyphens, all above the "#" between source and claim, so the strings'
    /// order is the stable order).
    private static func rotated(_ cycle: [String]) -> [String] {
        let first = cycle.indices.min { cycle[$0] < cycle[$1] }!
        return Array(cycle[first...] + cycle[..<first])
    }

    /// `a#1 → b#2 → a#1`: the cycle, closed.
    package static func text(_ cycle: [String]) -> String {
        (cycle + [cycle[0]]).joined(separator: " → ")
    }
}
