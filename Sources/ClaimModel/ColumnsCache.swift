import Foundation

/// A list's `ClaimColumns`, built by the first reader and kept. A class behind a lock, so a
/// `ClaimList` (a value, copied freely) stays `Sendable` and its copies share one build.
final class ColumnsCache: @unchecked Sendable {
    // Guarded by `lock`.
    private var columns: ClaimColumns?
    private let lock = NSLock()

    func value(_ build: () -> ClaimColumns) -> ClaimColumns {
        lock.lock()
        defer { lock.unlock() }
        if let columns { return columns }
        let built = build()
        columns = built
        return built
    }
}
