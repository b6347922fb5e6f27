import Testing
@testable import ClaimModel
@testable import ClaimStore

/// `sameQuoteAs` must end at an original: a cycle of translations is an error at load, named
/// once, at the same place and in the same words on the fast path and the plain one.
@Suite("Translation cycles")
struct TranslationCycleTests {
    /// `ClaimLoaderTests.validClaim` with another id, translating `target` when given.
    static func claim(_ id: String, translating target: String? = nil) -> String {
        var text = ClaimLoaderTests.validClaim.replacingOccurrences(of: #""id": "c1""#, with: #""id": "\#(id)""#)
        if let target { text = text.replacingOccurrences(of: #""value": 26"#,
                                                         with: #""value": 26, "sameQuoteAs": "\#(target)""#) }
        return text
    }

    /// A folder with one file per source (`<source>.json`), each claim on its own line from
    /// line 4.
    static func folder(_ sources: [(id: String, claims: [String])]) -> FixtureFolder {
        let folder = FixtureFolder()
        folder.writeRegistries()
        for source in sources { folder.writeSource(source.id + ".json", id: source.id, claims: source.claims) }
        return folder
    }

    /// The errors of loading the folder on both paths, as "file:line: message" with the file
    /// relative to the folder; the two paths must agree on every diagnostic, warnings included.
    static func errors(_ folder: FixtureFolder) -> [String] {
        func diagnostics(_ options: ClaimLoader.Options) -> [Diagnostic] {
            do {
                _ = try ClaimLoader(options: options).load(paths: [folder.path])
                return []
            } catch {
                return error.diagnostics
            }
        }
        let fast = diagnostics(ClaimLoader.Options())
        #expect(fast == diagnostics(.plain), "the fast and the plain path disagree")
        return fast.filter { $0.severity == .error }.map { diagnostic in
            let file = diagnostic.file.replacingOccurrences(of: folder.path + "/", with: "")
            return "\(file):\(diagnostic.line ?? 0): \(diagnostic.message)"
        }
    }

    /// Whether the fast path took the folder on its own (it must decline every cycle).
    static func fastPathLoads(_ folder: FixtureFolder) throws -> Bool {
        let loader = ClaimLoader()
        return loader.fastLoad(files: try loader.recordFiles([folder.path])) != nil
    }

    @Test func twoClaimsNamingEachOtherAcrossTwoFilesAreOneError() throws {
        let folder = Self.folder([
            ("alpha", [Self.claim("c1"), Self.claim("c2", translating: "beta#c7")]),
            ("beta", [Self.claim("c7", translating: "alpha#c2")]),
        ])
        #expect(Self.errors(folder) == [
            #"alpha.json:5: "sameQuoteAs" forms a cycle: alpha#c2 → beta#c7 → alpha#c2; one of them must be the "# +
            #"original"#,
        ])
        #expect(try !Self.fastPathLoads(folder))
    }

    @Test func aCycleOfThreeIsReportedOnceAtItsFirstMemberInStableOrder() throws {
        // The references run beta → gamma → alpha → beta; alpha's claim comes first in stable
        // order, so the cycle is reported there and listed from it.
        let folder = Self.folder([
            ("gamma", [Self.claim("c1", translating: "alpha#c3")]),
            ("alpha", [Self.claim("c1"), Self.claim("c2"), Self.claim("c3", translating: "beta#c1")]),
            ("beta", [Self.claim("c1", translating: "gamma#c1")]),
        ])
        #expect(Self.errors(folder) == [
            #"alpha.json:6: "sameQuoteAs" forms a cycle: alpha#c3 → beta#c1 → gamma#c1 → alpha#c3; one of them must "# +
            #"be the original"#,
        ])
        #expect(try !Self.fastPathLoads(folder))
    }

    @Test func aClaimNamingItselfIsACycleOfOne() throws {
        let folder = Self.folder([("outlet", [Self.claim("c1"), Self.claim("c2", translating: "outlet#c2")])])
        #expect(Self.errors(folder) == [
            #"outlet.json:5: "sameQuoteAs" forms a cycle: outlet#c2 → outlet#c2; a claim cannot translate itself"#,
        ])
        #expect(try !Self.fastPathLoads(folder))
    }

    @Test func aChainThatEndsLoadsOnTheFastPath() throws {
        // alpha#c1 → beta#c1 → gamma#c1, which names nothing: gamma's claim is the original.
        let folder = Self.folder([
            ("alpha", [Self.claim("c1", translating: "beta#c1")]),
            ("beta", [Self.claim("c1", translating: "gamma#c1")]),
            ("gamma", [Self.claim("c1")]),
        ])
        #expect(Self.errors(folder).isEmpty)
        #expect(try Self.fastPathLoads(folder))
        let loaded = try ClaimLoader().load(paths: [folder.path])
        #expect(loaded.claimSet.claimList.table != nil)
        #expect(loaded.claimSet.claims.map(\.sameQuoteAs) == ["beta#c1", "gamma#c1", nil])
    }

    @Test func aChainRunningIntoACycleReportsTheCycleAloneAndEveryCycleOnce() throws {
        // delta translates into the cycle alpha ⇄ beta; gamma names itself; epsilon's target
        // does not exist. Three errors, each once, in file and line order.
        let folder = Self.folder([
            ("alpha", [Self.claim("c1", translating: "beta#c1")]),
            ("beta", [Self.claim("c1", translating: "alpha#c1")]),
            ("delta", [Self.claim("c1", translating: "beta#c1")]),
            ("gamma", [Self.claim("c1", translating: "gamma#c1")]),
            ("epsilon", [Self.claim("c1", translating: "zeta#c1")]),
        ])
        #expect(Self.errors(folder) == [
            #"alpha.json:4: "sameQuoteAs" forms a cycle: alpha#c1 → beta#c1 → alpha#c1; one of them must be the "# +
            #"original"#,
            #"epsilon.json:4: "sameQuoteAs" names "zeta#c1", which is not a claim on record"#,
            #"gamma.json:4: "sameQuoteAs" forms a cycle: gamma#c1 → gamma#c1; a claim cannot translate itself"#,
        ])
        #expect(try !Self.fastPathLoads(folder))
    }

    @Test func findingCyclesDependsOnNothingButTheReferences() {
        // The same references inserted in many orders, into dictionaries of many sizes (so
        // iterated in many orders), give the same cycles, each listed from its first member,
        // cycles by first member; chains in and out of them add nothing.
        let references = [("b#1", "c#1"), ("c#1", "a#1"), ("a#1", "b#1"), ("d#1", "a#1"), ("e#1", "e#1"),
                          ("f#1", "g#1"), ("g#1", "h#1"), ("x#2", "x#1"), ("x#1", "x#2")]
        let expected = [["a#1", "b#1", "c#1"], ["e#1"], ["x#1", "x#2"]]
        var random = 12345 as UInt64
        for round in 0..<50 {
            var shuffled = references
            for index in shuffled.indices.reversed() {
                random = random &* 6364136223846793005 &+ 1442695040888963407
                shuffled.swapAt(index, Int(random >> 33) % (index + 1))
            }
            var targetOf = [String: String](minimumCapacity: 9 << (round % 10))
            for (from, to) in shuffled { targetOf[from] = to }
            #expect(TranslationCycles.find(targetOf) == expected)
        }
        #expect(TranslationCycles.find([:]).isEmpty)
        #expect(TranslationCycles.find(["a#1": "b#1", "b#1": "c#1"]).isEmpty)
        #expect(TranslationCycles.text(["a#1", "b#2"]) == "a#1 → b#2 → a#1")
    }
}
