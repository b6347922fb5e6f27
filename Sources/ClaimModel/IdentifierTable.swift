/// The registry ids (entities, events, attributes), looked up by their raw bytes.
///
/// A million claims name a few thousand subjects and events: matching the bytes in the file
/// against this table validates the reference and hands back the registry's own `String`,
/// so claims share one copy of each id instead of allocating a million (interning), and no
/// `String` is built just to ask a dictionary.
struct IdentifierTable: Sendable {
    private let strings: [String]
    private let bytes: [UInt8]
    private let offsets: [Int]
    /// Open addressing; -1 is empty, otherwise an index into `strings`.
    private let slots: [Int32]
    private let mask: Int

    init(_ ids: [String]) {
        var unique: [String] = []
        var seen = Set<String>()
        for id in ids where seen.insert(id).inserted { unique.append(id) }
        var bytes: [UInt8] = []
        var offsets = [0]
        for id in unique {
            bytes += id.utf8
            offsets.append(bytes.count)
        }
        var capacity = 16
        while capacity < unique.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        for index in unique.indices {
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0, offsets[index]..<offsets[index + 1]) } & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index)
        }
        self.strings = unique
        self.bytes = bytes
        self.offsets = offsets
        self.slots = slots
        self.mask = capacity - 1
    }

    /// The ids in table order, without repeats.
    var ids: [String] { strings }

    /// The registry's string for these bytes, or nil when no such id is on record.
    func lookup(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        index(of: buffer, range).map { strings[$0] }
    }

    /// Where these bytes stand in `ids`, or nil when no such id is on record.
    func index(of buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var slot = Self.hash(buffer, range) & mask
        let length = range.count
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let index = Int(slots[slot])
                if index < 0 { return nil }
                let start = offsets[index]
                if offsets[index + 1] - start == length, Self.equal(stored, start, buffer, range.lowerBound, length) {
                    return index
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ b: UnsafeBufferPointer<UInt8>, _ bStart: Int, _ count: Int) -> Bool {
        for offset in 0..<count where a[aStart + offset] != b[bStart + offset] { return false }
        return true
    }

    /// FNV-1a: ids are short, so a byte loop beats anything cleverer.
    private static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range { hash = (hash ^ UInt64(buffer[index])) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
