import Foundation
import Testing
@testable import ClaimModel
@testable import ClaimStore
import ClaimRules

/// The desk check's index (`ClaimIndex`) on a generated corpus: what it returns for a draft's
/// series is exactly what the plain load keeps (so reports are byte-identical), it is not used
/// once a file changes in content (even at the same size and mtime) or the index is damaged,
/// and it is never written into the claims, for a small record, or before the files settle.
@Suite struct ClaimIndexTests {
    struct Setup {
        var folder: String
        /// When the index's load began, as if every file had settled long before.
        var startedAt = Int(Date().timeIntervalSince1970) + 60
        var claims: String { folder + "/claims" }
        var cache: String { folder + "-cache" }
        var loader: ClaimLoader { Self.loader(cache) }

        static func loader(_ cache: String) -> ClaimLoader {
            ClaimLoader(options: ClaimLoader.Options(cacheFolder: cache, indexMinimumClaims: 0))
        }

        /// A corpus with its index, written from the table a load gives.
        init(write: Bool = true) throws {
            folder = try SyntheticCorpusTests.corpus(claims: 3_000, sources: 40, seed: 5)
            guard write else { return }
            let loaded = try ClaimLoader().load(paths: [folder + "/claims"])
            #expect(loaded.claimSet.claimList.table != nil)
            loader.writeIndex(paths: [claims], result: loaded, startedAt: startedAt)
        }

