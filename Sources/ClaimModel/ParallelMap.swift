import Dispatch

/// Runs `body` for every index on all cores (or on this thread), each result in its own slot,
/// so the outcome is in index order whatever the scheduling.
public enum ParallelMap {
    public static func map<T>(_ count: Int, parallel: Bool, _ body: @Sendable (Int) -> T) -> [T] {
        guard parallel, count > 1 else { return (0..<count).map(body) }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        let shared = UncheckedSendable(slots)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            shared.value[index] = body(index)
        }
        return slots.map { $0! }
    }

    /// `(0..<count).map(body)`, on every core in 64 chunks once `count` reaches `parallelFrom`
    /// (below it, sharing out costs more than it saves).
    public static func chunked<T>(_ count: Int, parallelFrom: Int = 4_096, _ body: @Sendable (Int) -> T) -> [T] {
        guard count >= parallelFrom else { return (0..<count).map(body) }
        let chunkSize = (count + 63) / 64
        let chunks = map(64, parallel: true) { chunk in
            (Swift.min(count, chunk * chunkSize)..<Swift.min(count, (chunk + 1) * chunkSize)).map(body)
        }
        var joined: [T] = []
        joined.reserveCapacity(count)
        for chunk in chunks { joined.append(contentsOf: chunk) }
        return joined
    }
}

/// A value handed to concurrent workers that each touch only their own part of it.
public struct UncheckedSendable<Value>: @unchecked Sendable {
    public let value: Value
    public init(_ value: Value) { self.value = value }
}
