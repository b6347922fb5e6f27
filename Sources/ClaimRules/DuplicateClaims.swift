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
        var claims = claims
        let keys = ScreenKeys(ClaimList(claims).columns, attributes: [:], events: [:])
        return fold(&claims, keys: keys).map { claims[$0] }
    }

    /// Folds `claims` in place: the positions of the claims left, ascending; each of them has
    /// gained the occurrences of the claims folded into it. `keys` are the claims' keys as
    /// integers, by position, which find a source's runs and repeats without hashing strings
    /// (a third of a million candidates hashed six strings each).
    static func fold(_ claims: inout [Claim], keys: ScreenKeys) -> [Int] {
        let bySource = sourceRuns(keys.source)
        // Claims in stable-id order come source by source; if some source is split (input in
        // another order), one run over everything keeps the result the same.
        let isSplit = Set(bySource.map { keys.source[$0.lowerBound] }).count != bySource.count
        let runs = isSplit ? [claims.indices] : bySource
        var foldedInto = translationsFolded(claims, keys: keys)

        for (index, first) in repeats(claims, runs: runs, keys: keys, translated: foldedInto) {
            foldedInto[index] = first
        }
        guard !foldedInto.isEmpty else { return Array(claims.indices) }

        // Each target left gains the occurrences of the claims folded into it, in index order.
        // Folded claims are never changed, so each target reads their occurrences as loaded.
        var incoming: [Int: [Int]] = [:]
        for index in foldedInto.keys.sorted() { incoming[foldedInto[index]!, default: []].append(index) }
        for target in incoming.keys.sorted() where foldedInto[target] == nil {
            for folded in incoming[target]! {
                claims[target].alsoAt.append(ClaimOccurrence(sourceID: claims[folded].sourceID,
                                                             evidence: claims[folded].evidence))
                claims[target].alsoAt.append(contentsOf: claims[folded].alsoAt)
            }
        }
        return claims.indices.filter { foldedInto[$0] == nil }
    }

    /// Repeats within one source, each source's run on its own, on every core: (claim, the
    /// earlier claim it repeats). A function of its own so that nothing holds `claims` once it
    /// returns, and the caller changes its claims in place instead of copying them all.
    private static func repeats(_ claims: [Claim], runs: [Range<Int>], keys: ScreenKeys,
                                translated: [Int: Int]) -> [(Int, Int)] {
        let found = ParallelMap.map(runs.count, parallel: claims.count > 10_000) { run -> [(Int, Int)] in
            var statements = Statements(claims: claims, keys: keys)
            return runs[run].compactMap { index in
                translated[index] == nil ? statements.firstSame(as: index).map { (index, $0) } : nil
            }
        }
        return Array(found.joined())
    }

    /// Translations: follow each chain to its root, folding only agreeing claims.
    private static func translationsFolded(_ claims: [Claim], keys: ScreenKeys) -> [Int: Int] {
        let targets = TranslationTargets.of(claims, keys: keys)
        guard !targets.isEmpty else { return [:] }
        var foldedInto: [Int: Int] = [:]
        var roots = ChainRoots(targets)
        // By index: enumerating the claims copied every candidate to find the 1% that translate.
        for index in claims.indices where claims[index].sameQuoteAs != nil {
            let root = roots.root(of: index)
            if root != index, isSameStatement(claims[root], claims[index]) {
                foldedInto[index] = root
            }
        }
        return foldedInto
    }

    /// The claim each translation names (`sameQuoteAs`, "source#claim"), where it is among
    /// the claims. Claims are found by their source's number and their own id, so no stable id
    /// is built: indexing the sources translations point into by "source#claim" strings built
    /// one per claim of those sources (a third of a million candidates when a few viral
    /// quotations are translated everywhere) was 2% of a check, all of it on one core. Only
    /// those sources are indexed. Source ids hold no "#" (the loader's ids are plain); a claim
    /// set built in code whose source ids do is indexed by whole stable ids, as before.
    private enum TranslationTargets {
        /// By position of a translating claim: the position of the claim it names, when that
        /// one is among the claims.
        static func of(_ claims: [Claim], keys: ScreenKeys) -> [Int: Int] {
            let translating = claims.indices.filter { claims[$0].sameQuoteAs != nil }
            guard !translating.isEmpty else { return [:] }
            let sourceIDs = keys.columns.sourceIDs
            if sourceIDs.contains(where: { $0.utf8.contains(UInt8(ascii: "#")) }) {
                return byStableID(claims, translating, sources: keys.source)
            }
            struct Named: Hashable { var source: Int32, id: Substring }
            var sourceNumber: [Substring: Int32] = [:]
            for (number, id) in sourceIDs.enumerated() { sourceNumber[Substring(id)] = Int32(number) }
            var wanted: [Int: Named] = [:]
            var isTarget = [Bool](repeating: false, count: sourceIDs.count)
            for index in translating {
                let text = claims[index].sameQuoteAs!
                // Split at the byte: a "#" before a combining mark is no `Character` of its own.
                guard let hash = text.utf8.firstIndex(of: UInt8(ascii: "#")),
                      let source = sourceNumber[Substring(text.utf8[..<hash])] else { continue }
                wanted[index] = Named(source: source, id: Substring(text.utf8[text.utf8.index(after: hash)...]))
                isTarget[Int(source)] = true
            }
            if let found = searched(claims, wanted.mapValues { ($0.source, String($0.id)) }, keys: keys,
                                    isTarget: isTarget) { return found }
            var byName: [Named: Int] = [:]
            for index in claims.indices where isTarget[Int(keys.source[index])] {
                // The last of equal ids, as the stable-id index keeps it.
                byName[Named(source: keys.source[index], id: Substring(claims[index].id))] = index
            }
            var of: [Int: Int] = [:]
            for (index, name) in wanted { if let target = byName[name] { of[index] = target } }
            return of
        }

        /// The claims `wanted` names (source number, claim id), found by binary search in their
        /// source's run, when each target source's claims are one run in id order (claims in
        /// stable-id order are); nil otherwise. Hashing every claim of the target sources by
        /// name was 1.1% of a realistic check, on one core.
        private static func searched(_ claims: [Claim], _ wanted: [Int: (source: Int32, id: String)],
                                     keys: ScreenKeys, isTarget: [Bool]) -> [Int: Int]? {
            var runOf = [Range<Int>?](repeating: nil, count: isTarget.count)
            for run in sourceRuns(keys.source) where isTarget[Int(keys.source[run.lowerBound])] {
                let source = Int(keys.source[run.lowerBound])
                guard runOf[source] == nil,
                      run.dropFirst().allSatisfy({ !(claims[$0].id < claims[$0 - 1].id) }) else { return nil }
                runOf[source] = run
            }
            var of: [Int: Int] = [:]
            for (index, name) in wanted {
                guard let run = runOf[Int(name.source)] else { continue }
                // The first id not before the name, then the last of equal ids, as the
                // stable-id index keeps it.
                var low = run.lowerBound, high = run.upperBound
                while low < high {
                    let middle = (low + high) / 2
                    if claims[middle].id < name.id { low = middle + 1 } else { high = middle }
                }
                guard low < run.upperBound, claims[low].id == name.id else { continue }
                while low + 1 < run.upperBound, claims[low + 1].id == name.id { low += 1 }
                of[index] = low
            }
            return of
        }

        /// The same, by whole stable ids (source ids with "#" in them): a claim's stable id can
        /// equal "s#c" only if its source id starts like "s" up to the first "#".
        private static func byStableID(_ claims: [Claim], _ translating: [Int], sources: [Int32]) -> [Int: Int] {
            func beforeHash(_ text: String) -> Substring { text.prefix { $0 != "#" } }
            let targetSources = Set(translating.map { beforeHash(claims[$0].sameQuoteAs!) })
            var byStableID: [String: Int] = [:]
            var isTargetSource = false
            for index in claims.indices {
                // Claims come source by source: decide once per source.
                if index == 0 || sources[index] != sources[index - 1] {
                    isTargetSource = targetSources.contains(beforeHash(claims[index].sourceID))
                }
                if isTargetSource { byStableID[claims[index].stableID] = index }
            }
            var of: [Int: Int] = [:]
            for index in translating { if let target = byStableID[claims[index].sameQuoteAs!] { of[index] = target } }
            return of
        }
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
        /// By position: the position of the claim it translates, when on record.
        let next: [Int: Int]
        var known: [Int: Int] = [:]

        init(_ next: [Int: Int]) { self.next = next }

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
                guard let next = next[current] else { root = current; break }
                current = next
            }
            for member in path { known[member] = root }
            return root
        }
    }

    /// Index ranges of consecutive claims from one source (`sources` numbers each claim's).
    static func sourceRuns(_ sources: [Int32]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for index in sources.indices where index > start && sources[index] != sources[index - 1] {
            runs.append(start..<index)
            start = index
        }
        if start < sources.count { runs.append(start..<sources.count) }
        return runs
    }

    /// The statements of one run of claims so far, to find a claim's first repeat: the same
    /// source, key, speaker, value and modality. Claims are told apart by their integer keys
    /// first; only claims whose keys match compare speaker, value and modality.
    private struct Statements {
        let claims: [Claim]
        let keys: ScreenKeys
        /// The first claim of each integer key, and of each further statement with that key.
        var first: [KeyParts: Int] = [:]
        var further: [KeyParts: [Int]] = [:]

        init(claims: [Claim], keys: ScreenKeys) {
            self.claims = claims
            self.keys = keys
        }

        /// The first earlier claim of the run that states what the claim at `index` does, or
        /// nil when it is the first (then it is remembered).
        mutating func firstSame(as index: Int) -> Int? {
            let parts = KeyParts(source: keys.source[index], subject: keys.subject[index],
                                 attribute: keys.attribute[index], event: keys.event[index], unit: keys.unit[index])
            guard let known = first[parts] else { first[parts] = index; return nil }
            if isRepeat(index, of: known) { return known }
            if let match = further[parts]?.first(where: { isRepeat(index, of: $0) }) { return match }
            further[parts, default: []].append(index)
            return nil
        }

        private func isRepeat(_ index: Int, of earlier: Int) -> Bool {
            // Fields read in place: copying a `Claim` retains a dozen strings.
            claims[index].speaker.id == claims[earlier].speaker.id && claims[index].modality == claims[earlier].modality
                && claims[index].value == claims[earlier].value
        }
    }

    /// A claim's source, subject, attribute, event and unit as `ClaimColumns` integers.
    private struct KeyParts: Hashable {
        var source, subject, attribute, event, unit: Int32
    }

    private static func isSameStatement(_ a: Claim, _ b: Claim) -> Bool {
        a.subject == b.subject && a.attribute == b.attribute && a.event == b.event && a.unit == b.unit
            && a.speaker == b.speaker && a.value == b.value && a.modality == b.modality
    }
}
