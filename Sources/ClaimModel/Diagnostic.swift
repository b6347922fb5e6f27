/// A problem found in an input file, always with the file and, where known, the line, so the
/// person reading it knows where to look.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Comparable {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = Self.clipped(message)
    }

    /// Messages quote the input, which may hold a 50 MB string; the middle of an overlong
    /// message is cut so the start (what is wrong) and the end (what to do) remain.
    static func clipped(_ message: String) -> String {
        guard message.utf8.count > 1_000 else { return message }
        let characters = Array(message)
        guard characters.count > 1_000 else { return message }
        return String(characters[..<600]) + " … [\(characters.count - 900) characters omitted] … "
            + String(characters[(characters.count - 300)...])
    }

    /// `claims/sources/afp.json:12: error: unknown entity "emanuel-macron"` — the form
    /// compilers use, which editors and CI logs turn into links.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// `file:line`, or the file alone when the line is unknown.
    public var location: String { line.map { "\(file):\($0)" } ?? file }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.message) < (rhs.file, rhs.line ?? 0, rhs.message)
    }
}

/// Loading failed: the input is bad. The command line turns this into exit code 2.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public init(file: String, line: Int? = nil, _ message: String) {
        self.diagnostics = [Diagnostic(.error, file: file, line: line, message)]
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
