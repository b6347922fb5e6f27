/// Lookup tables keyed by word hashes. The hashes are already well mixed (FNV-1a), so these
/// skip `Hasher` and probe an open-addressed array directly: the extractor asks "is this word
/// a month, a number, a title…" for every token of every article.
public struct WordMap<Value: Sendable>: Sendable {
    /// Key and value side by side in one buffer: a probe touches one cache line, and copying
    /// the map (a table held by value) retains one buffer, not two.
    struct Slot: Sendable {
        var key: UInt64
        var value: Value?
    }

    private var slots: [Slot]
    private var mask: Int
    public private(set) var count = 0

    public init() {
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: 16)
        mask = 15
    }

    public init<S: Sequence>(_ pairs: S) where S.Element == (UInt64, Value) {
        self.init()
        for (key, value) in pairs { self[key] = value }
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 29)) & UInt64(mask)) }

    public subscript(key: UInt64) -> Value? {
        get {
            let stored = key == 0 ? 1 : key
            var index = slot(stored)
            while true {
                let probe = slots[index].key
                if probe == stored { return slots[index].value }
                if probe == 0 { return nil }
                index = (index + 1) & mask
            }
        }
        set {
            let stored = key == 0 ? 1 : key
            if (count + 1) * 2 > slots.count { grow() }
            var index = slot(stored)
            while slots[index].key != 0 && slots[index].key != stored { index = (index + 1) & mask }
            if slots[index].key == 0 {
                guard newValue != nil else { return }
                slots[index].key = stored
                count += 1
            }
            slots[index].value = newValue
        }
    }

    /// The keys that hold a value, in no particular order (for building one table from others).
    public var keys: [UInt64] { slots.compactMap { $0.value == nil ? nil : $0.key } }

    private mutating func grow() {
        let old = slots.filter { $0.key != 0 }
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: slots.count * 2)
        mask = slots.count - 1
        count = 0
        for entry in old { self[entry.key] = entry.value }
    }
}

/// A set of word hashes; see `WordMap`.
public struct WordSet: Sendable {
    private var map = WordMap<Bool>()

    public init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        for hash in hashes { map[hash] = true }
    }

    @inline(__always)
    public func contains(_ hash: UInt64) -> Bool { map[hash] != nil }

    public mutating func insert(_ hash: UInt64) { map[hash] = true }

    public var keys: [UInt64] { map.keys }
}
