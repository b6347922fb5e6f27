import Foundation
import Testing
@testable import ClaimModel
@testable import ClaimStore

/// `load(claimFiles:against:)` (the loader fuzz target's way in) must load exactly what
/// `load(paths:)` loads from disk, on the fast path and the plain one, and report the same
/// problems; otherwise the fuzzer would be testing some other loader.
@Suite struct PreparedRegistriesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let claims = root + "/claims"

    @Test(arguments: [true, false])
    func theShippedSourcesLoadAsFromDisk(fastDecoding: Bool) throws {
        let loader = ClaimLoader(options: ClaimLoader.Options(fastDecoding: fastDecoding, parallel: false))
        let prepared = try ClaimLoader.prepareRegistries(in: Self.claims)
        #expect(prepared.files.count == 3)
        let sources = try InputFiles.collect(Self.claims + "/sources", extensions: ["json"])
        let given = try loader.load(claimFiles: sources.map { ($0, try InputFiles.read($0)) }, against: prepared)
        let fromDisk = try loader.load(paths: [Self.claims])
        #expect(given.claimSet.claims.map(\.stableID) == fromDisk.claimSet.claims.map(\.stableID))
        #expect(given.claimSet.claims == fromDisk.claimSet.claims)
        #expect(given.claimSet.entities.count == fromDisk.claimSet.entities.count)
        #expect(given.warnings == fromDisk.warnings)
    }

    @Test func aBadFileIsReportedAsFromDisk() throws {
        let folder = FixtureFolder()
        folder.writeRegistries()
        let bad = #"{"format": "claimcheck-claims", "version": 1, "source": {"id": "s", "outlet": "O"}, "claims": "# +
                  #"[{"id": "c"}]}"#
        folder.write("sources/s.json", bad)
        let prepared = try ClaimLoader.prepareRegistries(in: folder.path)
        var fromDisk: [Diagnostic] = [], given: [Diagnostic] = []
        do { _ = try ClaimLoader().load(paths: [folder.path]) } catch { fromDisk = error.diagnostics }
        do { _ = try ClaimLoader().load(claimFiles: [(folder.path + "/sources/s.json", Array(bad.utf8))],
                                        against: prepared) } catch {
            given = error.diagnostics
        }
        #expect(!fromDisk.isEmpty)
        #expect(given == fromDisk)
    }
}
