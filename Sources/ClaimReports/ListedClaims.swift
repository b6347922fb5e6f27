import ClaimModel
import ClaimRules

/// Every claim a report's findings list (reported, then suppressed), once, with its stable id
/// and where it is first listed; and for each listing, which of them it is. The JSON report's
/// claim table and its findings' id arrays both read it.
///
/// Why: a million-claim report lists 843,000 claims in 60,000 findings, 190,000 of them
/// distinct. Building "source#claim" for every listing, once for the table and again for each
/// finding's ids, made 1.7 million strings of 40 bytes, the table's share on one core. Here a
/// claim is told apart by its source and id, hashed where they stand, and its stable id is
/// built once.
struct ListedClaims: Sendable {
    /// Where a distinct claim is first listed: in the suppressed findings or not, which finding,
    /// which of its claims.
    struct Place: Sendable {
        var suppressed: Bool
        var finding: Int
        var claim: Int
    }

    /// By distinct claim, in order of first listing.
    let places: [Place]
    let ids: [String]
    /// Distinct claims in stable-id order.
    let order: [Int]
    /// The distinct claim of every listing, finding after finding (reported, then suppressed).
    private let listing: [Int32]
    /// Where each finding's listings start in `listing` (reported, then suppressed, then the end).
    private let starts: [Int]
    private let reportedCount: Int

    init(_ report: Report) {
        let suppressed = report.suppressed.map(\.finding)
        let numbered = Numbered.byBytes(report.findings, suppressed) ?? Numbered.byName(report.findings, suppressed)
        // `stableID` of each distinct claim, from its stored fields read in place; on every core.
        let ids = ParallelMap.chunked(numbered.claimIDs.count) { distinct in
            numbered.sources[Int(numbered.sourceOf[distinct])] + "#" + numbered.claimIDs[distinct]
        }
        var listing = numbered.listing
        var order = Self.stableOrder(ids, numbered)
        Self.mergeEqualIDs(&order, &listing, ids)
        self.places = numbered.places
        self.ids = ids
        self.listing = listing
        self.starts = numbered.starts
        self.order = order
        reportedCount = report.findings.count
    }

    /// The listings numbered by distinct claim (source and id), in order of first listing.
    private struct Numbered {
        var places: [Place] = [], listing: [Int32] = [], starts: [Int] = []
        /// By distinct claim: its source's number and its id; by source number, the source id.
        var sourceOf: [Int32] = [], claimIDs: [String] = [], sources: [String] = []
        /// Every source and id is ASCII: byte order is then string order.
        var ascii = false

        /// Findings after findings (reported, then suppressed): the claims of the one at `index`.
        static func claims(_ reported: [Finding], _ suppressed: [Finding], _ index: Int) -> [Claim] {
            index < reported.count ? reported[index].claims : suppressed[index - reported.count].claims
        }

        /// By the names themselves, hashed as strings: for ids that are not all ASCII, whose
        /// equality is Unicode's, not their bytes'.
        static func byName(_ reported: [Finding], _ suppressed: [Finding]) -> Numbered {
            struct Name: Hashable { var source: String, id: String }
            var numbered = Numbered()
            var number: [Name: Int32] = [:], sourceNumber: [String: Int32] = [:]
            number.reserveCapacity(reported.count * 4)
            for findingIndex in 0..<(reported.count + suppressed.count) {
                numbered.starts.append(numbered.listing.count)
                let claims = Self.claims(reported, suppressed, findingIndex)
                // Indices, not elements: enumerating copied every claim.
                for claimIndex in claims.indices {
                    let name = Name(source: claims[claimIndex].sourceID, id: claims[claimIndex].id)
                    if let known = number[name] { numbered.listing.append(known); continue }
                    number[name] = Int32(numbered.claimIDs.count)
                    numbered.listing.append(Int32(numbered.claimIDs.count))
                    if let known = sourceNumber[name.source] {
                        numbered.sourceOf.append(known)
                    } else {
                        sourceNumber[name.source] = Int32(numbered.sources.count)
                        numbered.sourceOf.append(Int32(numbered.sources.count))
                        numbered.sources.append(name.source)
                    }
                    numbered.claimIDs.append(name.id)
                    numbered.places.append(Place(suppressed: findingIndex >= reported.count,
                                                 finding: findingIndex - (findingIndex >= reported.count
                                                                            ? reported.count : 0),
                                                 claim: claimIndex))
                }
            }
            numbered.starts.append(numbered.listing.count)
            return numbered
        }

