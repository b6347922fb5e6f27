/// A string's UTF-8 bytes hashed eight at a time (mixed like splitmix64), for tables that
/// number many strings by a hash computed beforehand on every core (`ListedClaims`).
enum ByteHash {
    /// The hash of `string`'s bytes; `ascii` is cleared when one of them is not ASCII.
    static func of(_ string: String, ascii: inout Bool) -> UInt64 {
        var string = string
        return string.withUTF8 { bytes in
            var hash = UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15
            guard let base = bytes.baseAddress else { return hash }
            var high: UInt64 = 0, offset = 0
            while offset + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                high |= word
                hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 29
                offset += 8
            }
            var tail: UInt64 = 0, shift: UInt64 = 0
            while offset < bytes.count {
                tail |= UInt64(base[offset]) << shift
                shift += 8
                offset += 1
            }
            high |= tail
            if high & 0x8080_8080_8080_8080 != 0 { ascii = false }
            return mix(hash ^ tail)
        }
    }

    /// The first eight bytes of `string`, big-endian, zeros after a shorter string's end: for
    /// strings of ASCII, a smaller prefix means a string earlier in string order, and equal
    /// prefixes say nothing.
    static func prefix(_ string: String) -> UInt64 {
        var string = string
        return string.withUTF8 { bytes in
            var key: UInt64 = 0
            for offset in 0..<8 { key = key << 8 | (offset < bytes.count ? UInt64(bytes[offset]) : 0) }
            return key
        }
    }

    /// One hash of two, in order.
    static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        mix((first &* 0xBF58_476D_1CE4_E5B9) ^ second)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        let hash = value &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 31)
    }
}

/// Open addressing on precomputed hashes: each slot holds a number (an entry of the caller's
/// own arrays) or nothing; the caller says whether an entry is the one sought.
struct ProbeTable {
    enum Probe {
        case found(Int)
        /// Not there: the slot to `fill` with it.
        case empty(Int)
    }

    private var slots: [Int32]
    private let mask: Int

    /// Room for `count` entries at half load at most.
    init(capacityFor count: Int) {
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    func find(_ hash: UInt64, isEntry: (Int) -> Bool) -> Probe {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { return .empty(slot) }
            if isEntry(Int(entry)) { return .found(Int(entry)) }
            slot = (slot + 1) & mask
        }
    }

    mutating func fill(_ slot: Int, with entry: Int) { slots[slot] = Int32(entry) }
}
