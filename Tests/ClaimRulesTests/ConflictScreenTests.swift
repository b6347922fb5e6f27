import Foundation
import Testing
import ClaimModel
import ClaimStore
@testable import ClaimRules
import ClaimTestSupport

/// `ConflictScreen` drops claims before folding and grouping, on the argument that every rule
/// reports only values that cannot hold together. These tests hold the screened check to the
/// unscreened one: on every rule example, on hand-built groups and series, and on a few hundred
/// seeded random claim sets, both as arrays and as the compact tables the loader builds.
@Suite("Conflict screen")
struct ConflictScreenTests {
    // MARK: rule examples

    struct ExampleCase: CustomTestStringConvertible, Sendable {
        let ruleID: String
        let example: RuleExample
        let triggers: Bool
        var testDescription: String { "\(ruleID): \(triggers ? "fires" : "quiet") — \(example.summary)" }
    }

    static let exampleCases: [ExampleCase] = RuleRegistry.all.flatMap { rule in
        rule.description.triggeringExamples.map { ExampleCase(ruleID: rule.description.id, example: $0,
                                                              triggers: true) }
            + rule.description.nonTriggeringExamples.map { ExampleCase(ruleID: rule.description.id, example: $0,
                                                                       triggers: false) }
    }

    @Test(arguments: exampleCases)
    func theScreenChangesNoFindingOfARuleExample(_ testCase: ExampleCase) {
        let set = testCase.example.claimSet
        if testCase.triggers {
            // A triggering example is one conflict: every claim of it is needed to report it.
            #expect(ConflictScreen.candidates(in: set) == Array(0..<set.claimCount))
        }
        #expect(RulesEngine().check(set) == RulesEngine().check(set, screened: false))
        let rule = RuleRegistry.rule(id: testCase.ruleID)!
        let screened = RulesEngine(rules: [rule]).check(set)
        #expect(screened == RulesEngine(rules: [rule]).check(set, screened: false))
        #expect(screened.isEmpty != testCase.triggers)
    }

    // MARK: groups and series

    @Test func aGroupOfCompatibleValuesYieldsNoCandidates() {
        let set = ExampleCatalog.claimSet(for: [
            // Attendance: "present", "remote" and "video link" refine one another.
            .attendance("present", in: "outlet-a"), .attendance("remote", in: "outlet-b"),
            .attendance("video-link", in: "outlet-c"),
            .attendance("video-link", in: "outlet-c"),
            // Pledges: 26, "about 25", "at least 25".
            .pledge(.exactly(26), in: "outlet-b"), .pledge(.about(25), in: "outlet-c"),
            .pledge(.range(min: 25, max: nil), in: "outlet-a"),
            // Flags that agree; a non-exclusive category whose values all hold.
            .signed(true, in: "outlet-b"), .signed(true, in: "outlet-c"),
            .topic("ceasefire", in: "outlet-b"), .topic("sanctions", in: "outlet-c"),
        ])
        #expect(ConflictScreen.candidates(in: set).isEmpty)
        #expect(RulesEngine().check(set, screened: false).isEmpty)
    }

    @Test func oneIncompatiblePairMakesEveryMemberOfItsGroupACandidate() {
        let set = ExampleCatalog.claimSet(for: [
            .pledge(.exactly(26), in: "outlet-a"), .pledge(.exactly(26), in: "outlet-b"),
            .pledge(.about(25), in: "outlet-c"),
            .pledge(.range(min: 20, max: nil), by: "macron", in: "outlet-c", .hedged),
            .pledge(.exactly(20), in: "outlet-d"),  // 20 cannot hold with 26: the whole group is kept
            // Other groups, all agreeing: none of them is kept.
            .attendance("in-person", of: "rutte", in: "outlet-b"), .attendance("present", of: "rutte", in: "outlet-c"),
            .signed(true, in: "outlet-b"), .signed(true, in: "outlet-c"),
        ])
        let kept = Set(ConflictScreen.candidates(in: set).map { set.claimList[$0].stableID })
        let group = set.claims.filter { $0.attribute == "troop-pledge-countries" && $0.event == "summit-sep" }
        #expect(group.count == 5)
        #expect(kept == Set(group.map(\.stableID)))
        #expect(RulesEngine().check(set) == RulesEngine().check(set, screened: false))
        #expect(!RulesEngine().check(set).isEmpty)
    }