        func remove() {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: cache)
        }
    }

    /// A draft of a few claims on record, moved to a new source: the series of several groups.
    static func draftScope(_ record: ClaimSet) -> DraftScope {
        DraftScope(draftClaims: stride(from: 0, to: record.claims.count, by: 997).map { record.claims[$0] })
    }

    @Test func indexedClaimsAreThePlainLoadsRelevantClaims() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let plain = try ClaimLoader(options: .plain).load(paths: [setup.claims])
        let indexed = try #require(setup.loader.openIndex(paths: [setup.claims]))
        let scope = Self.draftScope(plain.claimSet)
        let expected = scope.relevant(plain.claimSet.claims)
        #expect(try #require(indexed.claims(in: scope)) == expected)
        #expect(expected.contains { $0.sameQuoteAs != nil }, "translations are in every scope")
        #expect(indexed.files == plain.files)
        #expect(indexed.catalog.sources.count == plain.claimSet.sources.count)
        #expect(indexed.catalog.entities.count == plain.claimSet.entities.count)

        var fromIndex = indexed.catalog, fromPlain = plain.claimSet
        fromIndex.claims = try #require(indexed.claims(in: scope))
        fromPlain.claims = expected
        #expect(RulesEngine().check(fromIndex).map(\.fingerprint) == RulesEngine().check(fromPlain).map(\.fingerprint))
    }

    /// The writer groups a table's rows by their integers and a plain load's claims by their
    /// strings: the same series either way, in the same order, so the same file.
    @Test func anIndexFromRowsIsTheIndexFromClaims() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let fromRows = try InputFiles.read(setup.cache + "/index.bin")
        let plain = try ClaimLoader(options: .plain).load(paths: [setup.claims])
        #expect(plain.claimSet.claimList.table == nil)
        let other = setup.folder + "-plain-cache"
        defer { try? FileManager.default.removeItem(atPath: other) }
        Setup.loader(other).writeIndex(paths: [setup.claims], result: plain, startedAt: setup.startedAt)
        #expect(try InputFiles.read(other + "/index.bin") == fromRows)

        // Nor do chunks and rounds of encoding change the file: tiny ones, in parallel.
        let index = try #require(setup.loader.openIndex(paths: [setup.claims])).index
        let table = try ClaimLoader().load(paths: [setup.claims])
        for parallel in [false, true] {
            try? FileManager.default.removeItem(atPath: other)
            ClaimIndex.write(files: index.files, registryHash: index.registryHash, claimSet: table.claimSet, to: other,
                             guard: WriteGuard(),
                             parallel: parallel, chunkClaims: 5, chunksPerRound: 3)
            #expect(try InputFiles.read(other + "/index.bin") == fromRows)
        }
    }

    /// A table's blocks encoded from its packed claims (`encodeForIndex`) are the blocks of its
    /// decoded claims, byte for byte, chunk by chunk, over every value kind the corpus holds.
    @Test func packedBlocksAreTheDecodedClaimsBlocks() throws {
        let setup = try Setup(write: false)
        defer { setup.remove() }
        let list = try ClaimLoader().load(paths: [setup.claims]).claimSet.claimList
        #expect(list.table != nil)
        let groups = ClaimIndex.SeriesGroups(list)
        let chunks = groups.chunks(ofAbout: 64)
        #expect(chunks.count > 10)
        for chunk in chunks {
            let direct = ClaimIndex.encode(chunk, of: groups, list)
            let decoded = ClaimIndex.encode(chunk, of: groups, list, fromPacked: false)
            #expect(direct.bytes == decoded.bytes)
            #expect(direct.keys.map(\.hash) == decoded.keys.map(\.hash))
            #expect(direct.keys.map(\.checksum) == decoded.keys.map(\.checksum))
        }
        let values = list.array.map(\.value)
        #expect(values.contains { if case .category = $0 { true } else { false } })
        #expect(values.contains { if case .flag = $0 { true } else { false } })
        #expect(values.contains { if case .quantity(.range) = $0 { true } else { false } })
        #expect(values.contains { if case .quantity(.exactly) = $0 { true } else { false } })
    }

    @Test func aChangedFileRetiresTheIndex() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let file = try #require(try InputFiles.collect(setup.claims, extensions: ["json"]).last)
        var bytes = try InputFiles.read(file)
        bytes.append(0x0A)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        #expect(setup.loader.openIndex(paths: [setup.claims]) == nil)
    }

    /// A same-size edit with the mtime put back: only the content hash can tell, and the
    /// changed ctime makes stat send the file to be hashed.
    @Test func aSameSizeChangeRetiresTheIndex() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let file = try #require(try InputFiles.collect(setup.claims + "/sources", extensions: ["json"]).first)
        var status = stat()
        #expect(stat(file, &status) == 0)
        var text = String(decoding: try InputFiles.read(file), as: UTF8.self)
        let range = try #require(text.range(of: "\"line\": 1"))
        text.replaceSubrange(range, with: "\"line\": 9")
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        var times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
        #expect(setup.loader.openIndex(paths: [setup.claims]) == nil)
    }

    /// A changed stat with the same content (a `touch`) costs a hash, not the index.
    @Test func aTouchedFileKeepsTheIndex() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let file = try #require(try InputFiles.collect(setup.claims + "/sources", extensions: ["json"]).first)
        var times = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
        #expect(setup.loader.openIndex(paths: [setup.claims]) != nil)
    }

    @Test func aNewFileRetiresTheIndex() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let existing = try #require(try InputFiles.collect(setup.claims, extensions: ["json"]).last)
        var copy = try String(contentsOfFile: existing, encoding: .utf8)
        let id = try #require(copy.range(of: "\"id\": \"")).upperBound
        copy.insert(contentsOf: "copy-", at: id)
        try copy.write(toFile: setup.claims + "/zz-new.json", atomically: true, encoding: .utf8)
        #expect(setup.loader.openIndex(paths: [setup.claims]) == nil)
    }

    @Test func aDamagedIndexIsNotUsed() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let path = setup.cache + "/index.bin"
        let original = try InputFiles.read(path)
        let plain = try ClaimLoader(options: .plain).load(paths: [setup.claims])
        let scope = Self.draftScope(plain.claimSet)
        // Flip one byte at a time across the file: never a wrong answer, only no answer.
        for offset in stride(from: 0, to: original.count, by: max(1, original.count / 97)) {
            var damaged = original
            damaged[offset] ^= 0x20
            try Data(damaged).write(to: URL(fileURLWithPath: path))
            if let indexed = setup.loader.openIndex(paths: [setup.claims]), let claims = indexed.claims(in: scope) {
                #expect(claims == scope.relevant(plain.claimSet.claims), "byte \(offset)")
            }
        }
        try Data(original.prefix(original.count / 2)).write(to: URL(fileURLWithPath: path))
        #expect(setup.loader.openIndex(paths: [setup.claims]).flatMap { $0.claims(in: scope) } == nil)
    }

    @Test func neverWritesIntoTheClaimsFolder() throws {
        let setup = try Setup(write: false)
        defer { setup.remove() }
        let inside = setup.claims + "/.claimcheck-cache"
        let loaded = try ClaimLoader().load(paths: [setup.claims])
        Setup.loader(inside).writeIndex(paths: [setup.claims], result: loaded, startedAt: setup.startedAt)
        #expect(!FileManager.default.fileExists(atPath: inside))
        #expect(Setup.loader(inside).openIndex(paths: [setup.claims]) == nil)
    }

    /// Files changed within the settle time of the load are racily clean: stat could not
    /// vouch for them later, so no index is written until they settle.
    @Test func noIndexOfFilesThatHaveNotSettled() throws {
        let setup = try Setup(write: false)
        defer { setup.remove() }
        let loaded = try ClaimLoader().load(paths: [setup.claims])
        setup.loader.writeIndex(paths: [setup.claims], result: loaded, startedAt: Int(Date().timeIntervalSince1970))
        #expect(!FileManager.default.fileExists(atPath: setup.cache + "/index.bin"))
    }

    /// A small record is not worth an index and leaves no trace.
    @Test func noIndexOfASmallRecord() throws {
        let setup = try Setup(write: false)
        defer { setup.remove() }
        let loaded = try ClaimLoader().load(paths: [setup.claims])
        ClaimLoader(options: ClaimLoader.Options(cacheFolder: setup.cache))
            .writeIndex(paths: [setup.claims], result: loaded, startedAt: setup.startedAt)
        #expect(!FileManager.default.fileExists(atPath: setup.cache))
    }
}
