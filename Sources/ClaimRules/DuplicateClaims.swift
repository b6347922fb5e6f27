import ClaimModel

/// Folds claims that are one claim seen twice into one, before any rule runs:
/// - an article that repeats its own body states the same thing twice (same source, key,
///   speaker, value and modality): one claim with a second occurrence;
/// - two translations of one quotation (`sameQuoteAs`) that agree: one claim, whose other
///   occurrences point into the other articles.
/// A translation that does not agree with its original stays separate, so the disagreement
/// is reported rather than hidden.
public enum DuplicateClaims {
    public static func fold(_ claims: [Claim]) -> [Claim] {
        let bySource = sourceRuns(claims)
        // Claims in stable-id order come source by source; if some source is split (input in
        // another order), one run over everything keeps the result the same.
        let isSplit = Set(bySource.map { claims[$0.lowerBound].sourceID }).count != bySource.count
        let runs = isSplit ? [claims.indices] : bySource
        var foldedInto = translationsFolded(claims)

        // Repeats within one source, each source's run on its own, on every core.
        let translated = foldedInto
        let repeats = ParallelMap.map(runs.count, parallel: claims.count > 10_000) { run -> [(Int, Int)] in
            var firstOfStatement: [StatementKey: Int] = [:]
            var found: [(Int, Int)] = []
            for index in runs[run] where translated[index] == nil {
                let key = StatementKey(claims[index])
                if let first = firstOfStatement[key] {
                    found.append((index, first))
                } else {
                    firstOfStatement[key] = index
                }
            }
            return found
        }
        for (index, first) in repeats.joined() { foldedInto[index] = first }
        guard !foldedInto.isEmpty else { return claims }

        // Each target gains the occurrences of the claims folded into it, in index order.
        var incoming: [Int: [Int]] = [:]
        for index in foldedInto.keys.sorted() { incoming[foldedInto[index]!, default: []].append(index) }
        var kept: [Claim] = []
        kept.reserveCapacity(claims.count - foldedInto.count)
        for index in claims.indices where foldedInto[index] == nil {
            var claim = claims[index]
            for folded in incoming[index] ?? [] {
                claim.alsoAt.append(ClaimOccurrence(sourceID: claims[folded].sourceID,
                                                    evidence: claims[folded].evidence))
                claim.alsoAt.append(contentsOf: claims[folded].alsoAt)
            }
            kept.append(claim)
        }
        return kept
    }

    /// Translations: follow each chain to its root, folding only agreeing claims. Only the
    /// sources translations point into are indexed: a claim's stable id can equal "s#c" only
    /// if its source id starts like "s" up to the first "#".
    private static func translationsFolded(_ claims: [Claim]) -> [Int: Int] {
        func beforeHash(_ text: String) -> Substring { text.prefix { $0 != "#" } }
        var targetSources = Set<Substring>()
        for claim in claims { if let target = claim.sameQuoteAs { targetSources.insert(beforeHash(target)) } }
        guard !targetSources.isEmpty else { return [:] }
        var byStableID: [String: Int] = [:]
        var isTargetSource = false
        for index in claims.indices {
            // Claims come source by source: decide once per source.
            if index == 0 || claims[index].sourceID != claims[index - 1].sourceID {
                isTargetSource = targetSources.contains(beforeHash(claims[index].sourceID))
            }
            if isTargetSource { byStableID[claims[index].stableID] = index }
        }
        var foldedInto: [Int: Int] = [:]
        var roots = ChainRoots(claims, byStableID)
        for (index, claim) in claims.enumerated() where claim.sameQuoteAs != nil {
            let root = roots.root(of: index)
            if root != index, isSameStatement(claims[root], claim) {
                foldedInto[index] = root
            }
        }
        return foldedInto
    }

    /// Where the chain of translations from each claim ends: the first claim that translates
    /// nothing on record. A chain that runs into a cycle (claims naming each other, a data
    /// error the loader rejects but a claim set built in code may hold) has no such claim;
    /// the cycle's first claim in input order (stable-id order) stands for it, so the cycle
    /// folds the same way whatever else is on record (not by how many claims are: the
    /// conflict screen folds only its candidates).
    ///
    /// Every claim on a walk gets the walk's root, so each claim is walked once: following
    /// each chain afresh from every claim on it took time quadratic in its length (16,000
    /// links, 15 s).
    private struct ChainRoots {
        let claims: [Claim]
        let byStableID: [String: Int]
        var known: [Int: Int] = [:]

        init(_ claims: [Claim], _ byStableID: [String: Int]) {
            self.claims = claims
            self.byStableID = byStableID
        }

        mutating func root(of start: Int) -> Int {
            if let root = known[start] { return root }
            var path: [Int] = []
            var onPath: [Int: Int] = [:]
            var current = start
            var root: Int
            while true {
                if let settled = known[current] { root = settled; break }
                if let first = onPath[current] { root = path[first...].min()!; break }
                onPath[current] = path.count
                path.append(current)
                guard let next = claims[current].sameQuoteAs.flatMap({ byStableID[$0] }) else { root = current; break }
                current = next
            }
            for member in path { known[member] = root }
            return root
        }
    }

    /// Index ranges of consecutive claims from one source.
    static func sourceRuns(_ claims: [Claim]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for index in claims.indices where index > start && claims[index].sourceID != claims[index - 1].sourceID {
            runs.append(start..<index)
            start = index
        }
        if start < claims.count { runs.append(start..<claims.count) }
        return runs
    }

    /// What makes two claims of one source the same statement: these fields, hashed.
    private struct StatementKey: Hashable {
        var sourceID, subject, attribute, event, unit, speaker: String
        var modality: Modality
        var value: ClaimValue

        init(_ claim: Claim) {
            sourceID = claim.sourceID; subject = claim.subject; attribute = claim.attribute
            event = claim.event ?? ""; unit = claim.unit ?? ""; speaker = claim.speaker.id
            modality = claim.modality; value = claim.value
        }
    }

    private static func isSameStatement(_ a: Claim, _ b: Claim) -> Bool {
        a.subject == b.subject && a.attribute == b.attribute && a.event == b.event && a.unit == b.unit
            && a.speaker == b.speaker && a.value == b.value && a.modality == b.modality
    }
}