    @Test func aSeriesWithAConflictAcrossEventsKeepsTheSeriesClaims() {
        let set = ExampleCatalog.claimSet(for: [
            .attendance("video-link", in: "outlet-b"), .attendance("remote", in: "outlet-c"),
            .attendance("in-person", in: "outlet-d", event: "summit-jan"),
            // Another subject's series, and a flag: nothing conflicts there.
            .attendance("in-person", of: "rutte", in: "outlet-b"),
            .attendance("in-person", of: "rutte", in: "outlet-d", event: "summit-jan"),
            .signed(true, in: "outlet-b"),
        ])
        // No comparison group conflicts: each event's values agree.
        let kept = ConflictScreen.candidates(in: set).map { set.claimList[$0] }
        #expect(Set(kept.map(\.stableID)) == Set(set.claims.filter { $0.subject == "merz" }.map(\.stableID)))
        let findings = RulesEngine().check(set)
        #expect(findings.map(\.ruleID) == ["shift-across-events"])
        #expect(findings == RulesEngine().check(set, screened: false))
    }

    /// Across events, only the events of one series are compared: a council and a forum are
    /// two series, two visits belong to none. Values that differ between them are no shift,
    /// and the screen keeps none of their claims (it kept them all when a series ran over
    /// every event of a subject).
    @Test func onlyEventsOfOneSeriesAreComparedAcrossEvents() {
        func world(forumTwo: String) -> ClaimSet {
            var set = ExampleCatalog.claimSet(for: [
                .attendance("in-person", in: "outlet-b", event: "council-1"),
                .attendance("video-link", in: "outlet-c", event: "forum-1"),
                .attendance("in-person", in: "outlet-d", event: "council-2"),
                .attendance(forumTwo, in: "outlet-d", event: "forum-2"),
                .attendance("phone", in: "outlet-b", event: "visit-1"),
                .attendance("in-person", in: "outlet-c", event: "visit-2"),
            ])
            let events: [(String, String?, Int)] = [("council-1", "councils", 1), ("council-2", "councils", 3),
                                                    ("forum-1", "forums", 2),
                                                    ("forum-2", "forums", 4), ("visit-1", nil, 1), ("visit-2", nil, 2)]
            for (id, series, month) in events {
                set.events[id] = Event(id: id, name: id, start: Day(year: 2025, month: month, day: 1)!, series: series)
            }
            return set
        }
        let quiet = world(forumTwo: "video-link")
        #expect(ConflictScreen.candidates(in: quiet).isEmpty)
        #expect(RulesEngine().check(quiet, screened: false).isEmpty)

        let shifted = world(forumTwo: "in-person")
        let kept = ConflictScreen.candidates(in: shifted).map { shifted.claimList[$0].event }
        #expect(kept.sorted { ($0 ?? "") < ($1 ?? "") } == ["forum-1", "forum-2"])
        let findings = RulesEngine().check(shifted)
        #expect(findings.map(\.ruleID) == ["shift-across-events"])
        #expect(findings.first?.key.event == "forum-2")
        #expect(findings == RulesEngine().check(shifted, screened: false))
    }

    @Test func anAttributeThatCannotChangeIsScreenedAcrossEvents() {
        let fixed = Attribute(id: "troop-pledge-countries", name: "Pledges", kind: .count, units: ["countries"],
                              changesAcrossEvents: false)
        var set = ExampleCatalog.claimSet(for: [
            .pledge(.exactly(26), in: "outlet-b"), .pledge(.exactly(35), in: "outlet-d", event: "summit-jan"),
            .pledge(.exactly(26), in: "outlet-c", event: nil),
        ])
        set.attributes[fixed.id] = fixed
        #expect(ConflictScreen.candidates(in: set) == [0, 1, 2])
        #expect(RulesEngine().check(set).map(\.ruleID) == ["count-mismatch"])
        #expect(RulesEngine().check(set) == RulesEngine().check(set, screened: false))
    }

    @Test func translationsAndTheClaimsTheyNameAreKeptWhateverTheirGroups() {
        var set = ExampleCatalog.claimSet(for: [
            .pledge(.exactly(26), by: "macron", in: "outlet-b"),
            .pledge(.exactly(26), by: "macron", in: "outlet-c"),
            .signed(true, in: "outlet-a"),
        ])
        // In stable-id order: outlet-a's flag, then outlet-b's and outlet-c's pledges.
        set.claims[2].sameQuoteAs = set.claims[1].stableID  // outlet-c's translation of outlet-b's quotation
        #expect(ConflictScreen.candidates(in: set) == [1, 2])
        #expect(RulesEngine().check(set).isEmpty)
    }

    /// A chain outlet-d → outlet-c → outlet-b (each translating the next) among claims C, R, Y,
    /// X in stable order, with C (20, outlet-a's own count) against macron's 26.
    static func chain(root: Quantity, rootEvent: String?, middleEvent: String?) -> ClaimSet {
        var set = ExampleCatalog.claimSet(for: [
            .pledge(.exactly(20), in: "outlet-a"),
            .pledge(root, by: "macron", in: "outlet-b", event: rootEvent),
            .pledge(.exactly(26), by: "macron", in: "outlet-c", event: middleEvent),
            .pledge(.exactly(26), by: "macron", in: "outlet-d"),
        ])
        set.claims[2].sameQuoteAs = set.claims[1].stableID
        set.claims[3].sameQuoteAs = set.claims[2].stableID
        return set
    }

