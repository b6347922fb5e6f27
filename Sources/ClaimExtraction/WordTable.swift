/// Lookup tables keyed by word hashes. The hashes are already well mixed (FNV-1a), so these
/// skip `Hasher` and probe an open-addressed array directly: the extractor asks "is this word
/// a month, a number, a title…" for every token of every article.
public struct WordMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    public private(set) var count = 0

    public init() {
        keys = [UInt64](repeating: 0, count: 16)
        values = [Value?](repeating: nil, count: 16)
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
                let probe = keys[index]
                if probe == stored { return values[index] }
                if probe == 0 { return nil }
                index = (index + 1) & mask
            }
        }
        set {
            let stored = key == 0 ? 1 : key
            if (count + 1) * 2 > keys.count { grow() }
            var index = slot(stored)
            while keys[index] != 0 && keys[index] != stored { index = (index + 1) & mask }
            if keys[index] == 0 {
                guard newValue != nil else { return }
                keys[index] = stored
                count += 1
            }
            values[index] = newValue
        }
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != 0 }
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        values = [Value?](repeating: nil, count: keys.count)
        mask = keys.count - 1
        count = 0
        for (key, value) in old { self[key] = value }
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
}
