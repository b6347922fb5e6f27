import ClaimModel
import ClaimStore
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

    /// The paths to load. With `include` or `exclude` configured, folders are expanded here
    /// so that each file can be admitted or left out; otherwise they pass through unchanged.
    func select(_ paths: [String]) throws(ToolError) -> [String] {
        guard !configuration.include.isEmpty || !configuration.exclude.isEmpty else { return paths }
        var selected: [String] = []
        try ToolError.reportingInput { () throws(InputError) in
            for path in paths {
                // Folders give their claim files only, as the loader would read them; a file
                // named on the command line (a draft article too) passes as it is.
                let files = try InputFiles.collect(path, extensions: ["json"])
                // Registries are the catalog every claim refers to: never filtered out.
                selected += files.filter {
                    ClaimLoader.registryFileNames.contains($0.split(separator: "/").last.map(String.init) ?? $0)
                        || configuration.admits($0)
                }
            }
        }
        if selected.isEmpty {
            throw .input(InputError(file: configuration.file ?? Configuration.defaultFileName,
                                    "\"include\" and \"exclude\" leave no file to check under " +
                                    "\(paths.joined(separator: ", "))"))
        }
        return selected
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
