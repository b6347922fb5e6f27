import ClaimModel
import Foundation

/// The part of a built `ExtractionRegistry` worth keeping between runs, as bytes: the people's
/// tables (`PeopleIndex`: kinds, display names, and the spelling-insensitive keys of 40,000
/// names), and of the names half the forms derived from each entity's names
/// (`ExtractionRegistry.derivedNames`) and the acronym tables. Folding every person's name
/// (`NameKey`) was the largest part of a warm desk check at 1M claims, deriving the forms of
/// every name the next; reading them back is a walk over bytes and dictionary inserts.
///
/// The names table itself (`PhraseTable`, which codes its own layout) follows the derived
/// names; the derived names stay too, since a table that was not kept is built from them. The
/// names section is read first, on the calling thread; the people section is read on the other
/// core meanwhile (`ExtractionRegistry`'s init), so it costs no wall time of its own.
///
/// The bytes say nothing about which entities or which build of the tool they hold for: the
/// file around them (`RegistryCacheFile` in `ClaimCheck`) is keyed by the registries' content
/// hash and the executable, and checksummed. Still, the names section lists each entity's id,
/// and is used only when they are the registry's, in its order. Decoding checks every length (a
/// damaged payload is nil, never a crash); strings are read without UTF-8 validation, which the
/// checksum makes unnecessary (and `String(decoding:)` never traps on bad bytes anyway).
enum RegistryTables {
    /// Bump when the layout changes or what the tables hold changes meaning.
    static let layoutVersion: UInt64 = 3

    /// The names half's kept part: per entity in id order, its derived names; and the acronym
    /// tables as indexing the entities left them. `peopleOffset`: where the people section starts.
    struct Names {
        var derived: [[String]]
        var initialsOwners: [String: String]
        var acronymNames: [String: String]
        /// The registry's names table as built (entities' names, aliases and derived names, then
        /// the countries'), or nil when it was not kept: it is then built from `derived`.
        var table: PhraseTable<String>?
        var peopleOffset: Int
    }

    /// `entities` in id order, each with its derived names; the acronym tables and people as built.
    static func encode(entities: [(id: String, derived: [String])], initialsOwners: [String: String],
                       acronymNames: [String: String], names: PhraseTable<String>,
                       people: PeopleIndex) -> [UInt8] {
        var writer = Writer()
        writer.uint64(layoutVersion)
        writer.int(entities.count)
        for entity in entities {
            writer.string(entity.id)
            writer.int(entity.derived.count)
            for name in entity.derived { writer.string(name) }
        }
        for table in [initialsOwners, acronymNames] {
            writer.int(table.count)
            for (key, value) in table { writer.string(key); writer.string(value) }
        }
        names.keep(into: &writer)
        writer.int(people.kinds.count)
        for (id, kind) in people.kinds {
            writer.string(id)
            writer.byte(UInt8(Entity.Kind.allCases.firstIndex(of: kind)!))
        }
        for table in [people.displayNames, people.personKeys, people.surnameKeys, people.lastNameKeys] {
            writer.int(table.count)
            for (key, value) in table { writer.string(key); writer.string(value) }
        }
        writer.int(people.surnameHashes.count)
        for (id, hashes) in people.surnameHashes {
            writer.string(id)
            writer.int(hashes.count)
            for hash in hashes { writer.uint64(hash) }
        }
        return writer.bytes
    }

    /// The names section, when it holds for exactly `ids` (the registry's entities' ids in the
    /// order they are indexed).
    static func names(_ bytes: UnsafeRawBufferPointer, ids: [String]) -> Names? {
        var reader = Reader(bytes: bytes)
        guard reader.uint64() == layoutVersion, let count = reader.count(), count == ids.count else { return nil }
        var derived: [[String]] = []
        derived.reserveCapacity(count)
        for id in ids {
            guard reader.matches(id), let names = reader.count() else { return nil }
            var forms: [String] = []
            for _ in 0..<names {
                guard let name = reader.string() else { return nil }
                forms.append(name)
            }
            derived.append(forms)
        }
        guard let initialsOwners = reader.table(), let acronymNames = reader.table(),
              let kept = reader.byte() else { return nil }
        // Not kept is one byte 0; a kept table that does not decode spoils the whole section,
        // since the people's section after it cannot be found.
        reader.offset -= 1
        let table = PhraseTable<String>.kept(from: &reader)
        guard table != nil || kept == 0 else { return nil }
        return Names(derived: derived, initialsOwners: initialsOwners, acronymNames: acronymNames, table: table,
                     peopleOffset: reader.offset)
    }

