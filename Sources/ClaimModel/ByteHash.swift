/// Strings' and byte ranges' UTF-8 hashed eight bytes at a time, the tail as one more word,
/// mixed like splitmix64: the one hash of the loader's registry ids (`IdentifierTable`: ids
/// are 10 to 40 bytes and a million claims look up three or four each, so a byte loop, FNV-1a,
/// was an eighth of a whole check) and of the report's listings, numbered from hashes computed
/// beforehand on every core (`ListedClaims`, `EvidenceQuotes`).
public enum ByteHash {
    /// The hash of `count` bytes at `base`; `ascii` is cleared when one of them is not ASCII.
    @inlinable @inline(__always)
    public static func of(_ base: UnsafePointer<UInt8>, count: Int, ascii: inout Bool) -> UInt64 {
        var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        var high: UInt64 = 0, offset = 0
        while offset + 8 <= count {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            high |= word
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while offset < count {
            tail |= UInt64(base[offset]) << shift
            shift += 8
            offset += 1
        }
        high |= tail
        if high & 0x8080_8080_8080_8080 != 0 { ascii = false }
        return mix(hash ^ tail)
    }

    /// The hash of `string`'s bytes; `ascii` is cleared when one of them is not ASCII.
    public static func of(_ string: String, ascii: inout Bool) -> UInt64 {
        var string = string
        return string.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }  // the empty string, as `of` gives it
            return of(base, count: bytes.count, ascii: &ascii)
        }
    }

    /// The first eight bytes of `string`, big-endian, zeros after a shorter string's end: for
    /// strings of ASCII, a smaller prefix means a string earlier in string order, and equal
    /// prefixes say nothing.
    public static func prefix(_ string: String) -> UInt64 {
        var string = string
        return string.withUTF8 { bytes in
            var key: UInt64 = 0
            for offset in 0..<8 { key = key << 8 | (offset < bytes.count ? UInt64(bytes[offset]) : 0) }
            return key
        }
    }

    /// One hash of two, in order.
    public static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        mix((first &* 0xBF58_476D_1CE4_E5B9) ^ second)
    }

    @inlinable @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        let hash = value &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 31)
    }
}
