import CommandLineArguments
import Foundation
import ClaimModel
import ClaimCheck
import ClaimReports

/// Where a command writes, and what it knows about the terminal. Findings go to standard
/// output; progress and diagnostics to standard error.
struct Console {
    var environment: [String: String]
    var standardOutputIsTerminal: Bool
    var standardErrorIsTerminal: Bool
    var writeOut: (String) -> Void
    var writeError: (String) -> Void
    /// Standard output for bytes that are already UTF-8 (a JSON report of 130 MB), without a
    /// `String` and a `Data` copy of them; nil writes them through `writeOut`.
    var writeOutBytes: (([UInt8]) -> Void)? = nil

    static func live() -> Console {
        Console(environment: ProcessInfo.processInfo.environment,
                standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1,
                standardErrorIsTerminal: isatty(STDERR_FILENO) == 1,
                writeOut: { FileHandle.standardOutput.write(Data($0.utf8)) },
                writeError: { FileHandle.standardError.write(Data($0.utf8)) },
                writeOutBytes: { bytes in
                    bytes.withUnsafeBytes { buffer in
                        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
                        FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base),
                                                             count: buffer.count, deallocator: .none))
                    }
                })
    }

    var colourForStandardOutput: Bool {
        TerminalColour.allowed(environment: environment, isTerminal: standardOutputIsTerminal)
    }
    var colourForStandardError: Bool {
        TerminalColour.allowed(environment: environment, isTerminal: standardErrorIsTerminal)
    }

    func out(_ text: String) { writeOut(text) }

    func out(bytes: [UInt8]) {
        if let writeOutBytes { writeOutBytes(bytes) } else { writeOut(String(decoding: bytes, as: UTF8.self)) }
    }

    /// Diagnostics quote what the input file holds (a bad id, a key), so control characters
    /// are neutralised here: a crafted claim file must not drive the reader's terminal.
    /// Problems with input files, each with its place: errors as errors, warnings as warnings.
    func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            if diagnostic.severity == .warning {
                warning("\(diagnostic.location): \(diagnostic.message)")
            } else {
                error("\(diagnostic.location): \(diagnostic.message)")
            }
        }
    }

    func error(_ message: String) {
        writeError(styled("error:", "1;31", colourForStandardError) + " " + TerminalText.sanitize(message) + "\n")
    }

    func warning(_ message: String) {
        writeError(styled("warning:", "1;33", colourForStandardError) + " " + TerminalText.sanitize(message) + "\n")
    }

    func note(_ message: String) { writeError(message + "\n") }

    /// The check library's notices, shown here: progress only on a terminal, drawn over one
    /// line that is cleared before anything else is written.
    var notices: CheckNotices {
        let console = self
        let progress: ((String?) -> Void)? = standardErrorIsTerminal
            ? { line in console.writeError("\r\u{1B}[K" + (line ?? "")) } : nil
        return CheckNotices(warning: { console.warning($0) }, note: { console.note($0) },
                            diagnostics: { console.report($0) }, progress: progress)
    }

    private func styled(_ text: String, _ code: String, _ colour: Bool) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
