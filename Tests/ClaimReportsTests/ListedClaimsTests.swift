import Testing
import ClaimModel
import ClaimRules
@testable import ClaimReports

/// `ListedClaims` numbers every listing of a report by distinct claim (source and id), on
/// hashes of their bytes computed on every core; these hold it to what numbering by the
/// names themselves gives, on reports large enough to be shared out.
@Suite("Listed claims of a report")
struct ListedClaimsTests {
    /// A report of `findings` findings of `perFinding` claims each, drawn (with repeats, as in
    /// real reports) from `distinct` claims spread over a few dozen sources.
    static func report(findings: Int, perFinding: Int, distinct: Int, seed: UInt64) -> Report {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let base = ExampleCatalog.claimSet(for: [.pledge(.exactly(26), in: "outlet-b")])
        let template = base.claims[0]
        let key = ComparisonKey(template, attribute: nil)
        let made = (0..<findings).map { index -> Finding in
            let claims = (0..<perFinding).map { _ -> Claim in
                let pick = next() % distinct
                var claim = template
                // Sources that share long prefixes and ids that repeat across sources, as in an archive.
                (claim.sourceID, claim.id) = ("outlet-\(pick % 37)-2016-03-05-\(pick % 37 * 11)", "claim-\(pick / 37)")
                return claim
            }
            return Finding(ruleID: "count-mismatch", severity: .error, message: "finding \(index)", key: key,
                           claims: claims)
        }
        return Report(findings: made, claimSet: base)
    }

    @Test(arguments: [(findings: 3, perFinding: 4, distinct: 5), (findings: 600, perFinding: 60, distinct: 9_000)])
    func eachListingNamesItsClaimAndTheTableHoldsEachOnceInStableIDOrder(shape: (findings: Int, perFinding: Int,
                                                                               distinct: Int)) {
        let report = Self.report(findings: shape.findings, perFinding: shape.perFinding, distinct: shape.distinct,
                                 seed: 7)
        let listed = ListedClaims(report)
        for index in report.findings.indices {
            #expect(listed.ids(ofFinding: index, suppressed: false) == report.findings[index].claims.map(\.stableID))
        }
        let all = report.findings.flatMap { $0.claims.map(\.stableID) }
        #expect(listed.order.map { listed.ids[$0] } == Set(all).sorted())
        // Numbered in order of first listing, each place the first listing of its claim.
        var firstSeen: [String] = [], seen = Set<String>()
        for id in all where seen.insert(id).inserted { firstSeen.append(id) }
        #expect(listed.ids == firstSeen)
        for (number, place) in listed.places.enumerated() {
            #expect(!place.suppressed)
            #expect(report.findings[place.finding].claims[place.claim].stableID == listed.ids[number])
        }
    }

    /// Ids that are not ASCII are told apart as strings are, not by their bytes: "é" as one
    /// code point and as "e" with a combining accent is one claim, listed once.
    @Test func idsEqualAsStringsButNotAsBytesAreOneClaim() {
        let base = ExampleCatalog.claimSet(for: [.pledge(.exactly(26), in: "outlet-b"),
                                                 .pledge(.exactly(20), in: "outlet-c")])
        var claims = base.claims
        (claims[0].sourceID, claims[0].id) = ("outlet-b", "caf\u{E9}")
        (claims[1].sourceID, claims[1].id) = ("outlet-b", "cafe\u{301}")
        let finding = Finding(ruleID: "count-mismatch", severity: .error, message: "one",
                              key: ComparisonKey(claims[0], attribute: nil), claims: claims)
        let listed = ListedClaims(Report(findings: [finding], claimSet: base))
        #expect(listed.ids.count == 1)
        #expect(listed.ids(ofFinding: 0, suppressed: false).count == 2)
        #expect(Set(listed.ids(ofFinding: 0, suppressed: false)).count == 1)
    }

    /// Entries whose hashes collide are still told apart by the caller's test.
    @Test func probeTableTellsCollidingEntriesApart() {
        var table = ProbeTable(capacityFor: 4)
        var entries: [String] = []
        for name in ["a", "b", "c"] {
            switch table.find(42, isEntry: { entries[$0] == name }) {
            case .found: Issue.record("\(name) found before it was added")
            case .empty(let slot): table.fill(slot, with: entries.count); entries.append(name)
            }
        }
        for (index, name) in entries.enumerated() {
            guard case .found(let entry) = table.find(42, isEntry: { entries[$0] == name }) else {
                Issue.record("\(name) not found"); continue
            }
            #expect(entry == index)
        }
    }

    @Test func byteHashSeesEveryByteAndNonASCII() {
        var ascii = true
        let hashes = ["outlet-1-2016-03-05-8566", "outlet-1-2016-03-05-8567", "outlet-1-2016-03-05-856",
                      "claim-1", "claim-2", ""].map { ByteHash.of($0, ascii: &ascii) }
        #expect(Set(hashes).count == hashes.count)
        #expect(ascii)
        _ = ByteHash.of("caf\u{E9}", ascii: &ascii)
        #expect(!ascii)
    }

    /// A smaller eight-byte prefix means an earlier string, whatever the lengths; equal
    /// prefixes leave the order to the strings.
    @Test func bytePrefixOrdersAsStringsDo() {
        let strings = ["", "a", "a\u{0}", "a\u{0}b", "ab", "claim-1", "claim-10", "claim-100", "claim-2", "claim-24",
                       "claim-240", "claim-241", "claim-24a", "outlet-1", "outlet-1-2016", "z"]
        for a in strings {
            for b in strings {
                let (x, y) = (ByteHash.prefix(a), ByteHash.prefix(b))
                if x < y { #expect(a < b, "\(a) before \(b)") }
                if x > y { #expect(a > b, "\(a) after \(b)") }
            }
        }
        #expect(ByteHash.prefix("claim-240") == ByteHash.prefix("claim-241"))
        #expect(ByteHash.prefix("claim-1") < ByteHash.prefix("claim-10"))
    }
}
