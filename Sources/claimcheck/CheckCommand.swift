import ClaimModel
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
        arguments: [ArgumentSpec(name: "path", help: "Claim folders or files (default: claims/); articles (.txt .md .html) are extracted and checked against them.", isVariadic: true, isOptional: true)],
        options: [
            OptionSpec(name: "--format", valueName: "format", help: "Report format.", allowedValues: ReporterRegistry.identifiers),
            OptionSpec(name: "--output", valueName: "file", help: "Write the report to this file (atomically) instead of standard output."),
            OptionSpec(name: "--strict", valueName: nil, help: "Warnings fail the check too."),
            OptionSpec(name: "--baseline", valueName: "file", help: "Report and fail only on findings not accepted in this baseline."),
            OptionSpec(name: "--write-baseline", valueName: "file", help: "Record the current findings as accepted in this file (atomically), then exit 0."),
            OptionSpec(name: "--config", valueName: "file", help: "Configuration file (default: \(Configuration.defaultFileName) in the current folder, if any)."),
            OptionSpec(name: "--cache", valueName: nil, help: "Keep an index of the claims in .claimcheck-cache/ for checking drafts against them quickly."),
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
        let desk = try DeskCheck.load(paths, console: console, loaderOptions: ClaimLoader.Options(cacheFolder: cache))
        let loaded = desk.result
        var pipeline = setup.pipeline
        pipeline.draftSources = desk.draftSources
        if desk.draftSources != nil && setup.writeBaseline != nil {
            // A desk check sees only the draft's part of the record: its baseline would forget the rest.
            throw .usage("--write-baseline records the whole record's findings: run it without a draft", command: spec)
        }
        CheckSetup.warn(loaded.warnings, console: console)

        // Neither the report nor a new baseline may land where the next check would read it.
        // Built only when something is written: it stats every file read (10,000 at 1M claims).
        let targets = [output, setup.writeBaseline].compactMap { $0 }
        let writeGuard = targets.isEmpty ? WriteGuard() : WriteGuard(paths: paths, files: loaded.files)
        for target in targets {
            do throws(InputError) { try OutputPlacement.check(output: target, guard: writeGuard) } catch { throw .input(error) }
        }

        let outcome: CheckPipeline.Outcome
        do throws(InputError) { outcome = try pipeline.run(loaded.claimSet) } catch { throw .input(error) }
        if outcome.notShown > 0 {
            let one = outcome.notShown == 1
            console.note("\(outcome.notShown) finding\(one ? "" : "s") already on record among the claims compared with the draft not shown (check without the draft to see \(one ? "it" : "them"))")
        }
        let report = try setup.recordBaseline(outcome, guard: writeGuard)
        let colour = output == nil && console.colourForStandardOutput
        guard let reporter = ReporterRegistry.reporter(for: format, colour: colour) else {
            throw .usage("unknown format '\(format)'", command: spec)
        }
        let text = reporter.generateReport(report)
        if let output {
            do throws(InputError) { try ReportFile.write(text, to: output, guard: writeGuard) } catch { throw .input(error) }
            let summary = report.summary
            console.note("wrote \(output): \(summary.sentence)")
        } else {
            console.out(text)
        }
        desk.pendingIndex?.write()
        return report.fails ? .findings : .success
    }
}
