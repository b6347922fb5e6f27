import CommandLineArguments
import ClaimRules

/// `claimcheck rules`: the rule catalog, with what each rule fires on and what it lets pass.
enum RulesCommand: Command {
    static let spec = CommandSpec(
        name: "rules",
        abstract: "List the rules with their descriptions and examples.",
        options: [OptionSpec(name: "--markdown", valueName: nil, help: "Print the catalog as Markdown (the README's " +
                                                                       "rule section).")])

    static func run(_ arguments: ParsedArguments, console: Console) throws(ToolError) -> ExitCode {
        console.out(arguments.has("--markdown") ? RuleCatalog.markdown() : RuleCatalog.text())
        return .success
    }
}
