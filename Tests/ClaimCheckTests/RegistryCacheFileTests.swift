import Foundation
import Testing
@testable import ClaimCheck
import ClaimModel

/// `.claimcheck-cache/registry.bin`: the payload comes back only under the key it was written
/// with and only intact; anything else (another key, another version, a flipped byte, a cut,
/// a FIFO in its place) reads as no file, so the registry is built instead.
@Suite struct RegistryCacheFileTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimcheck-registry-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let payload: [UInt8] = Array("kinds and keys of Odd Varnes and Lisa Brekk".utf8) + [0, 1, 2, 255]

    @Test func readsBackWhatWasWrittenUnderItsKey() throws {
        let folder = try Self.folder()
        RegistryCacheFile.write(Self.payload, key: 42, to: folder, guard: WriteGuard())
        #expect(RegistryCacheFile.read(folder, key: 42) == Self.payload)
        #expect(RegistryCacheFile.read(folder, key: 43) == nil, "another key: other registries or another build")
    }

    @Test func damageReadsAsNoFile() throws {
        let folder = try Self.folder()
        RegistryCacheFile.write(Self.payload, key: 7, to: folder, guard: WriteGuard())
        let path = folder + "/" + RegistryCacheFile.fileName
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var flipped = written
        flipped[written.count - 2] ^= 0x01
        var versioned = written
        versioned[RegistryCacheFile.magic.count] &+= 1
        var longer = written
        longer.append(0)
        for damaged in [flipped, Array(written.dropLast()), Array(written.prefix(10)), versioned, longer] {
            try Data(damaged).write(to: URL(fileURLWithPath: path))
            #expect(RegistryCacheFile.read(folder, key: 7) == nil)
        }
        try Data(written).write(to: URL(fileURLWithPath: path))
        #expect(RegistryCacheFile.read(folder, key: 7) == Self.payload, "the intact file still reads")
    }

    @Test func aFIFOInItsPlaceIsNotWaitedOn() throws {
        let folder = try Self.folder()
        #expect(mkfifo(folder + "/" + RegistryCacheFile.fileName, 0o644) == 0)
        #expect(RegistryCacheFile.read(folder, key: 1) == nil)
    }

    @Test func theKeyFollowsTheRegistriesAndTheExecutable() throws {
        let key = try #require(RegistryCacheFile.key(registryHash: 1))
        #expect(RegistryCacheFile.key(registryHash: 1) == key)
        #expect(RegistryCacheFile.key(registryHash: 2) != key)
        #expect(RegistryCacheFile.executableIdentity?.count == 5)
    }

    @Test func noFolderNoFile() throws {
        let folder = try Self.folder() + "/missing"
        RegistryCacheFile.write(Self.payload, key: 3, to: folder, guard: WriteGuard())
        #expect(!FileManager.default.fileExists(atPath: folder), "the index's folder is never created for it")
        #expect(RegistryCacheFile.read(folder, key: 3) == nil)
    }
}
