import ClaimModel

/// Which quantity drafts a later figure supersedes, in one pass over the article.
///
/// The rule (`ClaimExtractor.supersede`): of two quantities with the same subject, attribute,
/// event and unit and different values, the earlier goes when the later is an update, the
/// earlier an initial figure, or the earlier only a floor ("at least 120") the later meets; an
/// initial figure written after a current one of another value goes too.
/// Comparing every draft with every earlier one was quadratic: 29% of `extract` on 1 MB
/// articles. Here each key keeps its live drafts by value, so an update drops every other
/// value at once, and floors wait in a heap by their minimum; each draft is dropped at most
/// once, and the result is that of the pairwise loop, notes included.
struct SupersedeScan {
    struct Key: Hashable {
        var subject: String, attribute: String, event: String?, unit: String?
    }

    /// The live drafts of one key that share a value, initial figures apart.
    private struct Live {
        var plain: [Int] = []
        var initial: [Int] = []
    }

    private struct Bucket {
        var byValue: [Quantity: Live] = [:]
        /// Values with a live initial figure.
        var initialValues: Set<Quantity> = []
        /// Floor values ("at least"), smallest minimum first; stale entries are skipped.
        var floors = MinimumHeap()
    }

    private var buckets: [Key: Bucket] = [:]
    private(set) var dropped = Set<Int>()
    /// For each later draft that superseded something: the value of the latest one it dropped.
    private(set) var notes: [Int: Quantity] = [:]
    /// Every draft's value, to name the one a note speaks of.
    private var values: [Int: Quantity] = [:]

    /// `lower` is the later figure's lower bound under its attribute's tolerance.
    mutating func add(_ index: Int, key: Key, value: Quantity, lower: Double, isUpdate: Bool, isInitial: Bool) {
        var bucket = buckets.removeValue(forKey: key) ?? Bucket()
        // "632 killed, the ministry said. Its first statement had listed 296 dead": an initial
        // figure written after the current one is stale all the same; background does not
        // revive it.
        if isInitial, !isUpdate, bucket.byValue.contains(where: { $0.key != value && !$0.value.plain.isEmpty }) {
            dropped.insert(index)
            values[index] = value
            buckets[key] = bucket
            return
        }
        var latest: Int?
        func drop(_ indices: [Int], _ dropped: inout Set<Int>) {
            for earlier in indices { dropped.insert(earlier) }
            if let last = indices.last, last > (latest ?? -1) { latest = last }
        }
        if isUpdate {
            for (other, live) in bucket.byValue where other != value { drop(live.plain + live.initial, &dropped) }
            bucket.byValue = bucket.byValue.filter { $0.key == value }
            bucket.initialValues = bucket.initialValues.filter { $0 == value }
        } else {
            for other in bucket.initialValues where other != value {
                drop(bucket.byValue[other]!.initial, &dropped)
                bucket.byValue[other]!.initial = []
                if bucket.byValue[other]!.plain.isEmpty { bucket.byValue[other] = nil }
            }
            bucket.initialValues = bucket.initialValues.filter { $0 == value }
            var kept: [(Double, Quantity)] = []
            while let (minimum, floor) = bucket.floors.top, minimum <= lower {
                bucket.floors.pop()
                guard floor != value else { kept.append((minimum, floor)); continue }
                guard let live = bucket.byValue.removeValue(forKey: floor) else { continue }
                drop(live.plain + live.initial, &dropped)
                bucket.initialValues.remove(floor)
            }
            for entry in kept { bucket.floors.push(entry.0, entry.1) }
        }
        if let latest, let earlier = values[latest] { notes[index] = earlier }
        var live = bucket.byValue[value] ?? Live()
        if live.plain.isEmpty && live.initial.isEmpty,
           case .range(let minimum?, nil) = value { bucket.floors.push(minimum, value) }
        if isInitial {
            live.initial.append(index)
            bucket.initialValues.insert(value)
        } else {
            live.plain.append(index)
        }
        bucket.byValue[value] = live
        values[index] = value
        buckets[key] = bucket
    }
}

/// A binary min-heap of floor values by their minimum.
struct MinimumHeap {
    private var items: [(Double, Quantity)] = []

    var top: (Double, Quantity)? { items.first }

    mutating func push(_ minimum: Double, _ value: Quantity) {
        items.append((minimum, value))
        var child = items.count - 1
        while child > 0, items[(child - 1) / 2].0 > items[child].0 {
            items.swapAt(child, (child - 1) / 2)
            child = (child - 1) / 2
        }
    }

    mutating func pop() {
        items.swapAt(0, items.count - 1)
        items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count, items[left].0 < items[smallest].0 { smallest = left }
            if right < items.count, items[right].0 < items[smallest].0 { smallest = right }
            guard smallest != parent else { return }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