    @Test func aTranslationFoldsIntoItsRootThroughAMiddleInAnAgreeingGroup() {
        // The middle names no event: alone in its group, and in no series.
        let set = Self.chain(root: .exactly(26), rootEvent: "summit-sep", middleEvent: nil)
        let findings = RulesEngine().check(set)
        #expect(findings == RulesEngine().check(set, screened: false))
        #expect(findings.map(\.ruleID) == ["count-mismatch"])
        let root = findings.first?.claims.first { $0.sourceID == "outlet-b" }
        #expect(root?.alsoAt.map(\.sourceID) == ["outlet-d"], "outlet-d's translation folds into the root it renders")
        #expect(!(findings.first?.claims.contains { $0.sourceID == "outlet-d" } ?? true))
    }

    @Test func aChainEndsAtItsRootEvenWhenTheRootsGroupAgrees() {
        // The root names no event: alone in its group. The middle and the last agree with each
        // other but not with the root, so neither folds (folding follows a chain to its root).
        let set = Self.chain(root: .exactly(26), rootEvent: nil, middleEvent: "summit-sep")
        let findings = RulesEngine().check(set)
        #expect(findings == RulesEngine().check(set, screened: false))
        #expect(findings.map(\.ruleID) == ["count-mismatch"])
        #expect(Set(findings.first?.claims.map(\.sourceID) ?? []) == ["outlet-a", "outlet-c", "outlet-d"])
        #expect(findings.first?.claims.allSatisfy(\.alsoAt.isEmpty) == true)
    }

    /// Two agreeing translations that each name the other as the original (which the loader
    /// rejects, but a claim set built in code may hold) are one claim, however many other claims
    /// are on record: folding used to follow the cycle for as many steps as there were claims, so
    /// with an even count both claims folded into each other and vanished, and the screen, which
    /// changes the count, changed findings.
    @Test func aCycleOfTranslationsFoldsTheSameWhateverElseIsOnRecord() throws {
        for extra in 0..<4 {
            var set = ExampleCatalog.claimSet(for: [
                .pledge(.exactly(20), in: "outlet-a"),
                .pledge(.exactly(26), by: "macron", in: "outlet-b"),
                .pledge(.exactly(26), by: "macron", in: "outlet-c"),
            ] + ["italy", "merz", "rutte"].prefix(extra).map { ExampleClaim.signed(true, of: $0, in: "outlet-d") })
            set.claims[1].sameQuoteAs = set.claims[2].stableID
            set.claims[2].sameQuoteAs = set.claims[1].stableID
            let folded = DuplicateClaims.fold(set.claims)
            #expect(folded.count == set.claimCount - 1, "with \(set.claimCount) claims")
            #expect(folded.first { $0.sourceID == "outlet-b" }?.alsoAt.map(\.sourceID) == ["outlet-c"])
            let findings = RulesEngine().check(set)
            #expect(findings == RulesEngine().check(set, screened: false), "with \(set.claimCount) claims")
            #expect(findings.map(\.ruleID) == ["count-mismatch"], "with \(set.claimCount) claims")
        }

        // A cycle of three, entered from a fourth translation.
        func troops(_ source: String, translating target: String) -> Claim {
            Claim(id: "c01", sourceID: source, subject: "alpha", attribute: "troops", value: .quantity(.exactly(10)),
                  unit: "soldiers",
                  event: "round-1", said: RandomClaims.source(source).published,
                  evidence: Evidence(file: "x.txt", line: 1), sameQuoteAs: target)
        }
        let claims = [troops("src-a", translating: "src-b#c01"), troops("src-b", translating: "src-c#c01"),
                      troops("src-c", translating: "src-a#c01"), troops("src-d", translating: "src-b#c01"),
                      Claim(id: "c02", sourceID: "src-e", subject: "alpha", attribute: "troops",
                            value: .quantity(.exactly(20)), unit: "soldiers",
                            event: "round-1", said: RandomClaims.source("src-e").published,
                            evidence: Evidence(file: "x.txt", line: 1))]
        let set = RandomClaims.claimSet(claims)
        let findings = RulesEngine().check(set)
        #expect(findings == RulesEngine().check(set, screened: false))
        #expect(findings.map(\.ruleID) == ["count-mismatch"])
        // The cycle's first claim stands for all four narrator claims of 10.
        #expect(findings.first?.claims.map(\.stableID).sorted() == ["src-a#c01", "src-e#c02"])
        #expect(findings.first?.claims.first { $0.sourceID == "src-a" }?.alsoAt.map(\.sourceID)
                == ["src-b", "src-c", "src-d"])

