import Foundation
import ClaimModel

/// The registry ids (entities, events, attributes), looked up by their raw bytes.
///
/// A million claims name a few thousand subjects and events: matching the bytes in the file
/// against this table validates the reference and hands back the registry's own `String`,
/// so claims share one copy of each id instead of allocating a million (interning), and no
/// `String` is built just to ask a dictionary.
struct IdentifierTable: Sendable {
    private let strings: [String]
    private let bytes: [UInt8]
    /// Open addressing; a slot with `index` -1 is empty.
    private let slots: [Slot]
    private let mask: Int

    /// An id's place in `strings` and its bytes in `bytes`, with the high half of its hash,
    /// in one slot: a lookup reads one slot and, when the hash agrees, the id's bytes. With
    /// the bytes' offsets in an array of their own, each lookup of a 45,000-entity registry
    /// missed the cache three times (slot, offsets, bytes), a third of its time each, and the
    /// lookups were 8% of a check of a million claims.
    private struct Slot {
        var index: Int32 = -1
        var start: UInt32 = 0
        var length: UInt32 = 0
        var tag: UInt32 = 0
    }

    /// `ids` must not repeat (dictionary keys never do): a set to drop repeats cost a
    /// string hash per entity of a 40,000-entity registry.
    init(unique ids: some Collection<String>) {
        let unique = Array(ids)
        var bytes: [UInt8] = []
        var offsets = [0]
        for id in unique {
            bytes += id.utf8
            offsets.append(bytes.count)
        }
        // Offsets and lengths are 32-bit: a registry's ids are far below 4 GB.
        precondition(bytes.count < Int(UInt32.max), "identifier table over 4 GB")
        var capacity = 16
        while capacity < unique.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        for index in unique.indices {
            let hash = bytes.withUnsafeBufferPointer { Self.hash($0, offsets[index]..<offsets[index + 1]) }
            var slot = hash & (capacity - 1)
            while slots[slot].index >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(index: Int32(index), start: UInt32(offsets[index]),
                               length: UInt32(offsets[index + 1] - offsets[index]), tag: Self.tag(hash))
        }
        self.strings = unique
        self.bytes = bytes
        self.slots = slots
        self.mask = capacity - 1
    }

    /// The ids in table order, without repeats.
    var ids: [String] { strings }

    /// The id at `index` of `ids`.
    subscript(index: Int) -> String { strings[index] }

    /// Where `id` stands in `ids`, or nil when no such id is on record.
    func index(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { index(of: $0, 0..<$0.count) }
    }

    /// The registry's string for these bytes, or nil when no such id is on record.
    func lookup(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        index(of: buffer, range).map { strings[$0] }
    }

    /// Where these bytes stand in `ids`, or nil when no such id is on record.
    func index(of buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let hash = Self.hash(buffer, range)
        var slot = hash & mask
        let length = range.count, tag = Self.tag(hash)
        return bytes.withUnsafeBufferPointer { stored in
            slots.withUnsafeBufferPointer { slots in
                while true {
                    let entry = slots[slot]
                    if entry.index < 0 { return nil }
                    if entry.tag == tag, Int(entry.length) == length,
                       Self.equal(stored, Int(entry.start), buffer, range.lowerBound, length) {
                        return Int(entry.index)
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The hash's high half, which the slot number (its low bits) does not use.
    private static func tag(_ hash: Int) -> UInt32 { UInt32(truncatingIfNeeded: UInt64(bitPattern: Int64(hash)) >> 32) }

    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ b: UnsafeBufferPointer<UInt8>,
                              _ bStart: Int, _ count: Int) -> Bool {
        guard count > 0, let a = a.baseAddress, let b = b.baseAddress else { return count == 0 }
        return Bytes.equal(a + aStart, b + bStart, count: count)
    }

    /// `ByteHash`, which the report's listings share.
    private static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var ascii = true
        return Int(truncatingIfNeeded: ByteHash.of(base + range.lowerBound, count: range.count, ascii: &ascii))
    }
}
