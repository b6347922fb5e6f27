import Testing
import CommandLineArguments

@Suite("Argument parser")
struct ArgumentParserTests {
    static let spec = CommandSpec(
        name: "demo", abstract: "Demo.",
        arguments: [ArgumentSpec(name: "path", help: "Paths.", isVariadic: true, isOptional: true)],
        options: [
            OptionSpec(name: "--format", valueName: "format", help: "Format.", allowedValues: ["text", "json"]),
            OptionSpec(name: "--output", valueName: "file", help: "Output."),
            OptionSpec(name: "--strict", valueName: nil, help: "Strict."),
        ])

    @Test func readsPositionalsOptionsAndFlagsInAnyOrder() throws {
        let parsed = try ArgumentParser.parse(["a", "--format", "json", "b", "--strict", "--output=x.json"],
                                              spec: Self.spec)
        #expect(parsed.positionals == ["a", "b"])
        #expect(parsed.value("--format") == "json")
        #expect(parsed.value("--output") == "x.json")
        #expect(parsed.has("--strict"))
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try ArgumentParser.parse(["--", "--strict"], spec: Self.spec)
        #expect(parsed.positionals == ["--strict"])
        #expect(!parsed.has("--strict"))
    }

    @Test(arguments: [
        (["--fromat", "json"], "unknown option '--fromat'; did you mean '--format'?"),
        (["--format"], "option '--format' needs a value (format)"),
        (["--format", "yaml"], "'yaml' is not a valid value for '--format'; use one of: text, json"),
        (["--strict=yes"], "option '--strict' takes no value"),
        (["--output", "a", "--output", "b"], "option '--output' is given more than once"),
        (["--zzzzzz"], "unknown option '--zzzzzz'"),
    ])
    func rejectsBadCommandLinesWithAPreciseMessage(arguments: [String], message: String) {
        #expect(throws: UsageError(message: message)) { try ArgumentParser.parse(arguments, spec: Self.spec) }
    }

    @Test func helpIsLaidOutLikeSwiftArgumentParser() {
        let help = HelpText.render(Self.spec)
        #expect(help.hasPrefix("OVERVIEW: Demo.\n\nUSAGE: claimcheck demo [<path> ...] [<options>]\n\nARGUMENTS:\n"))
        #expect(help.contains("\nOPTIONS:\n  --format <format>       Format. (text|json)\n"))
        #expect(help.contains("  --help                  Show help for this command.\n"))
    }

    @Test func requiredArgumentsAreChecked() {
        let spec = CommandSpec(name: "diff", abstract: "Diff.", arguments: [ArgumentSpec(name: "old", help: ""),
                                                                            ArgumentSpec(name: "new", help: "")])
        #expect(throws: UsageError(message: "missing argument new")) {
            try ArgumentParser.parse(["a.json"], spec: spec) }
        #expect(throws: UsageError(message: "unexpected argument 'c'")) {
            try ArgumentParser.parse(["a", "b", "c"], spec: spec) }
    }

    @Test func colourFollowsTheTerminalAndNoColor() {
        func colour(_ environment: [String: String], terminal: Bool) -> Bool {
            TerminalColour.allowed(environment: environment, isTerminal: terminal)
        }
        #expect(colour([:], terminal: true))
        #expect(!colour([:], terminal: false))
        #expect(!colour(["NO_COLOR": "1"], terminal: true))
        // no-color.org: only a non-empty NO_COLOR turns colour off.
        #expect(colour(["NO_COLOR": ""], terminal: true))
        #expect(!colour(["TERM": "dumb"], terminal: true))
    }
}
