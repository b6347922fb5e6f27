import Testing
import ClaimModel
@testable import ClaimRules
import ClaimTestSupport

/// Groups of claims that share one comparison key are compared by value class, and clusters
/// are picked from a heap, so a group of 100,000 agreeing claims costs one pass. These tests
/// hold the fast paths to the straightforward definitions they replace: every pair of claims,
/// and a scan of every node for the next primary.
@Suite("Large groups")
struct LargeGroupTests {
    static let countAttribute = Attribute(id: "members", name: "Members", kind: .count, units: ["countries"],
                                          tolerance: Tolerance(about: 0.1, slack: 1))
    static let numberAttribute = Attribute(id: "share", name: "Share", kind: .number,
                                           tolerance: Tolerance(about: 0.2, slack: 0))
    static let categoryAttribute = ExampleCatalog.attributes.first { $0.id == "attendance-mode" }!
    static let flagAttribute = ExampleCatalog.attributes.first { $0.id == "signed-declaration" }!

    static func randomValue(for attribute: Attribute, using random: inout SeededRandom) -> ClaimValue {
        switch attribute.kind {
        case .count, .number:
            let base = Double(Int.random(in: -3...30, using: &random))
            let value = attribute.kind == .count ? abs(base) : base
            switch Int.random(in: 0..<5, using: &random) {
            case 0: return .quantity(.about(value))
            case 1: return .quantity(.range(min: value, max: nil))
            case 2: return .quantity(.range(min: nil, max: value))
            case 3: return .quantity(.range(min: value, max: value + Double(Int.random(in: 0...6, using: &random))))
            default: return .quantity(.exactly(value))
            }
        case .category:
            let categories = ["present", "in-person", "remote", "video-link", "phone", "absent"]
            return .category(categories.randomElement(using: &random)!)
        case .flag:
            return .flag(Bool.random(using: &random))
        }
    }

    static func claims(_ count: Int, attribute: Attribute, using random: inout SeededRandom) -> [Claim] {
        (0..<count).map { index in
            Claim(id: "c\(index)", sourceID: "s\(Int.random(in: 0..<4, using: &random))", subject: "bloc",
                  attribute: attribute.id, value: randomValue(for: attribute, using: &random),
                  evidence: Evidence(file: "a.txt", line: index + 1))
        }
    }

    @Test(arguments: [countAttribute, numberAttribute, categoryAttribute, flagAttribute].map(\.id))
    func valueClassesFindExactlyThePairsThatEveryPairComparisonFinds(attributeID: String) {
        let attribute = [Self.countAttribute, Self.numberAttribute, Self.categoryAttribute, Self.flagAttribute]
            .first { $0.id == attributeID }!
        var random = SeededRandom(seed: 6)
        let comparison = ValueComparison(attribute: attribute)
        for round in 0..<200 {
            let claims = Self.claims(Int.random(in: 0...40, using: &random), attribute: attribute, using: &random)
            var expected: [[Int]] = []
            for i in claims.indices {
                for j in claims.indices where j > i && !comparison.areCompatible(claims[i].value, claims[j].value) {
                    expected.append([i, j])
                }
            }
            let classes = ValueClasses(claims, comparison: comparison)
            var found: [[Int]] = []
            for a in classes.values.indices {
                for b in classes.incompatible[a] {
                    for i in classes.members[a] { for j in classes.members[b] where j > i { found.append([i, j]) } }
                }
            }
            #expect(found.sorted { $0.lexicographicallyPrecedes($1) } == expected, "round \(round)")
            for (valueClass, members) in classes.members.enumerated() {
                #expect(members.allSatisfy {
                    classes.classOf[$0] == valueClass && claims[$0].value == classes.values[valueClass]
                })
            }
        }
    }

    /// The clustering as first written: scan every node for the highest degree each time.
    static func referenceClusters(_ pairs: [(Int, Int)]) -> [ConflictClusters.Cluster] {
        var neighbours: [Int: Set<Int>] = [:]
        for (a, b) in pairs where a != b {
            neighbours[a, default: []].insert(b)
            neighbours[b, default: []].insert(a)
        }
        var result: [ConflictClusters.Cluster] = []
        while true {
            let candidates = neighbours.filter { !$0.value.isEmpty }
            guard let primary = candidates.keys.min(by: {
                (-candidates[$0]!.count, $0) < (-candidates[$1]!.count, $1)
            }) else { break }
            let others = neighbours[primary]!.sorted()
            result.append(.init(primary: primary, others: others))
            for other in others { neighbours[other]?.remove(primary) }
            neighbours[primary] = []
        }
        return result
    }

    @Test func theHeapPicksTheSamePrimariesAsAScanOfEveryNode() {
        var random = SeededRandom(seed: 42)
        for round in 0..<300 {
            let nodes = Int.random(in: 1...30, using: &random)
            let pairs = (0..<Int.random(in: 0...60, using: &random)).map { _ in
                (Int.random(in: 0..<nodes, using: &random), Int.random(in: 0..<nodes, using: &random))
            }
            #expect(ConflictClusters.clusters(pairs) == Self.referenceClusters(pairs), "round \(round): \(pairs)")
        }
    }

    /// Every claim in its own source, in the outlet's own voice: no repeats to fold, no
    /// speaker in common, so the group really holds `count` claims.
    static func group(_ count: Int, value: (Int) -> Int) -> ClaimSet {
        let sources = (0..<count).map { Source(id: "s\($0)", outlet: "Outlet \($0)") }
        let claims = (0..<count).map { index in
            Claim(id: "c", sourceID: "s\(index)", subject: "coalition", attribute: "troop-pledge-countries",
                  value: .quantity(.exactly(Double(value(index)))), unit: "countries", event: "summit-sep",
                  evidence: Evidence(file: "a\(index).txt", line: 1))
        }
        return ClaimSet(entities: ExampleCatalog.entities, events: ExampleCatalog.events,
                        attributes: ExampleCatalog.attributes, sources: sources, claims: claims)
    }

    @Test func twentyThousandAgreeingClaimsWithOneKeyGiveNoFinding() {
        #expect(RulesEngine().check(Self.group(20_000) { _ in 26 }).isEmpty)
    }

    @Test func twoConflictingValuesGiveOneFindingListingEveryClaimOnce() {
        let findings = RulesEngine().check(Self.group(400) { $0 % 2 == 0 ? 20 : 26 })
        #expect(findings.count == 1)
        #expect(findings.first?.ruleID == "count-mismatch")
        #expect(findings.first?.claims.count == 400)
        #expect(Set(findings.first?.claims.map(\.stableID) ?? []).count == 400)
        // The side that leads comes first: the value of the lowest claim on the tie.
        #expect(findings.first?.claims.prefix(200).allSatisfy { $0.value == .quantity(.exactly(20)) } == true)
    }
}
