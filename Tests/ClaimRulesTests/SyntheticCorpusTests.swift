import Foundation
import Testing
import ClaimModel
import ClaimStore
import ClaimRules
import ClaimTestSupport

/// Correctness at scale, at a size a test can afford: a generated corpus must yield exactly
/// its injected contradictions, and every fast path must agree with the plain one.
@Suite struct SyntheticCorpusTests {
    static func corpus(claims: Int = 3_000, sources: Int = 40, seed: UInt64 = 7) throws -> String {
        let folder = NSTemporaryDirectory() + "claimcheck-synthetic-\(claims)-\(sources)-\(seed)-\(UUID().uuidString)"
        try SyntheticCorpusWriter.generate(SyntheticCorpus.Parameters(claims: claims, sources: sources, seed: seed),
                                           into: folder)
        return folder
    }

    @Test func checkFindsExactlyTheInjectedContradictions() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let loaded = try ClaimLoader().load(paths: [folder + "/claims"])
        let findings = RulesEngine().check(loaded.claimSet)
        let expected = try SyntheticCorpusWriter.expectedFingerprints(manifestAt: folder + "/manifest.json")
        #expect(findings.map(\.fingerprint).sorted() == expected.sorted())
        #expect(Set(findings.map(\.ruleID)) == Set(RuleRegistry.ids), "every rule is exercised")
        #expect(loaded.warnings.isEmpty)
    }

    @Test func generationIsDeterministic() throws {
        let a = SyntheticCorpus.generate(.init(claims: 500, sources: 10, seed: 3))
        let b = SyntheticCorpus.generate(.init(claims: 500, sources: 10, seed: 3))
        #expect(a.sourceFiles.map { JSONWriter.write(SyntheticCorpusWriter.sourceDocument($0)) }
                == b.sourceFiles.map { JSONWriter.write(SyntheticCorpusWriter.sourceDocument($0)) })
        #expect(a.claimCount == 500)
    }

    @Test(arguments: [ClaimLoader.Options(fastDecoding: true, parallel: true),
                      ClaimLoader.Options(fastDecoding: true, parallel: false),
                      ClaimLoader.Options(fastDecoding: false, parallel: true)])
    func fastPathsAgreeWithThePlainPath(options: ClaimLoader.Options) throws {
        let folder = try Self.corpus(claims: 2_000, sources: 25, seed: 11)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plain = try ClaimLoader(options: .plain).load(paths: [folder + "/claims"])
        let fast = try ClaimLoader(options: options).load(paths: [folder + "/claims"])
        #expect(fast.claimSet.claims == plain.claimSet.claims)
        #expect(fast.claimSet.sources == plain.claimSet.sources)
        #expect(fast.warnings == plain.warnings)
        #expect(fast.files == plain.files)
        #expect(RulesEngine().check(fast.claimSet) == RulesEngine().check(plain.claimSet))
    }

    /// Files the fast decoder declines (an unknown field, an escaped id) are decoded on the
    /// plain path with the same warnings; an error anywhere gives the plain path's diagnostics.
    @Test func declinedFilesAndErrorsMatchThePlainPath() throws {
        let folder = try Self.corpus(claims: 600, sources: 6, seed: 5)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try InputFiles.collect(folder + "/claims/sources", extensions: ["json"])
        var text = String(decoding: try InputFiles.read(files[0]), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"statement\":", with: "\"comment\": \"unknown\",\n      \"statement\":",
                                         options: [], range: text.range(of: "\"statement\":"))
        try text.write(toFile: files[0], atomically: true, encoding: .utf8)
        let plain = try ClaimLoader(options: .plain).load(paths: [folder + "/claims"])
        let fast = try ClaimLoader().load(paths: [folder + "/claims"])
        #expect(!plain.warnings.isEmpty)
        #expect(fast.warnings == plain.warnings)
        #expect(fast.claimSet.claims == plain.claimSet.claims)

        var broken = String(decoding: try InputFiles.read(files[1]), as: UTF8.self)
        broken = broken.replacingOccurrences(of: "\"speaker\": \"narrator\"", with: "\"speaker\": \"nobody-known\"")
        try broken.write(toFile: files[1], atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try ClaimLoader().load(paths: [folder + "/claims"]) }
        let plainError = #expect(throws: InputError.self) {
            try ClaimLoader(options: .plain).load(paths: [folder + "/claims"])
        }
        let fastError = #expect(throws: InputError.self) { try ClaimLoader().load(paths: [folder + "/claims"]) }
        #expect(plainError?.diagnostics == fastError?.diagnostics)
    }
}

extension SyntheticCorpusTests {
    /// The fast decoder sees one claim at a time: a repeated id must still reach the plain
    /// path's error.
    @Test func repeatedClaimIdsAreAnErrorOnTheFastPathToo() throws {
        let folder = try Self.corpus(claims: 300, sources: 3, seed: 2)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try InputFiles.collect(folder + "/claims/sources", extensions: ["json"])[0]
        let loaded = try ClaimLoader().load(paths: [folder + "/claims"])
        let ids = loaded.claimSet.claims.filter { file.contains($0.sourceID) }.map(\.id)
        var text = String(decoding: try InputFiles.read(file), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"id\": \"\(ids[1])\"", with: "\"id\": \"\(ids[0])\"")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let fastError = #expect(throws: InputError.self) { try ClaimLoader().load(paths: [folder + "/claims"]) }
        let plainError = #expect(throws: InputError.self) {
            try ClaimLoader(options: .plain).load(paths: [folder + "/claims"])
        }
        #expect(fastError?.diagnostics == plainError?.diagnostics)
    }
}
