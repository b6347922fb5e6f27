import ClaimModel

/// What the check's steps tell the person running them while they work: warnings, notes,
/// a bad file's problems, and progress through a batch. The library says what happened; the
/// front end decides how it looks (the CLI's `Console` colours warnings and draws progress
/// on a terminal line), so check logic holds no terminal code. Called on the thread that runs
/// the step.
public struct CheckNotices {
    public var warning: (String) -> Void
    public var note: (String) -> Void
    /// An unreadable file's problems, each with its place.
    public var diagnostics: ([Diagnostic]) -> Void
    /// Progress through a batch ("[2/5] path"), nil to clear it; nil when nobody watches
    /// progress (not a terminal), so none is built.
    public var progress: ((String?) -> Void)?

    public init(warning: @escaping (String) -> Void, note: @escaping (String) -> Void,
                diagnostics: @escaping ([Diagnostic]) -> Void,
                progress: ((String?) -> Void)? = nil) {
        self.warning = warning
        self.note = note
        self.diagnostics = diagnostics
        self.progress = progress
    }

    /// Notices nobody reads (tests, benchmarks).
    public static var silent: CheckNotices { CheckNotices(warning: { _ in }, note: { _ in }, diagnostics: { _ in }) }
}