        // Written as files, the same claims no longer load (this part used to check the
        // folding above on the loaded table): the cycle is an error on both paths, once.
        let folder = NSTemporaryDirectory() + "claimcheck-screen-cycle-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try RandomClaims.write(claims, to: folder, declining: [])
        for options in [ClaimLoader.Options(), .plain] {
            #expect(Self.loadErrors(folder, options).map(\.message)
                == [#""sameQuoteAs" forms a cycle: src-a#c01 → src-b#c01 → src-c#c01 → src-a#c01; "#
                    + "one of them must be the original"])
        }
    }

    /// The diagnostics a load of `folder` fails with; none if it loads.
    static func loadErrors(_ folder: String, _ options: ClaimLoader.Options) -> [Diagnostic] {
        do {
            _ = try ClaimLoader(options: options).load(paths: [folder])
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// Whether following `sameQuoteAs` from some claim comes back to it.
    static func hasCycle(_ claims: [Claim]) -> Bool {
        let byID = Dictionary(claims.map { ($0.stableID, $0) }, uniquingKeysWith: { a, _ in a })
        return claims.contains { start in
            var current = start
            for _ in claims.indices {
                guard let next = current.sameQuoteAs.flatMap({ byID[$0] }) else { return false }
                if next.stableID == start.stableID { return true }
                current = next
            }
            return false
        }
    }

    @Test func differentUnitsAndSubjectsAreDifferentGroups() {
        func troops(_ count: Double, _ subject: String, _ source: String, unit: String = "soldiers",
                    attribute: String = "troops") -> Claim {
            Claim(id: "c01", sourceID: source, subject: subject, attribute: attribute,
                  value: .quantity(.exactly(count)), unit: unit,
                  evidence: Evidence(file: "x.txt", line: 1))
        }
        // 0 percent against 5 points, 10 soldiers of alpha against 20 of beta: nothing to compare.
        let set = RandomClaims.claimSet([
            troops(0, "alpha", "src-a", unit: "percent", attribute: "share"),
            troops(5, "alpha", "src-b", unit: "points", attribute: "share"),
            troops(10, "alpha", "src-c"), troops(20, "beta", "src-d"),
        ])
        #expect(ConflictScreen.candidates(in: set).isEmpty)
        #expect(RulesEngine().check(set, screened: false).isEmpty)
    }

    /// The translation scenarios above, in the random sets' world, for loading as a table.
    static func translationScenarios() -> [[Claim]] {
        func troops(_ count: Double, _ source: String, by speaker: Speaker = .entity("speaker-x"),
                    event: String? = "round-1",
                    translating target: String? = nil) -> Claim {
            Claim(id: "c01", sourceID: source, subject: "alpha", attribute: "troops", value: .quantity(.exactly(count)),
                  unit: "soldiers",
                  speaker: speaker, attribution: speaker == .narrator ? .narrator : .reportedSpeech, event: event,
                  said: RandomClaims.source(source).published, evidence: Evidence(file: "x.txt", line: 1),
                  sameQuoteAs: target)
        }
        let flag = Claim(id: "c02", sourceID: "src-a", subject: "beta", attribute: "signed", value: .flag(true),
                         said: RandomClaims.source("src-a").published, evidence: Evidence(file: "x.txt", line: 2))
        return [
            // A translation of a claim, both in an agreeing group.
            [troops(10, "src-b"), troops(10, "src-c", translating: "src-b#c01"), flag],
            // The middle of a chain in an agreeing group (no event).
            [troops(20, "src-a", by: .narrator), troops(10, "src-b"),
             troops(10, "src-c", event: nil, translating: "src-b#c01"),
             troops(10, "src-d", translating: "src-c#c01"), flag],
            // The root of a chain in an agreeing group (no event).
            [troops(20, "src-a", by: .narrator), troops(10, "src-b", event: nil),
             troops(10, "src-c", translating: "src-b#c01"),
             troops(10, "src-d", translating: "src-c#c01"), flag],
        ]
    }

    @Test func aTableKeepsTheTranslationsAnArrayKeeps() throws {
        for (index, claims) in Self.translationScenarios().enumerated() {
            let array = RandomClaims.claimSet(claims)
            let folder = NSTemporaryDirectory() + "claimcheck-screen-translations-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try RandomClaims.write(claims, to: folder, declining: index == 2 ? ["src-c"] : [])
            let table = try ClaimLoader().load(paths: [folder]).claimSet
            #expect(table.claimList.table != nil)
            #expect(table.claims == array.claims)
            let keptFromTable = ConflictScreen.candidates(in: table).map { table.claimList[$0].stableID }
            let keptFromArray = ConflictScreen.candidates(in: array).map { array.claimList[$0].stableID }
            #expect(keptFromTable == keptFromArray, "scenario \(index)")
            #expect(!keptFromTable.contains("src-a#c02"))
            #expect(keptFromTable.contains { $0.hasPrefix("src-c#") },
                    "scenario \(index): the translation was not kept")
            #expect(RulesEngine().check(table) == RulesEngine().check(table, screened: false), "scenario \(index)")
            #expect(RulesEngine().check(table) == RulesEngine().check(array, screened: false), "scenario \(index)")
        }
    }

    // MARK: random claim sets

    /// Array-backed sets: the screen keeps every claim of every finding, and screened findings
    /// equal unscreened ones.
    @Test func screenedFindingsEqualUnscreenedOnRandomClaimSets() {
        var coverage = Coverage()
        for seed in UInt64(1)...400 {
            let claims = RandomClaims.generate(seed: seed)
            let set = RandomClaims.claimSet(claims)
            coverage.add(set, check(set, seed: seed, label: "array"))
        }
        coverage.expectUseful()
    }

    /// The same on sets written as claim files and loaded as a table (with some files the fast
    /// decoder declines), against the plain path's arrays. Sets whose translations form a
    /// cycle do not load: both paths must refuse them with the same diagnostics.
    @Test func screenedFindingsEqualUnscreenedOnRandomClaimTables() throws {
        var coverage = Coverage()
        var refusedCycles = 0
        for seed in UInt64(1001)...1160 {
            let claims = RandomClaims.generate(seed: seed)
            let folder = NSTemporaryDirectory() + "claimcheck-screen-\(seed)-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let declined = seed % 4 == 0 ? Set(claims.prefix(1).map(\.sourceID)) : []
            try RandomClaims.write(claims, to: folder, declining: declined)

            if Self.hasCycle(claims) {
                let errors = Self.loadErrors(folder, ClaimLoader.Options())
                let cycleErrors = errors.filter { $0.severity == .error }
                #expect(cycleErrors.count == 1 && cycleErrors.allSatisfy { $0.message.contains("forms a cycle") },
                        "seed \(seed): \(errors)")
                #expect(errors == Self.loadErrors(folder, .plain), "seed \(seed)")
                refusedCycles += 1
                continue
            }
            let table = try ClaimLoader().load(paths: [folder])
            let plain = try ClaimLoader(options: .plain).load(paths: [folder])
            #expect(table.claimSet.claimList.table != nil, "seed \(seed): the load took the plain path")
            #expect(plain.claimSet.claimList.table == nil)
            // The files hold exactly the generated claims.
            #expect(plain.claimSet.claims == RandomClaims.claimSet(claims).claims, "seed \(seed)")
            #expect(table.claimSet.claims == plain.claimSet.claims, "seed \(seed)")
            #expect(table.warnings == plain.warnings)
            #expect(table.warnings.isEmpty == declined.isEmpty, "seed \(seed)")

            let findings = check(table.claimSet, seed: seed, label: "table")
            #expect(findings == check(plain.claimSet, seed: seed, label: "plain"),
                    "seed \(seed): table and array disagree")
            #expect(findings == RulesEngine().check(RandomClaims.claimSet(claims)), "seed \(seed)")
            coverage.add(table.claimSet, findings)
        }
        coverage.expectUseful(cycles: false)
        #expect(refusedCycles * 20 > coverage.sets,
                "only \(refusedCycles) of \(coverage.sets) sets had a cycle to refuse")
    }

    /// Screened findings, after checking them against unscreened ones and the candidates.
    func check(_ set: ClaimSet, seed: UInt64, label: String) -> [Finding] {
        let candidates = ConflictScreen.candidates(in: set)
        #expect(candidates == candidates.sorted() && Set(candidates).count == candidates.count
                && candidates.allSatisfy { $0 >= 0 && $0 < set.claimCount })
        let screened = RulesEngine().check(set)
        let unscreened = RulesEngine().check(set, screened: false)
        #expect(screened == unscreened,
            "seed \(seed) (\(label)): screened \(screened.map(\.message)) vs unscreened \(unscreened.map(\.message))")
        // Every claim of a finding, and every occurrence folded into it, was a candidate.
        let kept = Set(candidates.map { set.claimList[$0].stableID })
        let reported = unscreened.flatMap(\.claims).map(\.stableID)
        #expect(reported.allSatisfy(kept.contains), "seed \(seed) (\(label)): a reported claim was screened out")
        return screened
    }

    /// What the random sets exercised, so a generator that drifts into trivial sets fails.
    struct Coverage {
        var sets = 0, withFindings = 0, screenedSome = 0, screenedAll = 0, withTranslations = 0, withChains = 0,
            withCycles = 0
        var foldedTranslations = 0, foldedRepeats = 0
        var rules = Set<String>()

        mutating func add(_ set: ClaimSet, _ findings: [Finding]) {
            let candidates = ConflictScreen.candidates(in: set).count
            sets += 1
            if !findings.isEmpty { withFindings += 1 }
            if candidates < set.claimCount && candidates > 0 { screenedSome += 1 }
            if candidates == 0 { screenedAll += 1 }
            let claims = set.claims
            let translations = Set(claims.filter { $0.sameQuoteAs != nil }.map(\.stableID))
            if !translations.isEmpty { withTranslations += 1 }
            if claims.contains(where: { $0.sameQuoteAs.map(translations.contains) ?? false }) { withChains += 1 }
            if claims.contains(where: { claim in
                claims.contains { $0.stableID == claim.sameQuoteAs && $0.sameQuoteAs == claim.stableID }
            }) {
                withCycles += 1
            }
            let reported = findings.flatMap(\.claims)
            if reported.contains(where: { claim in claim.alsoAt.contains { $0.sourceID != claim.sourceID } }) {
                foldedTranslations += 1
            }
            if reported.contains(where: { claim in claim.alsoAt.contains { $0.sourceID == claim.sourceID } }) {
                foldedRepeats += 1
            }
            rules.formUnion(findings.map(\.ruleID))
        }

        /// `cycles: false` for loaded sets, which cannot hold a cycle.
        func expectUseful(cycles: Bool = true) {
            #expect(withFindings * 3 > sets, "only \(withFindings) of \(sets) sets had findings")
            #expect(screenedSome * 5 > sets, "only \(screenedSome) of \(sets) sets were partly screened out")
            #expect(screenedAll * 20 > sets, "only \(screenedAll) of \(sets) sets were screened out entirely")
            #expect(withTranslations * 3 > sets, "only \(withTranslations) of \(sets) sets had translations")
            #expect(withChains * 10 > sets, "only \(withChains) of \(sets) sets had a translation of a translation")
            #expect(!cycles || withCycles * 20 > sets,
                    "only \(withCycles) of \(sets) sets had two claims naming each other")
            #expect(foldedTranslations * 10 > sets,
                    "only \(foldedTranslations) of \(sets) sets reported a folded translation")
            #expect(foldedRepeats * 20 > sets, "only \(foldedRepeats) of \(sets) sets reported a folded repeat")
            #expect(rules == Set(RuleRegistry.ids),
                    "rules never fired: \(Set(RuleRegistry.ids).subtracting(rules).sorted())")
        }
    }
}

