import Testing
import ClaimModel
@testable import ClaimRules

@Suite("Rules engine")
struct EngineTests {
    @Test func clustersPairsAroundTheClaimWithMostConflicts() {
        // 0 conflicts with 1, 2 and 3; 2 also conflicts with 3.
        let clusters = ConflictClusters.clusters([(0, 1), (0, 2), (0, 3), (2, 3)])
        #expect(clusters == [.init(primary: 0, others: [1, 2, 3]), .init(primary: 2, others: [3])])
        #expect(ConflictClusters.clusters([]).isEmpty)
    }

    @Test func anArticleRepeatingItsBodyGivesOneClaimNotAContradictionWithItself() {
        let set = ExampleCatalog.claimSet(for: [
            .pledge(.exactly(26), by: "macron", in: "outlet-b"),
            .pledge(.exactly(26), by: "macron", in: "outlet-b"),
            .pledge(.exactly(20), in: "outlet-c"),
        ])
        let findings = RulesEngine().check(set)
        #expect(findings.count == 1)
        let finding = findings[0]
        #expect(finding.ruleID == "count-mismatch")
        // The repeated claim is one witness with a second occurrence, not two.
        #expect(finding.claims.count == 2)
        #expect(finding.claims.first { $0.sourceID == "outlet-b" }?.alsoAt.map(\.evidence.line) == [2])
    }

    /// Repeats are found on integer keys first; claims with one key but another speaker,
    /// modality or value are other statements and stay.
    @Test func aRepeatHasTheSameSpeakerModalityAndValueNotOnlyTheSameKey() {
        let claims = ExampleCatalog.claimSet(for: [
            .pledge(.exactly(26), by: "macron"), .pledge(.exactly(26)), .pledge(.exactly(26), by: "macron", .hedged),
            .pledge(.exactly(20), by: "macron"), .pledge(.exactly(26), by: "macron"),
            .pledge(.exactly(26), by: "macron", event: "summit-jan"),
        ]).claims
        let folded = DuplicateClaims.fold(claims)
        #expect(folded.map(\.id) == claims.dropLast(2).map(\.id) + [claims[5].id])
        #expect(folded[0].alsoAt.map(\.evidence.line) == [claims[4].evidence.line])
        #expect(folded.dropFirst().allSatisfy { $0.alsoAt.isEmpty })
    }

    @Test func twoTranslationsOfOneQuotationAreOneClaim() {
        var set = ExampleCatalog.claimSet(for: [
            .pledge(.exactly(26), by: "macron", in: "outlet-b"),
            .pledge(.exactly(26), by: "macron", in: "outlet-c"),
            .pledge(.exactly(20), by: "macron", in: "outlet-c"),
        ])
        set.claims[1].sameQuoteAs = set.claims[0].stableID
        let findings = RulesEngine().check(set)
        #expect(findings.map(\.ruleID) == ["speaker-inconsistency"])
        #expect(findings[0].claims.count == 2)
    }

    @Test func aTranslationThatDisagreesWithItsOriginalIsReportedNotHidden() {
        var set = ExampleCatalog.claimSet(for: [
            .pledge(.exactly(26), by: "macron", in: "outlet-b"),
            .pledge(.exactly(20), by: "macron", in: "outlet-c"),
        ])
        set.claims[1].sameQuoteAs = set.claims[0].stableID
        #expect(RulesEngine().check(set).map(\.ruleID) == ["speaker-inconsistency"])
    }

