import Foundation
import Testing
import ClaimModel
import ClaimRules
@testable import claimcheck_bench

/// The cache must give what parsing gives, notice changed content, shrug off damage, and
/// stay out of the claims folder.
@Suite struct ClaimCacheTests {
    static func corpus() throws -> (folder: String, claims: String, cache: String) {
        let folder = NSTemporaryDirectory() + "claimcheck-cache-\(UUID().uuidString)"
        try GenerateBenchmark.generate(SyntheticCorpus.Parameters(claims: 1_500, sources: 12, seed: 9), into: folder)
        return (folder, folder + "/claims", folder + "/cache")
    }

    static func cached(_ cache: String) -> ClaimLoader { ClaimLoader(options: ClaimLoader.Options(cacheFolder: cache, cacheMinimumClaims: 0)) }

    @Test func cachedLoadsEqualParsedLoads() throws {
        let (folder, claims, cache) = try Self.corpus()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plain = try ClaimLoader(options: .plain).load(paths: [claims])
        _ = try Self.cached(cache).load(paths: [claims])
        #expect(FileManager.default.fileExists(atPath: cache + "/claims.bin"))
        let again = try Self.cached(cache).load(paths: [claims])
        #expect(again.claimSet.claims == plain.claimSet.claims)
        #expect(again.claimSet.sources == plain.claimSet.sources)
        #expect(RulesEngine().check(again.claimSet) == RulesEngine().check(plain.claimSet))
    }

    @Test func changedContentIsNoticedEvenAtTheSameSize() throws {
        let (folder, claims, cache) = try Self.corpus()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try Self.cached(cache).load(paths: [claims])
        let file = try InputFiles.collect(claims + "/sources", extensions: ["json"])[0]
        var text = String(decoding: try InputFiles.read(file), as: UTF8.self)
        let range = try #require(text.range(of: "\"line\": 1"))
        text.replaceSubrange(range, with: "\"line\": 9")
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        let reloaded = try Self.cached(cache).load(paths: [claims])
        let plain = try ClaimLoader(options: .plain).load(paths: [claims])
        #expect(reloaded.claimSet.claims == plain.claimSet.claims)
    }

    @Test func damagedCacheIsIgnored() throws {
        let (folder, claims, cache) = try Self.corpus()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try Self.cached(cache).load(paths: [claims])
        var bytes = try InputFiles.read(cache + "/claims.bin")
        for index in stride(from: bytes.count / 3, to: bytes.count, by: 997) { bytes[index] ^= 0x5A }
        try Data(bytes).write(to: URL(fileURLWithPath: cache + "/claims.bin"))
        let reloaded = try Self.cached(cache).load(paths: [claims])
        let plain = try ClaimLoader(options: .plain).load(paths: [claims])
        #expect(reloaded.claimSet.claims == plain.claimSet.claims)
        try Data(bytes.prefix(100)).write(to: URL(fileURLWithPath: cache + "/claims.bin"))
        #expect(try Self.cached(cache).load(paths: [claims]).claimSet.claims == plain.claimSet.claims)
    }

    @Test func neverWritesIntoTheClaimsFolder() throws {
        let (folder, claims, _) = try Self.corpus()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try Self.cached(claims + "/.claimcheck-cache").load(paths: [claims])
        #expect(!FileManager.default.fileExists(atPath: claims + "/.claimcheck-cache"))
    }
}