/// Small random claim sets crowded into a few keys, so groups collide, conflict and agree.
enum RandomClaims {
    static let entities = [
        // Alpha has dated roles, for offices checked against the registry.
        Entity(id: "alpha", name: "Alpha", kind: .country, roles: [
            Role(title: "Chair", from: Day(year: 2025, month: 1, day: 1), to: Day(year: 2025, month: 2, day: 28)),
            Role(title: "Envoy", from: Day(year: 2025, month: 3, day: 1)),
        ]),
        Entity(id: "beta", name: "Beta", kind: .country),
        Entity(id: "gamma", name: "Gamma", kind: .group),
        Entity(id: "speaker-x", name: "Speaker X", kind: .person),
        Entity(id: "speaker-y", name: "Speaker Y", kind: .person),
    ]
    static let events = [
        Event(id: "round-1", name: "Round 1", start: Day(year: 2025, month: 1, day: 10)!, series: "rounds"),
        Event(id: "round-2", name: "Round 2", start: Day(year: 2025, month: 3, day: 10)!, series: "rounds"),
        Event(id: "round-3", name: "Round 3", start: Day(year: 2025, month: 5, day: 10)!, series: "rounds"),
        Event(id: "call", name: "A call", start: Day(year: 2025, month: 2, day: 1)!),
    ]
    static let attributes = [
        Attribute(id: "troops", name: "Troops", kind: .count, units: ["soldiers"]),
        Attribute(id: "share", name: "Share", kind: .number, units: ["percent", "points"],
                  tolerance: Tolerance(about: 0.05, slack: 0.5)),
        Attribute(id: "mode", name: "Mode", kind: .category, values: [
            CategoryValue(id: "present"), CategoryValue(id: "in-person", broader: "present"),
            CategoryValue(id: "remote", broader: "present"), CategoryValue(id: "video", broader: "remote"),
            CategoryValue(id: "absent", label: "Absent"),
        ]),
        // Open categories: exclusive (values compared as text) and not.
        Attribute(id: "venue", name: "Venue", kind: .category),
        Attribute(id: "topic", name: "Topic", kind: .category, exclusive: false),
        Attribute(id: "signed", name: "Signed", kind: .flag),
        // The same value at every event: compared across events.
        Attribute(id: "members", name: "Members", kind: .count, units: ["states"], changesAcrossEvents: false),
        // A toll that only grows (updates, decreases) and offices (compared by date).
        Attribute(id: "toll", name: "Toll", kind: .count, units: ["people"], evolution: .grows),
        Attribute(id: "office", name: "Office", kind: .category),
    ]
    static let sources = [
        Source(id: "src-a", outlet: "Outlet A", published: Day(year: 2025, month: 1, day: 9), file: "a.txt"),
        Source(id: "src-b", outlet: "Outlet B", published: Day(year: 2025, month: 1, day: 11), file: "b.txt"),
        Source(id: "src-c", outlet: "Outlet C", published: Day(year: 2025, month: 3, day: 11), file: "c.txt"),
        Source(id: "src-d", outlet: "Outlet D", published: nil, file: "d.txt"),
        Source(id: "src-e", outlet: "Outlet E", published: Day(year: 2025, month: 5, day: 12), file: "e.txt"),
    ]

