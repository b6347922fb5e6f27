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
