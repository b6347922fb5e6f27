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
        struct Name: Hashable { var source: String, id: String }
        var number: [Name: Int32] = [:]
        var places: [Place] = [], ids: [String] = [], listing: [Int32] = [], starts: [Int] = []
        var sources = Numbering(), sourceOf: [Int32] = [], claimIDs: [String] = []
        let suppressed = report.suppressed.map(\.finding)
        number.reserveCapacity(report.findings.count * 4)
        for (isSuppressed, findings) in [(false, report.findings), (true, suppressed)] {
            // Indices, not elements: enumerating copied every finding and every claim.
            for findingIndex in findings.indices {
                starts.append(listing.count)
                for claimIndex in findings[findingIndex].claims.indices {
                    let name = Name(source: findings[findingIndex].claims[claimIndex].sourceID,
                                    id: findings[findingIndex].claims[claimIndex].id)
                    if let known = number[name] { listing.append(known); continue }
                    number[name] = Int32(ids.count)
                    listing.append(Int32(ids.count))
                    // `stableID` of the claim, from its stored fields read in place.
                    ids.append(name.source + "#" + name.id)
                    sourceOf.append(sources.number(name.source))
                    claimIDs.append(name.id)
                    places.append(Place(suppressed: isSuppressed, finding: findingIndex, claim: claimIndex))
                }
            }
        }
        starts.append(listing.count)
        var order = Self.stableOrder(ids, sourceOf: sourceOf, sources: sources.names, claimIDs: claimIDs)
        Self.mergeEqualIDs(&order, &listing, ids)
        self.places = places
        self.ids = ids
        self.listing = listing
        self.starts = starts
        self.order = order
        reportedCount = report.findings.count
    }

    /// The distinct claims in stable-id order. Sorted by their source's rank, then their id:
    /// ids of one archive share long prefixes ("outlet-1-2016-03-05-8566#"), and comparing
    /// 190,000 of them whole was most of building the table, on one core. That is stable-id
    /// order unless a source id is a prefix of another and followed there by a character
    /// sorting before "#", so the result is checked, neighbour by neighbour, and the ids
    /// sorted whole if it is not.
    private static func stableOrder(_ ids: [String], sourceOf: [Int32], sources: [String],
                                    claimIDs: [String]) -> [Int] {
        let sourceRank = Self.ranks(sources)
        let order = ids.indices.sorted { a, b in
            let (x, y) = (sourceRank[Int(sourceOf[a])], sourceRank[Int(sourceOf[b])])
            return x != y ? x < y : claimIDs[a] < claimIDs[b]
        }
        if order.indices.dropFirst().allSatisfy({ !(ids[order[$0]] < ids[order[$0 - 1]]) }) { return order }
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

    /// Strings numbered in the order first seen.
    private struct Numbering {
        var names: [String] = []
        var numbers: [String: Int32] = [:]

        mutating func number(_ name: String) -> Int32 {
            if let known = numbers[name] { return known }
            numbers[name] = Int32(names.count)
            names.append(name)
            return Int32(names.count - 1)
        }
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
