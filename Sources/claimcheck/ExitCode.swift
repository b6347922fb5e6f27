/// The exit codes other tools rely on (DESIGN.md): a contract, not a detail.
enum ExitCode: Int32, Sendable {
    /// Nothing that fails.
    case success = 0
    /// Findings that fail: errors, and warnings under --strict, not in the baseline.
    case findings = 1
    /// Bad input: an unreadable or invalid claim, config or baseline file.
    case badInput = 2
    /// The command line itself is wrong.
    case usage = 64
}