    static func values(of attribute: String) -> [ClaimValue] {
        switch attribute {
        case "troops":
            return [.exactly(10), .exactly(11), .exactly(12), .exactly(20), .about(10), .about(20),
                    .range(min: 15, max: nil), .range(min: nil, max: 12),
                    .range(min: 10, max: 12)].map { .quantity($0) }
        case "share":
            return [.exactly(0), .exactly(-0.0), .exactly(1.5), .exactly(-2), .about(2), .range(min: -1, max: 1),
                    .range(min: 3, max: nil)]
                .map { .quantity($0) }
        case "mode": return ["present", "in-person", "remote", "video", "absent", "in-person",
            "video"].map { .category($0) }
        case "venue": return ["paris", "rome", "l'aquila", "the \"hall\"", "café"].map { .category($0) }
        case "topic": return ["ceasefire", "sanctions", "aid"].map { .category($0) }
        case "signed": return [.flag(true), .flag(false)]
        case "members": return [.exactly(3), .exactly(4), .about(3)].map { .quantity($0) }
        case "toll": return [.exactly(5), .exactly(9), .exactly(12), .range(min: 8, max: nil),
            .about(10)].map { .quantity($0) }
        case "office": return ["chair", "envoy", "mayor"].map { .category($0) }
        default: fatalError(attribute)
        }
    }

