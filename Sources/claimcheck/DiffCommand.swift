import CommandLineArguments
import ClaimModel
import ClaimReports

/// `claimcheck diff OLD.json NEW.json`: what appeared, what was resolved and what changed
/// severity between two JSON reports. Exit 1 when a new finding fails.
enum DiffCommand: Command {
    static let formats = ["text", "json", "markdown"]

    static let spec = CommandSpec(
        name: "diff",
        abstract: "Compare two JSON reports: new, resolved, unchanged and severity-changed findings.",
        discussion: """
          Findings are matched by fingerprint (rule and stable claim ids), so moved or reworded claims \
          match. Exits 1 when a new finding fails (an error, or a warning with --strict), or an old \
          finding's severity rises to one that fails; 0 otherwise; 2 when a report cannot be read.
          """,
        arguments: [
            ArgumentSpec(name: "old", help: "The earlier report (check --format json)."),
            ArgumentSpec(name: "new", help: "The later report."),
        ],
        options: [
            OptionSpec(name: "--format", valueName: "format", help: "Output format.", allowedValues: formats,
                       defaultValue: "text"),
            OptionSpec(name: "--output", valueName: "file", help: "Write the comparison to this file (atomically) " +
                                                                  "instead of standard output."),
            OptionSpec(name: "--strict", valueName: nil, help: "New warnings fail too."),
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(ToolError) -> ExitCode {
        let oldPath = arguments.positionals[0], newPath = arguments.positionals[1]
        let strict = arguments.has("--strict")
        let diff = try ToolError.reportingInput { () throws(InputError) in
            ReportDiff(old: try ReportReader.read(oldPath), new: try ReportReader.read(newPath))
        }
        let output = arguments.value("--output")
        let text: String
        switch arguments.value("--format") ?? "text" {
        case "json": text = ReportDiffDocument.json(diff, old: oldPath, new: newPath, strict: strict)
        case "markdown": text = ReportDiffDocument.markdown(diff, old: oldPath, new: newPath, strict: strict)
        default:
            text = ReportDiffText(colour: output == nil && console.colourForStandardOutput).render(diff, strict: strict)
        }
        if let output {
            let writeGuard = WriteGuard(neverOver: [oldPath, newPath], filesAre: "a report being compared")
            try ToolError.reportingInput { () throws(InputError) in
                try ReportFile.write(text, to: output, guard: writeGuard)
            }
        } else {
            console.out(text)
        }
        return diff.failing(strict: strict).isEmpty ? .success : .findings
    }
}
