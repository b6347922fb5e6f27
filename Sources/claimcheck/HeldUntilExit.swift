import Foundation

/// What a command built (the loaded record, the findings, the report) kept alive until the
/// process exits, instead of freed piece by piece when the command returns.
///
/// Why: `main` calls `exit` right after the command, and the operating system takes back the
/// whole heap at once. Freeing a million-claim check's values first (a million-entry table,
/// 60,000 findings with their decoded claims, the report) took about 0.3 s on one core at the
/// end of every check, after the report was already written: pure waiting for the user.
/// Holding the last command's values only (a new `hold` frees the previous ones) keeps a
/// process that runs several commands, as a test may, from growing without bound.
enum HeldUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var held: [any Sendable] = []

    static func hold(_ values: any Sendable...) {
        lock.lock()
        let previous = held
        held = values
        lock.unlock()
        // Released here, outside the lock.
        _ = previous
    }
}