    /// A translation's original is found by its source and id (`TranslationTargets`: by binary
    /// search in its source's claims when they come in id order, by hashing when they do not),
    /// and by whole stable ids when source ids hold "#" (claim sets built in code): the same
    /// folds every way, a chain folds into its first claim, and an id is looked for only in
    /// the source the translation names.
    @Test func translationsFoldIntoTheClaimTheyNameWhateverTheSourceIDsHold() {
        let base = ExampleCatalog.claimSet(for: [
            .pledge(.exactly(26), by: "macron", in: "outlet-b"), .pledge(.exactly(26), by: "macron", in: "outlet-c"),
            .pledge(.exactly(26), by: "macron", in: "outlet-d"), .pledge(.exactly(26), by: "macron", in: "outlet-e"),
        ]).claims
        let extra = ExampleCatalog.claimSet(for: [.pledge(.exactly(27), by: "macron", in: "outlet-b")]).claims[0]
        let plain = ["outlet-b", "outlet-c", "outlet-d", "outlet-e"], hashed = ["out#b", "out#c", "out#d", "out#e"]
        for (sources, unordered) in [(plain, false), (plain, true), (hashed, false)] {
            var claims = base
            for index in claims.indices {
                claims[index].sourceID = sources[index]
                claims[index].id = index == 2 ? "r" : "q"
            }
            claims[1].sameQuoteAs = sources[0] + "#q"
            claims[2].sameQuoteAs = sources[1] + "#q"
            // An id that only other sources have: no claim on record.
            claims[3].sameQuoteAs = sources[2] + "#q"
            if unordered {
                // A claim of the first source whose id sorts after the one named, placed first.
                var other = extra
                (other.sourceID, other.id) = (sources[0], "z")
                claims.insert(other, at: 0)
            }
            let folded = DuplicateClaims.fold(claims).filter { $0.id != "z" }
            #expect(folded.map(\.sourceID) == [sources[0], sources[3]], "sources \(sources), unordered \(unordered)")
            #expect(folded.first?.alsoAt.map(\.sourceID) == [sources[1], sources[2]],
                    "sources \(sources), unordered \(unordered)")
        }
    }

    @Test func fingerprintsDependOnRuleAndClaimIdsOnly() {
        let set = ExampleCatalog.claimSet(for: [.pledge(.exactly(26), in: "outlet-b"),
                                                .pledge(.exactly(20), in: "outlet-c")])
        var moved = set
        moved.claims = moved.claims.map { claim in
            var claim = claim
            claim.evidence.line += 40
            claim.statement = "reworded"
            return claim
        }
        let before = RulesEngine().check(set), after = RulesEngine().check(moved)
        #expect(before.map(\.fingerprint) == after.map(\.fingerprint))
        #expect(before.first?.fingerprint
                    == Fingerprint.make(ruleID: "count-mismatch", claimIDs: ["outlet-c#claim-2", "outlet-b#claim-1"]))
        #expect(Fingerprint.make(ruleID: "a", claimIDs: ["x"]) != Fingerprint.make(ruleID: "b", claimIDs: ["x"]))
    }

    @Test func severityCanBeOverridden() {
        let set = ExampleCatalog.claimSet(for: [.pledge(.exactly(26), in: "outlet-b"),
                                                .pledge(.exactly(20), in: "outlet-c")])
        let findings = RulesEngine(severityOverrides: ["count-mismatch": .warning]).check(set)
        #expect(findings.map(\.severity) == [.warning])
    }

    @Test func attributesThatCannotChangeAreComparedAcrossEvents() {
        let fixed = Attribute(id: "troop-pledge-countries", name: "Pledges", kind: .count, units: ["countries"],
                              changesAcrossEvents: false)
        var set = ExampleCatalog.claimSet(for: [
            .pledge(.exactly(26), in: "outlet-b"), .pledge(.exactly(35), in: "outlet-d", event: "summit-jan"),
        ])
        set.attributes[fixed.id] = fixed
        #expect(RulesEngine().check(set).map(\.ruleID) == ["count-mismatch"])
    }

    @Test func findingsComeOutInADeterministicOrder() {
        let set = ExampleCatalog.claimSet(for: [
            .attendance("video-link", in: "outlet-b"), .attendance("in-person", in: "outlet-d", event: "summit-jan"),
            .pledge(.exactly(26), in: "outlet-b"), .pledge(.exactly(20), in: "outlet-c"),
            .signed(true, in: "outlet-b"), .signed(false, in: "outlet-c", .hedged),
        ])
        let findings = RulesEngine().check(set)
        #expect(findings.map(\.severity) == [.error, .warning, .info])
        var shuffled = set
        shuffled.claims.reverse()
        #expect(RulesEngine().check(ClaimSet(entities: ExampleCatalog.entities, events: ExampleCatalog.events,
                                              attributes: ExampleCatalog.attributes, sources: ExampleCatalog.sources,
                                              claims: shuffled.claims)) == findings)
    }

    /// Groups are found on integer ids numbered as first seen, so the ids seen first here
    /// ("zeta", the later event, the series "rounds") sort last as strings: the groups must still
    /// come in key order, and a subject's series of one key in order of the series' names.
    @Test func groupsComeInKeyOrderWhicheverIdsAreSeenFirst() {
        func byID<Value>(_ values: [Value], _ id: KeyPath<Value, String>) -> [String: Value] {
            Dictionary(uniqueKeysWithValues: values.map { ($0[keyPath: id], $0) })
        }
        let events = [
            Event(id: "talks-2", name: "Talks", start: Day(year: 2025, month: 9, day: 5)!, series: "rounds"),
            Event(id: "talks-1", name: "Talks", start: Day(year: 2025, month: 9, day: 4)!, series: "rounds"),
            Event(id: "summit-2", name: "Summit", start: Day(year: 2025, month: 9, day: 5)!, series: "meetings"),
            Event(id: "summit-1", name: "Summit", start: Day(year: 2025, month: 9, day: 4)!, series: "meetings"),
        ]
        var claims: [Claim] = []
        for (subject, event) in [("zeta", "talks-2"), ("zeta", "talks-1"), ("zeta", "summit-2"), ("zeta", "summit-1"),
                                 ("alpha", "talks-2"), ("alpha", "summit-1")] {
            for source in ["outlet-b", "outlet-c"] {
                claims.append(Claim(id: "c\(claims.count)", sourceID: source, subject: subject,
                                    attribute: "troop-pledge-countries", value: .quantity(.exactly(26)),
                                    unit: "countries", event: event, evidence: Evidence(file: "x.txt", line: 1)))
            }
        }
        let groups = RulesEngine.groups(of: claims, attributes: byID(ExampleCatalog.attributes, \.id),
                                        events: byID(events, \.id))
        #expect(groups.comparison.map(\.key.description) == [
            "alpha/troop-pledge-countries/summit-1/countries", "alpha/troop-pledge-countries/talks-2/countries",
            "zeta/troop-pledge-countries/summit-1/countries", "zeta/troop-pledge-countries/summit-2/countries",
            "zeta/troop-pledge-countries/talks-1/countries", "zeta/troop-pledge-countries/talks-2/countries",
        ])
        #expect(groups.comparison.allSatisfy { $0.claims.map(\.sourceID) == ["outlet-b", "outlet-c"] })
        // alpha's two claims per series stay in two series of two; zeta's series: meetings, then rounds.
        #expect(groups.series.map { $0.claims.map(\.event!) } == [
            ["summit-1", "summit-1"], ["talks-2", "talks-2"],
            ["summit-2", "summit-2", "summit-1", "summit-1"], ["talks-2", "talks-2", "talks-1", "talks-1"],
        ])
    }
}
