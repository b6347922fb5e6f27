import CommandLineArguments
import ClaimExtraction
import ClaimModel
import ClaimCheck
import ClaimReports
import Foundation

/// `claimcheck extract ARTICLE ... [--out DIR]`: articles in, claim files out.
enum ExtractCommand: Command {
    static let spec = CommandSpec(
        name: "extract",
        abstract: "Extract claims from articles (.txt, .md, .html) into claim files.",
        discussion: """
          Reads each article's metadata (front matter, meta tags, or a dateline and outlet line at the \
          top), finds who said what about which event, and writes one claims file per article with \
          the evidence line and span of every claim. Entities and events the registry lacks are \
          written beside them as extracted-entities.json and extracted-events.json, so \
          'claimcheck check claims DIR' accepts the output. Without --out, the claims print as JSON \
          (one claims document; an array of them for several articles).
          """,
        arguments: [ArgumentSpec(name: "article", help: "Article files, or folders of them.", isVariadic: true)],
        options: [
            OptionSpec(name: "--out", valueName: "dir", help: "Write claim files into this folder (created if " +
                                                              "missing), all at once."),
            OptionSpec(name: "--force", valueName: nil, help: "Replace claim files already in the --out folder " +
                                                              "(without it, extract names them and writes nothing)."),
            OptionSpec(name: "--published", valueName: "date", help: "Publication date (YYYY-MM-DD) for articles " +
                                                                     "that carry none or a wrong one."),
            OptionSpec(name: "--outlet", valueName: "name", help: "Outlet name for the articles."),
            OptionSpec(name: "--claims", valueName: "dir", help: "Registry folder to resolve names and events " +
                                                                 "against (default: claims)."),
            OptionSpec(name: "--explain", valueName: nil,
                       help: "Show on stderr, per sentence, what was read and why it was kept or dropped."),
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(ToolError) -> ExitCode {
        var overrides = ArticleMetadata(outlet: arguments.value("--outlet"))
        if let date = arguments.value("--published") {
            guard let day = Day(iso: date) else { throw .usage("'\(date)' is not a date in the form YYYY-MM-DD",
                                                               command: spec) }
            overrides.published = day
        }
        let output = arguments.value("--out")
        let paths = try articlePaths(arguments.positionals)
        let loaded = try RegistryFolder.load(claims: arguments.value("--claims") ?? "claims", addendumIn: output)
        var batch = ArticleBatch(registry: ExtractionRegistry(loaded.claimSet))
        batch.extractor.explains = arguments.has("--explain")
        batch.run(paths, defaults: overrides, notices: console.notices)
        explain(batch, paths: paths, console: console, verbose: arguments.has("--explain"))

        if let output {
            try ExtractOutput.write(batch, addendum: loaded, to: output, force: arguments.has("--force"),
                                    console: console)
        } else {
            let documents = batch.articles.map(ClaimFileEncoder.claimsDocument)
            if documents.count == 1 { console.out(JSONWriter.write(documents[0])) } else if !documents.isEmpty {
                console.out(JSONWriter.write(.array(documents))) }
            let created = batch.extractor.registry.newEntities.count + batch.extractor.registry.newEvents.count
            if created > 0 {
                console.note("note: the claims use \(created) entities or events the registry lacks; use --out DIR " +
                             "to write them as a registry addendum")
            }
        }
        for proposal in batch.extractor.registry.aliasProposals {
            console.note("note: '\(proposal.alias)' read as \(proposal.entityID); add it to that entity's aliases to " +
                         "confirm")
        }
        console.note("extracted \(batch.summary)")
        return batch.failures.isEmpty ? .success : .badInput
    }

    /// Nothing silent: a figure the tool could not place is a note with its file and line; with
    /// --explain, every sentence's reading follows.
    static func explain(_ batch: ArticleBatch, paths: [String], console: Console, verbose: Bool) {
        // The first path naming each file: looking every article's path up in the whole list was
        // quadratic, a tenth of extracting 5,000 files.
        var pathOf: [String: String] = [:]
        for path in paths {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if pathOf[name] == nil { pathOf[name] = path }
        }
        for article in batch.articles {
            let path = article.source.file.flatMap { pathOf[$0] } ?? article.source.file ?? "?"
            var lines = Set<Int>()
            for figure in article.unplaced where !figure.isExcluded && lines.insert(figure.line).inserted {
                let reasons = article.unplaced.filter { $0.line == figure.line && !$0.isExcluded }
                    .map { "\"\($0.text)\": \($0.reason)" }.joined(separator: "; ")
                console.note("note: \(path):\(figure.line): a figure was not placed: \(reasons)")
            }
            guard verbose else { continue }
            console.writeError("explain: \(path)\n" + article.explanation.map { "  " + $0 + "\n" }.joined())
        }
    }

    /// Article files among `paths`; folders are searched for .txt, .md and .html files.
    static func articlePaths(_ paths: [String]) throws(ToolError) -> [String] {
        var files: [String] = []
        for path in paths {
            files += try ToolError.reportingInput { () throws(InputError) in
                try InputFiles.collect(path, extensions: ArticleLoader.extensions)
            }
        }
        return files
    }
}