        /// As `byName`, with each listing's source and id hashed from their bytes on every
        /// core first, so the one pass that numbers them (in listing order, on one core)
        /// probes a table of integers and compares strings only where the hashes agree.
        /// Hashing two strings per listing for 800,000 listings was most of the JSON report's
        /// work on one core at a million claims. Nil when some source or id is not ASCII:
        /// bytes then do not decide equality.
        static func byBytes(_ reported: [Finding], _ suppressed: [Finding]) -> Numbered? {
            let findingCount = reported.count + suppressed.count
            var numbered = Numbered()
            numbered.ascii = true
            numbered.starts.reserveCapacity(findingCount + 1)
            var total = 0
            for index in 0..<findingCount {
                numbered.starts.append(total)
                total += Self.claims(reported, suppressed, index).count
            }
            numbered.starts.append(total)
            let starts = numbered.starts
            let chunkSize = max(256, (findingCount + 63) / 64)
            let chunks = ParallelMap.map((findingCount + chunkSize - 1) / chunkSize, parallel: total > 20_000) {
                chunk -> (names: [UInt64], sources: [UInt64], ascii: Bool) in
                var names: [UInt64] = [], sources: [UInt64] = [], ascii = true
                for index in (chunk * chunkSize)..<min(findingCount, (chunk + 1) * chunkSize) {
                    let claims = Self.claims(reported, suppressed, index)
                    for claimIndex in claims.indices {
                        let source = ByteHash.of(claims[claimIndex].sourceID, ascii: &ascii)
                        let id = ByteHash.of(claims[claimIndex].id, ascii: &ascii)
                        sources.append(source)
                        names.append(ByteHash.combine(source, id))
                    }
                }
                return (names, sources, ascii)
            }
            guard chunks.allSatisfy(\.ascii) else { return nil }
            let nameHashes = Array(chunks.map(\.names).joined()), sourceHashes = Array(chunks.map(\.sources).joined())
            var names = ProbeTable(capacityFor: total), sourceTable = ProbeTable(capacityFor: total)
            var distinctHash: [UInt64] = [], sourceHash: [UInt64] = []
            numbered.listing.reserveCapacity(total)
            for findingIndex in 0..<findingCount {
                let claims = Self.claims(reported, suppressed, findingIndex)
                for claimIndex in claims.indices {
                    let listing = starts[findingIndex] + claimIndex
                    let hash = nameHashes[listing]
                    let found = names.find(hash) { distinct in
                        distinctHash[distinct] == hash && numbered.claimIDs[distinct] == claims[claimIndex].id
                            && numbered.sources[Int(numbered.sourceOf[distinct])] == claims[claimIndex].sourceID
                    }
                    switch found {
                    case .found(let distinct):
                        numbered.listing.append(Int32(distinct))
                    case .empty(let slot):
                        let distinct = numbered.claimIDs.count
                        names.fill(slot, with: distinct)
                        distinctHash.append(hash)
                        numbered.listing.append(Int32(distinct))
                        let source = sourceHashes[listing]
                        let knownSource = sourceTable.find(source) { number in
                            sourceHash[number] == source && numbered.sources[number] == claims[claimIndex].sourceID
                        }
                        switch knownSource {
                        case .found(let number):
                            numbered.sourceOf.append(Int32(number))
                        case .empty(let sourceSlot):
                            sourceTable.fill(sourceSlot, with: numbered.sources.count)
                            numbered.sourceOf.append(Int32(numbered.sources.count))
                            numbered.sources.append(claims[claimIndex].sourceID)
                            sourceHash.append(source)
                        }
                        numbered.claimIDs.append(claims[claimIndex].id)
                        numbered.places.append(Place(suppressed: findingIndex >= reported.count,
                                                     finding: findingIndex - (findingIndex >= reported.count
                                                                                ? reported.count : 0),
                                                     claim: claimIndex))
                    }
                }
            }
            return numbered
        }
    }

