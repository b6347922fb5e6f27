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
