import Dispatch
import ClaimModel

/// Frees a large value on another thread, so the caller goes on at once.
///
/// Why: after the rules, freeing the third of a million decoded claims, their groups and the
/// rules' findings took about 0.1 s on the main thread of a million-claim check, while the
/// other core waited; freed beside the main thread's serial steps, it costs no wall time.
enum BackgroundRelease {
    /// The caller drops its own references right after, so this thread's is the last.
    static func release<Value>(_ value: Value) {
        let box = UncheckedSendable(value)
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(box) {} }
    }
}