    /// The distinct claims in stable-id order. Sorted by their source's rank, then their id:
    /// ids of one archive share long prefixes ("outlet-1-2016-03-05-8566#"), and comparing
    /// 190,000 of them whole was most of building the table, on one core. That is stable-id
    /// order unless a source id is a prefix of another and followed there by a character
    /// sorting before "#", so the result is checked, neighbour by neighbour, and the ids
    /// sorted whole if it is not.
    ///
    /// When every source and id is ASCII, the sort compares each id's first eight bytes as one
    /// integer and the ids themselves only where those agree (most of 190,000 ids differ
    /// early), and the check looks only where the source changes: inside one source the ids
    /// share the prefix "source#", so their order is the stable ids' order.
    private static func stableOrder(_ ids: [String], _ numbered: Numbered) -> [Int] {
        let sourceRank = Self.ranks(numbered.sources)
        let sourceOf = numbered.sourceOf, claimIDs = numbered.claimIDs
        let order: [Int]
        if numbered.ascii {
            struct SortKey { var rank: Int32, index: Int32, prefix: UInt64 }
            let keys = ParallelMap.chunked(claimIDs.count) { index in
                SortKey(rank: Int32(sourceRank[Int(sourceOf[index])]), index: Int32(index),
                        prefix: ByteHash.prefix(claimIDs[index]))
            }
            order = keys.sorted { a, b in
                if a.rank != b.rank { return a.rank < b.rank }
                if a.prefix != b.prefix { return a.prefix < b.prefix }
                return claimIDs[Int(a.index)] < claimIDs[Int(b.index)]
            }.map { Int($0.index) }
        } else {
            order = ids.indices.sorted { a, b in
                let (x, y) = (sourceRank[Int(sourceOf[a])], sourceRank[Int(sourceOf[b])])
                return x != y ? x < y : claimIDs[a] < claimIDs[b]
            }
        }
        let holds = order.indices.dropFirst().allSatisfy { rank in
            (numbered.ascii && sourceOf[order[rank]] == sourceOf[order[rank - 1]])
                || !(ids[order[rank]] < ids[order[rank - 1]])
        }
        if holds { return order }
        return ids.withUnsafeBufferPointer { ids in ids.indices.sorted { ids[$0] < ids[$1] } }
    }

    /// Each string's rank in string order (distinct strings).
    private static func ranks(_ strings: [String]) -> [Int] {
        var ranks = [Int](repeating: 0, count: strings.count)
        for (rank, index) in strings.indices.sorted(by: { strings[$0] < strings[$1] }).enumerated() {
            ranks[index] = rank
        }
        return ranks
    }

    /// Two names can spell one stable id (a source id holding "#", which only a claim set
    /// built in code has, or an id starting with a combining mark): such claims are one
    /// entry of the table, the first listed, as when claims were told apart by stable id.
    /// Equal ids are neighbours in `order`.
    private static func mergeEqualIDs(_ order: inout [Int], _ listing: inout [Int32], _ ids: [String]) {
        var same: [Int32: Int32] = [:], kept: [Int] = [], runStart = 0
        for rank in order.indices {
            guard rank > 0, ids[order[rank]] == ids[order[runStart]] else { runStart = rank; continue }
            // First listed: the lowest number of the run.
            let run = order[runStart...rank]
            let first = run.min()!
            for member in run where member != first { same[Int32(member)] = Int32(first) }
        }
        guard !same.isEmpty else { return }
        for rank in order.indices where same[Int32(order[rank])] == nil { kept.append(order[rank]) }
        order = kept
        listing = listing.map { same[$0] ?? $0 }
    }

    /// The stable ids of a finding's claims, in its order: `finding` indexes the report's
    /// findings, or its suppressed ones.
    func ids(ofFinding finding: Int, suppressed: Bool) -> [String] {
        let index = suppressed ? reportedCount + finding : finding
        return listing[starts[index]..<starts[index + 1]].map { ids[Int($0)] }
    }
}
