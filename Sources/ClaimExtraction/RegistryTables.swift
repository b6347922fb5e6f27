import ClaimModel

/// The part of a built `ExtractionRegistry` worth keeping between runs, as bytes: the people's
/// tables (`PeopleIndex`: kinds, display names, and the spelling-insensitive keys of 40,000
/// names). Folding every person's name (`NameKey`) was the largest part of a warm desk check
/// at 1M claims; reading the tables back is a walk over bytes and dictionary inserts.
///
/// Why only this part: the phrase tables of names are built by `PhraseTable.add`, whose layout
/// is the readers' and not this file's to freeze, and they are built on the calling thread
/// while these tables are read on the other core, so they cost no wall time of their own.
///
/// The bytes say nothing about which entities or which build of the tool they hold for: the
/// file around them (`RegistryCacheFile` in `ClaimCheck`) is keyed by the registries' content
/// hash and the executable, and checksummed. Decoding checks every length (a damaged payload
/// is nil, never a crash); strings are read without UTF-8 validation, which the checksum makes
/// unnecessary (and `String(decoding:)` never traps on bad bytes anyway).
enum RegistryTables {
    /// Bump when the layout changes or what the tables hold changes meaning.
    static let layoutVersion: UInt64 = 1

    static func encode(_ people: PeopleIndex) -> [UInt8] {
        var writer = Writer()
        writer.uint64(layoutVersion)
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

    static func decode(_ bytes: UnsafeRawBufferPointer) -> PeopleIndex? {
        var reader = Reader(bytes: bytes)
        guard reader.uint64() == layoutVersion, let kindCount = reader.count() else { return nil }
        var kinds: [String: Entity.Kind] = [:]
        kinds.reserveCapacity(kindCount)
        let allKinds = Array(Entity.Kind.allCases)
        for _ in 0..<kindCount {
            guard let id = reader.string(), let kind = reader.byte(), Int(kind) < allKinds.count else { return nil }
            kinds[id] = allKinds[Int(kind)]
        }
        var tables: [[String: String]] = []
        for _ in 0..<4 {
            guard let count = reader.count() else { return nil }
            var table: [String: String] = [:]
            table.reserveCapacity(count)
            for _ in 0..<count {
                guard let key = reader.string(), let value = reader.string() else { return nil }
                table[key] = value
            }
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
    }
}
