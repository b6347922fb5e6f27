import CommandLineArguments
import ClaimModel

/// Dispatches `claimcheck <subcommand>` and turns every outcome into an exit code.
enum CommandLineTool {
    static let version = "0.1.0"

    /// Catalog order, as help lists them.
    nonisolated(unsafe) static let commands: [any Command.Type] = [
        CheckCommand.self,
        ExtractCommand.self,
        EvaluateCommand.self,
        RulesCommand.self,
        VocabularyCommand.self,
        DiffCommand.self,
        TimelineCommand.self,
    ]

    static let spec = CommandSpec(
        name: "claimcheck",
        abstract: "Check claims from news coverage for contradictions: who said what, and when.",
        options: [OptionSpec(name: "--version", valueName: nil, help: "Show the version.")])

    static func run(_ arguments: [String], console: Console) -> ExitCode {
        guard let first = arguments.first else {
            console.out(HelpText.render(spec, subcommands: commands.map { $0.spec }))
            return .success
        }
        switch first {
        case "--help", "-h":
            console.out(HelpText.render(spec, subcommands: commands.map { $0.spec }))
            return .success
        case "--version":
            // The version alone, as swift-argument-parser tools print it, so scripts can compare it.
            console.out("\(version)\n")
            return .success
        case "help":
            if arguments.count > 1, let command = commands.first(where: { $0.spec.name == arguments[1] }) {
                console.out(HelpText.render(command.spec))
            } else {
                console.out(HelpText.render(spec, subcommands: commands.map { $0.spec }))
            }
            return .success
        default:
            break
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            var message = first.hasPrefix("-") ? "unknown option '\(first)'" : "unknown subcommand '\(first)'"
            if let suggestion = ArgumentParser.closest(to: first, among: commands.map { $0.spec.name }) {
                message += "; did you mean '\(suggestion)'?"
            }
            return report(.usage(message, command: spec), console: console)
        }
        do throws(ToolError) {
            let parsed: ParsedArguments
            do throws(UsageError) {
                parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), spec: command.spec)
            } catch {
                throw .usage(error.message, command: command.spec)
            }
            if parsed.has("--help") {
                console.out(HelpText.render(command.spec))
                return .success
            }
            return try command.run(parsed, console: console)
        } catch {
            return report(error, console: console)
        }
    }

    static func report(_ error: ToolError, console: Console) -> ExitCode {
        switch error {
        case .usage(let message, let command):
            let isTool = command.name == "claimcheck"
            let usage = HelpText.usage(command, toolName: "claimcheck", hasSubcommands: isTool)
            console.writeError("Error: \(message)\nUsage: \(usage)\n"
                               + "  See 'claimcheck \(isTool ? "" : command.name + " ")--help' for more information.\n")
        case .input(let inputError):
            console.report(inputError.diagnostics)
        }
        return error.exitCode
    }
}
