import ClaimModel
import Testing
@testable import ClaimExtraction

/// B-cubed event clustering and entity linking, on items small enough to count by hand.
struct ResolutionScoreTests {
    typealias Item = EventClusterScore.Item

    @Test func perfectClusteringScoresOne() {
        let score = EventClusterScore(items: [Item(file: "a", line: 1, gold: "fire", extracted: "x"),
                                              Item(file: "b", line: 1, gold: "fire", extracted: "x"),
                                              Item(file: "c", line: 1, gold: "vote", extracted: "y")])
        #expect(score.precision == 1 && score.recall == 1 && score.f1 == 1)
        #expect(score.orphans.isEmpty)
    }

    @Test func mergingTwoEventsCostsPrecisionAndSplittingCostsRecall() {
        // Merged: every item's extracted cluster holds 2 items, one of its own event.
        let merged = EventClusterScore(items: [Item(file: "a", line: 1, gold: "fire", extracted: "x"),
                                               Item(file: "b", line: 1, gold: "vote", extracted: "x")])
        #expect(merged.precision == 0.5)
        #expect(merged.recall == 1)
        // Split: each of the fire's two items found one of the two.
        let split = EventClusterScore(items: [Item(file: "a", line: 1, gold: "fire", extracted: "x"),
                                              Item(file: "b", line: 1, gold: "fire", extracted: "y")])
        #expect(split.precision == 1)
        #expect(split.recall == 0.5)
        #expect(abs(split.f1 - 2.0 / 3.0) < 1e-9)
    }

    @Test func anArticleWithoutItsEventIsReported() {
        let score = EventClusterScore(items: [Item(file: "a", line: 1, gold: "fire", extracted: "x"),
                                              Item(file: "a", line: 2, gold: "fire", extracted: "x"),
                                              Item(file: "b", line: 1, gold: "fire", extracted: nil)])
        #expect(score.orphans == [EventClusterScore.Orphan(file: "b", goldEvent: "fire")])
        // An unassigned item is a cluster of its own: precision stays whole, recall drops.
        #expect(score.precision == 1)
        #expect(score.recall < 1)
    }

    @Test func itemsTakeTheEventOfTheClaimOnTheirLineElseTheLines() {
        let gold = [Claim(id: "g1", sourceID: "s", subject: "fire", attribute: "death-toll",
                          value: .quantity(.exactly(4)), event: "fire", evidence: Evidence(file: "a.txt", line: 3)),
                    Claim(id: "g2", sourceID: "s", subject: "fire", attribute: "injured-count",
                          value: .quantity(.exactly(2)), event: "fire", evidence: Evidence(file: "a.txt", line: 5))]
        var article = ExtractedArticle(source: Source(id: "s", outlet: "o", file: "a.txt"), claims: [
            Claim(id: "e1", sourceID: "s", subject: "x", attribute: "death-toll", value: .quantity(.exactly(4)),
                  event: "x", evidence: Evidence(file: "a.txt", line: 3)),
        ])
        article.resolution.lineEvents = [3: "y", 5: "z"]
        let items = EventClusterScore.items(gold: gold, extracted: [article])
        #expect(items.map(\.extracted) == ["x", "z"])
    }

    /// Two background events on one line, one read: its claim answers its own gold claim, and the
    /// other's gold claim, read by nothing, is no member of the read one's event.
    @Test func aClaimOnALineAnswersOneGoldClaim() {
        func claim(_ id: String, _ event: String, _ toll: Double) -> Claim {
            Claim(id: id, sourceID: "s", subject: event, attribute: "death-toll", value: .quantity(.exactly(toll)),
                  event: event, evidence: Evidence(file: "a.txt", line: 7))
        }
        let gold = [claim("g1", "quake-1960", 12000), claim("g2", "quake-2004", 628)]
        var article = ExtractedArticle(source: Source(id: "s", outlet: "o", file: "a.txt"),
                                       claims: [claim("e1", "x", 628)])
        article.resolution.lineEvents = [7: "x"]
        let items = EventClusterScore.items(gold: gold, extracted: [article])
        #expect(items.map(\.extracted) == [nil, "x"])
        // Two read claims of one event on the line: both gold claims are that event's members.
        let same = [claim("g1", "quake-2004", 628), claim("g2", "quake-2004", 629)]
        let both = EventClusterScore.items(gold: same, extracted: [article])
        #expect(both.map(\.extracted) == ["x", "x"])
    }

    typealias Line = EntityLinkScore.Line

    @Test func linksAreCorrectMissedOrWrong() {
        let lines = [Line(file: "a", line: 1, gold: ["mara-quist"], extracted: ["mara-quist", "dalby"]),
                     Line(file: "a", line: 2, gold: ["tove-quist"], extracted: ["mara-quist"]),
                     Line(file: "a", line: 3, gold: ["police"], extracted: [])]
        let kinds: [String: Entity.Kind] = ["mara-quist": .person, "tove-quist": .person, "police": .organisation,
                                            "dalby": .country]
        let score = EntityLinkScore(lines: lines, goldEntities: ["mara-quist", "tove-quist", "police"], kinds: kinds)
        // Line 1: found (the bystander country costs nothing); line 2: a person read in another's
        // place is wrong; line 3: missed.
        #expect(score.correct == 1)
        #expect(score.wrong == 1)
        #expect(score.goldCount == 3)
        #expect(score.precision == 0.5)
        #expect(abs(score.recall - 1.0 / 3.0) < 1e-9)
    }

    @Test func createdEntitiesMapOneToOne() {
        // Extraction named the gold "anna-ek" "anna-eek" on two lines and "a-ek" on one: only
        // the more frequent one maps; the other is a wrong link.
        let lines = [Line(file: "a", line: 1, gold: ["anna-ek"], extracted: ["anna-eek"]),
                     Line(file: "a", line: 2, gold: ["anna-ek"], extracted: ["anna-eek"]),
                     Line(file: "b", line: 1, gold: ["anna-ek"], extracted: ["a-ek"])]
        let score = EntityLinkScore(lines: lines, goldEntities: ["anna-ek"])
        #expect(score.mapping == ["anna-eek": "anna-ek"])
        #expect(score.correct == 2)
        #expect(score.wrong == 1)
    }
}