    /// The people section, from `offset` (`Names.peopleOffset`) to the end.
    static func people(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> PeopleIndex? {
        var reader = Reader(bytes: bytes)
        reader.offset = offset
        guard let kindCount = reader.count() else { return nil }
        var kinds: [String: Entity.Kind] = [:]
        kinds.reserveCapacity(kindCount)
        let allKinds = Array(Entity.Kind.allCases)
        for _ in 0..<kindCount {
            guard let id = reader.string(), let kind = reader.byte(), Int(kind) < allKinds.count else { return nil }
            kinds[id] = allKinds[Int(kind)]
        }
        var tables: [[String: String]] = []
        for _ in 0..<4 {
            guard let table = reader.table() else { return nil }
            tables.append(table)
        }
        guard let surnameCount = reader.count() else { return nil }
        var surnameHashes: [String: [UInt64]] = [:]
        surnameHashes.reserveCapacity(surnameCount)
        for _ in 0..<surnameCount {
            guard let id = reader.string(), let count = reader.count() else { return nil }
            var hashes: [UInt64] = []
            hashes.reserveCapacity(count)
            for _ in 0..<count {
                guard let hash = reader.uint64() else { return nil }
                hashes.append(hash)
            }
            surnameHashes[id] = hashes
        }
        guard reader.atEnd else { return nil }
        return PeopleIndex(kinds: kinds, displayNames: tables[0], personKeys: tables[1], surnameKeys: tables[2],
                           surnameHashes: surnameHashes, lastNameKeys: tables[3])
    }

    /// Little-endian integers and length-prefixed UTF-8, as the index's own coding has them.
    struct Writer {
        var bytes: [UInt8] = []

        mutating func uint64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        mutating func int(_ value: Int) { uint64(UInt64(bitPattern: Int64(value))) }
        mutating func byte(_ value: UInt8) { bytes.append(value) }
        mutating func string(_ value: String) {
            var value = value
            value.withUTF8 { utf8 in int(utf8.count); bytes += utf8 }
        }
    }

    /// Reads what `Writer` wrote; nil wherever a length runs past the bytes.
    struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        var atEnd: Bool { offset == bytes.count }

        mutating func uint64() -> UInt64? {
            guard bytes.count - offset >= 8 else { return nil }
            defer { offset += 8 }
            return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }

        mutating func byte() -> UInt8? {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }

        /// A count of items of at least a byte each: never more than the bytes left.
        mutating func count() -> Int? {
            guard let value = uint64(), value <= UInt64(bytes.count - offset) else { return nil }
            return Int(value)
        }

        mutating func string() -> String? {
            guard let length = count() else { return nil }
            defer { offset += length }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
        }

        /// Whether the next string is `expected`, read past it; compared as bytes, no string built.
        mutating func matches(_ expected: String) -> Bool {
            guard let length = count() else { return false }
            defer { offset += length }
            var expected = expected
            return expected.withUTF8 { utf8 in
                guard utf8.count == length else { return false }
                return length == 0 || memcmp(utf8.baseAddress!, bytes.baseAddress! + offset, length) == 0
            }
        }

        /// A table of strings to strings, as `Writer` wrote it: a count, then keys and values.
        mutating func table() -> [String: String]? {
            guard let count = count() else { return nil }
            var table: [String: String] = [:]
            table.reserveCapacity(count)
            for _ in 0..<count {
                guard let key = string(), let value = string() else { return nil }
                table[key] = value
            }
            return table
        }
    }
}
