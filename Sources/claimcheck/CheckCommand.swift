import CommandLineArguments
import ClaimModel
import ClaimCheck
import ClaimStore
import ClaimRules
import ClaimReports

/// `claimcheck check [PATH ...]`: load claims, run the rules, report, and exit 0, 1 or 2.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Check claims for contradictions and report the findings.",
        discussion: """
          Loads every claim file under the given paths (default: claims/), compares claims that share \
          a subject, attribute, event and unit, and reports what cannot all be true. Exits 0 when \
          nothing fails, 1 when findings fail (errors; warnings too with --strict), 2 on bad input.
          """,
        arguments: [ArgumentSpec(name: "path", help: "Claim folders or files (default: claims/); articles (.txt .md " +
                                                     ".html) are extracted and checked against them.", isVariadic: true,
                                 isOptional: true)],
        options: [
            OptionSpec(name: "--format", valueName: "format", help: "Report format.",
                       allowedValues: ReporterRegistry.identifiers,
                       defaultValue: TextReporter.identifier),
            OptionSpec(name: "--output", valueName: "file", help: "Write the report to this file (atomically) " +
                                                                  "instead of standard output."),
            OptionSpec(name: "--strict", valueName: nil, help: "Warnings fail the check too."),
            OptionSpec(name: "--baseline", valueName: "file", help: "Report and fail only on findings not accepted " +
                                                                    "in this baseline."),
            OptionSpec(name: "--write-baseline", valueName: "file",
                       help: "Record the current findings as accepted in this file (atomically), then exit 0."),
            OptionSpec(name: "--config", valueName: "file", help: "Configuration file (default: " +
                                                                  "\(Configuration.defaultFileName) in the current " +
                                                                  "folder, if any)."),
            OptionSpec(name: "--max-bytes", valueName: "bytes",
                       help: "With --format markdown: keep the report under this many bytes (0: no limit), "
                           + "errors first; a last line says what was left out.",
                       defaultValue: String(MarkdownReporter.defaultMaxBytes)),
            OptionSpec(name: "--all-timelines", valueName: nil,
                       help: "With --format html: draw every timeline, also those whose claims all agree."),
            OptionSpec(name: "--cache", valueName: nil, help: "Keep an index of the claims in .claimcheck-cache/ for " +
                                                              "checking drafts against them quickly."),
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(ToolError) -> ExitCode {
        let setup = try CheckSetup(arguments, console: console, command: spec)
        let paths = try setup.select(arguments.positionals.isEmpty ? ["claims"] : arguments.positionals)
        let format = arguments.value("--format") ?? TextReporter.identifier
        let output = arguments.value("--output")

        // Articles among the paths (a draft) are extracted and checked against the rest. The
        // index (`ClaimIndex`) answers only such desk checks, so it is opt-in: a check without a
        // draft never answers from it, and writing it costs a few seconds at 1M claims.
        let cache = arguments.has("--cache") ? ClaimLoader.Options.defaultCacheFolder : nil
        let desk = try ToolError.reportingInput { () throws(InputError) in
            try DeskCheck.load(paths, notices: console.notices, loaderOptions: ClaimLoader.Options(cacheFolder: cache))
        }
        let loaded = desk.result
        var pipeline = setup.pipeline
        pipeline.draftSources = desk.draftSources
        pipeline.configuration.articles.asGiven = desk.draftPaths
        if desk.draftSources != nil && setup.writeBaseline != nil {
            // A desk check sees only the draft's part of the record: its baseline would forget the rest.
            throw .usage("--write-baseline records the whole record's findings: run it without a draft", command: spec)
        }
        CheckSetup.warn(loaded.warnings, console: console)

        // Neither the report nor a new baseline may land where the next check would read it.
        // Built only when something is written: it stats every file read (10,000 at 1M claims).
        let targets = [output, setup.writeBaseline].compactMap { $0 }
        let writeGuard = targets.isEmpty ? WriteGuard()
            : WriteGuard(paths: paths, files: loaded.files, articles: desk.articleFiles, identities: loaded.identities)
        for target in targets {
            try ToolError.reportingInput { () throws(InputError) in
                try OutputPlacement.check(output: target, guard: writeGuard)
            }
        }

        let outcome = try ToolError.reportingInput { () throws(InputError) in try pipeline.run(loaded.claimSet) }
        if outcome.notShown > 0 {
            let one = outcome.notShown == 1
            console.note("\(outcome.notShown) finding\(one ? "" : "s") already on record among the claims compared " +
                         "with the draft not shown (check without the draft to see \(one ? "it" : "them"))")
        }
        var report = try setup.recordBaseline(outcome, guard: writeGuard)
        report.quotes = EvidenceQuotes(for: report, reading: ArticleWords.read)
        var options = try reporterOptions(arguments, format: format)
        options.colour = output == nil && console.colourForStandardOutput
        options.readme = PublishedReadme.url(in: console.environment)
        guard let reporter = ReporterRegistry.reporter(for: format, options: options) else {
            throw .usage("unknown format '\(format)'", command: spec)
        }
        if let output {
            let bytes = reporter.generateReportBytes(report)
            try ToolError.reportingInput { () throws(InputError) in
                try ReportFile.write(bytes: bytes, to: output, guard: writeGuard)
            }
            let summary = report.summary
            console.note("wrote \(output): \(summary.sentence)")
        } else {
            console.out(bytes: reporter.generateReportBytes(report))
        }
        desk.pendingIndex?.write()
        let code: ExitCode = report.fails ? .findings : .success
        HeldUntilExit.hold(desk, outcome, report)
        return code
    }

    /// `--max-bytes` and `--all-timelines`, each refused with a format it does not shape.
    static func reporterOptions(_ arguments: ParsedArguments, format: String) throws(ToolError) -> ReporterOptions {
        var options = ReporterOptions(allTimelines: arguments.has("--all-timelines"))
        if options.allTimelines && format != HTMLReporter.identifier {
            throw .usage("--all-timelines shapes the HTML report only: add --format html", command: spec)
        }
        if let text = arguments.value("--max-bytes") {
            guard format == MarkdownReporter.identifier else {
                throw .usage("--max-bytes limits the Markdown report only: add --format markdown", command: spec)
            }
            guard let bytes = Int(text), bytes >= 0 else {
                throw .usage("--max-bytes takes a number of bytes (0 for no limit), not '\(text)'", command: spec)
            }
            options.maxBytes = bytes == 0 ? nil : bytes
        } else if format == MarkdownReporter.identifier {
            options.maxBytes = MarkdownReporter.defaultMaxBytes
        }
        let paths = arguments.positionals.isEmpty ? "" : " " + arguments.positionals.joined(separator: " ")
        options.fullReport = MarkdownText.code("claimcheck check\(paths) --format html --output report.html")
        return options
    }
}
