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
    /// (below it, sharing out costs more than it saves). Each chunk writes its results into
    /// its own range of the one result array: joining per-chunk arrays copied every result
    /// and released the chunk's (for a third of a million decoded claims, a dozen retains
    /// and releases each).
    public static func chunked<T>(_ count: Int, parallelFrom: Int = 4_096, _ body: @Sendable (Int) -> T) -> [T] {
        guard count >= parallelFrom else { return (0..<count).map(body) }
        let chunkSize = (count + 63) / 64
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let target = UncheckedSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: 64) { chunk in
                for index in Swift.min(count, chunk * chunkSize)..<Swift.min(count, (chunk + 1) * chunkSize) {
                    (target.value.baseAddress! + index).initialize(to: body(index))
                }
            }
            initialized = count
        }
    }
}

/// A value handed to concurrent workers that each touch only their own part of it.
public struct UncheckedSendable<Value>: @unchecked Sendable {
    public let value: Value
    public init(_ value: Value) { self.value = value }
}
