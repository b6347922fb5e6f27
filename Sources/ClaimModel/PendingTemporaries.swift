import Foundation

/// Temporary files being written, removed if the process is interrupted (SIGINT, SIGTERM,
/// SIGHUP, SIGPIPE, SIGXFSZ) before they are renamed into place. A SIGKILL cannot be caught:
/// `LeftoverSweep` removes those on the next run that writes into the folder.
///
/// The handler may only make async-signal-safe calls, so the paths are kept as C strings
/// allocated beforehand, in a fixed table of slots, and the handler only reads the table,
/// unlinks and re-raises the signal with its default action.
enum PendingTemporaries {
    static let slots = 16
    nonisolated(unsafe) static let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: slots)
        table.initialize(repeating: nil, count: slots)
        return table
    }()
    static let lock = NSLock()
    nonisolated(unsafe) static var installed = false

    /// Registers `path`; returns its slot, or nil when every slot is taken (the file is then
    /// left to the next run's sweep if the process is interrupted).
    static func register(_ path: String) -> Int? {
        lock.lock(); defer { lock.unlock() }
        installHandlers()
        for slot in 0..<slots where table[slot] == nil {
            table[slot] = strdup(path)
            return slot
        }
        return nil
    }

    static func release(_ slot: Int?) {
        guard let slot else { return }
        lock.lock(); defer { lock.unlock() }
        let path = table[slot]
        table[slot] = nil
        free(path)
    }

    static func installHandlers() {
        guard !installed else { return }
        installed = true
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGXFSZ] {
            var action = sigaction()
            #if os(Linux)
            action.__sigaction_handler.sa_handler = removeAndReraise
            #else
            action.__sigaction_u.__sa_handler = removeAndReraise
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
            var previous = sigaction()
            // An ignored signal stays ignored (the test runner, nohup): only the default
            // action, which ends the process, is replaced.
            guard sigaction(signal, nil, &previous) == 0 else { continue }
            #if os(Linux)
            let isDefault = previous.__sigaction_handler.sa_handler == nil
            #else
            let isDefault = previous.__sigaction_u.__sa_handler == nil
            #endif
            if isDefault { sigaction(signal, &action, nil) }
        }
    }
}

/// The handler: unlink every pending temporary, then die of the signal as before.
private func removeAndReraise(_ signal: Int32) {
    for slot in 0..<PendingTemporaries.slots {
        if let path = PendingTemporaries.table[slot] { unlink(path) }
    }
    raise(signal)
}
