import CommandLineArguments
import ClaimModel
import ClaimCheck
import ClaimRules
import ClaimReports

/// What `check` reads besides the claims: the configuration (`--config`, else
/// `.claimcheck.json` when present) and the baseline (`--baseline`), and what it writes
/// besides the report (`--write-baseline`). Kept apart from CheckCommand so the command
/// reads as the steps of a check.
struct CheckSetup {
    var configuration: Configuration
    var pipeline: CheckPipeline
    var writeBaseline: String?
    let console: Console

    init(_ arguments: ParsedArguments, console: Console, command: CommandSpec) throws(ToolError) {
        self.console = console
        if arguments.value("--baseline") != nil && arguments.value("--write-baseline") != nil {
            throw .usage("use either --baseline (check against it) or --write-baseline (record a new one), not both",
                         command: command)
        }
        let (configuration, baseline) = try ToolError.reportingInput { () throws(InputError) in
            var configuration = Configuration()
            let explicit = arguments.value("--config")
            if let path = explicit ?? (InputFiles.isFile(Configuration.defaultFileName) ? Configuration.defaultFileName
                                       : nil) {
                let read = try ConfigurationFile.read(path)
                configuration = read.configuration
                Self.warn(read.warnings, console: console)
            }
            var baseline: (file: String, baseline: Baseline)?
            if let path = arguments.value("--baseline") {
                let read = try BaselineFile.read(path)
                Self.warn(read.warnings, console: console)
                baseline = (path, read.baseline)
            }
            return (configuration, baseline)
        }
        self.configuration = configuration
        self.pipeline = CheckPipeline(configuration: configuration, baseline: baseline,
                                      strict: arguments.has("--strict"),
                                      toolVersion: CommandLineTool.version)
        self.writeBaseline = arguments.value("--write-baseline")
    }

    /// The paths to load, as the configuration admits them (`CheckedFiles`).
    func select(_ paths: [String]) throws(ToolError) -> [String] {
        try ToolError.reportingInput { () throws(InputError) in try CheckedFiles.select(paths, by: configuration) }
    }

    /// With `--write-baseline`, records every current finding and returns the report as
    /// checked against what was just written (so the run passes); otherwise the report as is.
    func recordBaseline(_ outcome: CheckPipeline.Outcome, guard writeGuard: WriteGuard) throws(ToolError) -> Report {
        guard let path = writeBaseline else { return outcome.report }
        let baseline = Baseline(findings: outcome.currentFindings)
        try ToolError.reportingInput { () throws(InputError) in
            try BaselineFile.write(baseline, to: path, guard: writeGuard)
        }
        console.note("wrote \(path): \(outcome.currentFindings.count) findings accepted")
        var report = outcome.report
        let comparison = baseline.compare(outcome.currentFindings, file: path)
        report.findings = comparison.new
        report.baseline = comparison.outcome
        return report
    }

    static func warn(_ diagnostics: [Diagnostic], console: Console) {
        for warning in diagnostics {
            console.warning("\(warning.location): \(warning.message)")
        }
    }
}
