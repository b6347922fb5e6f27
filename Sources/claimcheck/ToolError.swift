import CommandLineArguments
import ClaimModel

/// Every way a command can end in failure, so that all user-facing messages are printed in
/// one place and in one form (`error: ...`).
enum ToolError: Error {
    /// The command line is wrong: printed with the command's usage, exit 64.
    case usage(String, command: CommandSpec)
    /// An input file is bad: every diagnostic with its file and line, exit 2.
    case input(InputError)

    var exitCode: ExitCode {
        switch self {
        case .usage: return .usage
        case .input: return .badInput
        }
    }
}

extension ToolError {
    /// Runs a step that reads or writes the user's files, so that a bad file ends the command
    /// as bad input (every diagnostic, exit 2): the one place the library's `InputError`
    /// becomes the tool's error.
    static func reportingInput<Value>(_ step: () throws(InputError) -> Value) throws(ToolError) -> Value {
        do { return try step() } catch { throw .input(error) }
    }
}
