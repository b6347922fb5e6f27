import ClaimModel

/// A fast 64-bit hash of bytes, eight at a time with a full-width multiply mix (the wyhash
/// idea), for telling whether a file's content changed and whether a part of the index
/// (`ClaimIndex`) is intact. It detects accidents, not attacks: whoever can write the index
/// can write the claims.
enum ContentHash {
    static func of(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        let k0: UInt64 = 0xa076_1d64_78bd_642f, k1: UInt64 = 0xe703_7ed1_a0b4_28db
        var hash = seed ^ k0 ^ UInt64(bytes.count)
        func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
            let (high, low) = a.multipliedFullWidth(by: b)
            return high ^ low
        }
        guard let base = bytes.baseAddress else { return mix(hash, k1) }
        var offset = 0
        while offset + 16 <= bytes.count {
            let a = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let b = base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)
            hash = mix(a ^ k1 ^ hash, b ^ k0)
            offset += 16
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(base.load(fromByteOffset: offset, as: UInt8.self)) << shift
            shift += 8
            if shift == 64 { hash = mix(tail ^ k1, hash ^ k0); tail = 0; shift = 0 }
            offset += 1
        }
        return mix(mix(tail ^ k1, hash ^ k0), k1)
    }

    static func of(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
        bytes.withUnsafeBytes { of($0, seed: seed) }
    }
}

extension BuiltInVocabulary {
    /// The catalog's content hash, so an index built under another catalog is not trusted.
    static let contentHash: UInt64 = ContentHash.of(bytes)
}