    static let speakers: [Speaker] = [.narrator, .narrator, .anonymous, .entity("speaker-x"), .entity("speaker-y"),
        .entity("speaker-x")]
    static let eventChoices: [String?] = [nil, "round-1", "round-1", "round-2", "round-3", "call"]
    static let statements = ["Said so.", "He said \"twenty\".", "Line one\nline two", "Tab\there", "Über « quote »"]

    static func source(_ id: String) -> Source { sources.first { $0.id == id }! }

    /// 2 to 16 claims over one or two subjects and one to three attributes, with repeats within
    /// a source and translations (agreeing or not, some translating translations).
    static func generate(seed: UInt64) -> [Claim] {
        var random = SeededRandom(seed: seed)
        func some(_ items: [String], _ count: Int) -> [String] {
            var items = items
            for index in items.indices.reversed() { items.swapAt(index, random.below(index + 1)) }
            return Array(items.prefix(count))
        }
        let subjects = some(["alpha", "beta", "gamma"], 1 + random.below(2))
        let attributeIDs = some(attributes.map(\.id), 1 + random.below(3))
        var nextID: [String: Int] = [:]
        func newID(_ source: String) -> String {
            nextID[source, default: 0] += 1
            return String(format: "c%02d", nextID[source]!)
        }
        func fresh() -> Claim {
            let attributeID = random.pick(attributeIDs)
            let attribute = attributes.first { $0.id == attributeID }!
            let source = random.pick(sources)
            let speaker = random.pick(speakers)
            let attribution: Attribution
            switch speaker {
            case .narrator: attribution = .narrator
            case .anonymous: attribution = .anonymousSource
            case .entity: attribution = random.percent(50) ? .directQuote : .reportedSpeech
            }
            let modality: Modality = random.percent(70) ? .asserted : (random.percent(50) ? .expected : .hedged)
            return Claim(id: newID(source.id), sourceID: source.id, subject: random.pick(subjects),
                         attribute: attributeID,
                         value: random.pick(values(of: attributeID)),
                         unit: attribute.units.isEmpty ? nil : random.pick(attribute.units),
                         speaker: speaker, attribution: attribution, modality: modality,
                         event: random.pick(eventChoices),
                         said: random.percent(20) ? Day(year: 2025, month: 1 + random.below(6),
                                                        day: 1 + random.below(28)) : nil,
                         statement: random.pick(statements),
                         evidence: Evidence(file: source.file!, line: 1 + random.below(40)),
                         correction: random.percent(10), ordinal: random.percent(15) ? 1 + random.below(2) : nil)
        }
        var claims: [Claim] = []
        for _ in 0..<(2 + random.below(15)) {
            let roll = random.below(100)
            if !claims.isEmpty && roll < 15 {
                // The article repeats itself: the same statement again in the same source.
                var repeated = random.pick(claims)
                repeated.id = newID(repeated.sourceID)
                repeated.evidence.line = 1 + random.below(40)
                if random.percent(50) { repeated.sameQuoteAs = nil }
                claims.append(repeated)
            } else if !claims.isEmpty && roll < 40 {
                // A translation in another outlet, agreeing unless its value, modality, event or
                // subject moved. A translation of a translation may render the first quotation (its
                // chain's root) rather than the claim it names, which may stand in another group.
                let translations = claims.filter { $0.sameQuoteAs != nil }
                let original = random.pick(!translations.isEmpty && random.percent(40) ? translations : claims)
                var rendered = original
                if random.percent(50) {
                    for _ in claims.indices {
                        guard let target = rendered.sameQuoteAs,
                            let next = claims.first(where: { $0.stableID == target }) else { break }
                        rendered = next
                    }
                }
                let source = random.pick(sources.filter { $0.id != original.sourceID })
                var translation = rendered
                translation.sourceID = source.id
                translation.id = newID(source.id)
                translation.evidence = Evidence(file: source.file!, line: 1 + random.below(40))
                translation.sameQuoteAs = original.stableID
                if random.percent(30) { translation.value = random.pick(values(of: original.attribute)) }
                if random.percent(10) { translation.modality = .hedged }
                if random.percent(20) { translation.event = translation.event == nil ? random.pick(eventChoices) : nil }
                if random.percent(20) { translation.subject = random.pick(subjects) }
                if random.percent(15) { translation.said = nil }
                claims.append(translation)
            } else {
                claims.append(fresh())
            }
        }
        // Now and then an original names one of its translations as its own original: a
        // cycle, which folding must cope with in a set built in code and the loader rejects.
        if random.percent(15), let translation = claims.first(where: { translation in
            claims.contains { $0.stableID == translation.sameQuoteAs && $0.sameQuoteAs == nil }
        }) {
            let original = claims.firstIndex { $0.stableID == translation.sameQuoteAs }!
            claims[original].sameQuoteAs = translation.stableID
        }
        // Loaded claims carry the source's publication date when they give none.
        return claims.map { claim in
            var claim = claim
            if claim.said == nil { claim.said = source(claim.sourceID).published }
            return claim
        }
    }

    static func claimSet(_ claims: [Claim]) -> ClaimSet {
        ClaimSet(entities: entities, events: events, attributes: attributes, sources: sources, claims: claims)
    }

    /// The registries and one file per source that has claims, in the v1 format. Files of
    /// `declining` carry an unknown field, which the fast decoder leaves to the plain path.
    static func write(_ claims: [Claim], to folder: String, declining: Set<String>) throws {
        try FileManager.default.createDirectory(atPath: folder + "/sources", withIntermediateDirectories: true)
        func save(_ value: JSONValue, _ name: String) throws {
            try JSONWriter.write(value).write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
        }
        // The registries as the synthetic corpus writes them.
        try save(SyntheticCorpusWriter.entities(entities), "entities.json")
        try save(SyntheticCorpusWriter.events(events), "events.json")
        try save(SyntheticCorpusWriter.attributes(attributes), "attributes.json")

        for source in sources {
            let own = claims.filter { $0.sourceID == source.id }
            guard !own.isEmpty else { continue }
            var sourceMembers: [(String, JSONValue)] = [("id", .string(source.id)), ("outlet", .string(source.outlet))]
            if let published = source.published { sourceMembers.append(("published", .string(published.description))) }
            sourceMembers.append(("file", .string(source.file)))
            let documents = own.map { claim -> JSONValue in
                var members: [(String, JSONValue)] = [("id", .string(claim.id)), ("subject", .string(claim.subject)),
                                                      ("attribute", .string(claim.attribute)),
                                                      ("value", claim.value.json)]
                if let unit = claim.unit { members.append(("unit", .string(unit))) }
                members += [("speaker", .string(claim.speaker.id)),
                            ("attribution", .string(claim.attribution.rawValue)),
                            ("modality", .string(claim.modality.rawValue))]
                if let event = claim.event { members.append(("event", .string(event))) }
                if let said = claim.said, said != source.published {
                    members.append(("said", .string(said.description)))
                }
                members.append(("statement", .string(claim.statement)))
                let evidence: [(String, JSONValue)] = [("file", .string(claim.evidence.file)),
                                                       ("line", .number(claim.evidence.line))]
                members.append(("evidence", .object(evidence)))
                if let target = claim.sameQuoteAs { members.append(("sameQuoteAs", .string(target))) }
                // The rules issue's optional fields, read by both decoders.
                if claim.correction { members.append(("correction", .bool(true))) }
                if let ordinal = claim.ordinal { members.append(("ordinal", .number(Double(ordinal)))) }
                if declining.contains(source.id) { members.append(("comment", .string("not a field"))) }
                return .object(members)
            }
            try save(.object([("format", .string("claimcheck-claims")), ("version", .number(1)),
                              ("source", .object(sourceMembers)), ("claims", .array(documents))]),
                     "sources/\(source.id).json")
        }
    }
}
