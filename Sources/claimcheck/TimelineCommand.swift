import CommandLineArguments
import ClaimModel
import ClaimStore
import ClaimRules
import ClaimReports

/// `claimcheck timeline ENTITY [ATTRIBUTE]`: every claim about an entity, by event and date,
/// with who said it, where, how firmly and what value; contradictions marked.
enum TimelineCommand: Command {
    static let spec = CommandSpec(
        name: "timeline",
        abstract: "Show how claims about an entity evolved, source by source.",
        discussion: """
          ENTITY is an entity id, name or alias, in any case ("merz", "Friedrich Merz"). ATTRIBUTE, \
          an attribute id or name, narrows the timeline to one attribute. Claims are read from \
          claims/ unless --claims says otherwise; the configuration applies as for check.
          """,
        arguments: [
            ArgumentSpec(name: "entity", help: "Entity id, name or alias."),
            ArgumentSpec(name: "attribute", help: "Attribute id or name (default: all).", isOptional: true),
        ],
        options: [
            OptionSpec(name: "--claims", valueName: "path", help: "Claim folders or files (default: claims/).",
                       repeatable: true),
            OptionSpec(name: "--config", valueName: "file", help: "Configuration file (default: " +
                                                                  "\(Configuration.defaultFileName) in the current " +
                                                                  "folder, if any)."),
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(ToolError) -> ExitCode {
        let setup = try CheckSetup(arguments, console: console, command: spec)
        let paths = try setup.select(arguments.values["--claims"] ?? ["claims"])
        let (claimSet, findings) = try ToolError.reportingInput { () throws(InputError) in
            let loaded = try ClaimLoader().load(paths: paths)
            CheckSetup.warn(loaded.warnings, console: console)
            let outcome = try setup.pipeline.run(loaded.claimSet)
            return (outcome.report.claimSet, outcome.currentFindings)
        }

        let entity: Entity
        switch EntityLookup.resolve(arguments.positionals[0], in: claimSet) {
        case .found(let found): entity = found
        case .ambiguous(let ids):
            throw .usage("'\(arguments.positionals[0])' names several entities: \(ids.joined(separator: ", ")); use " +
                         "an id", command: spec)
        case .notFound(let suggestion):
            throw .usage("no entity is called '\(arguments.positionals[0])'"
                         + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), command: spec)
        }
        var attribute: String?
        if arguments.positionals.count > 1 {
            let wanted = arguments.positionals[1]
            let match = claimSet.attributes.values.sorted { $0.id < $1.id }
                .first { $0.id == wanted || $0.id.lowercased() == wanted.lowercased()
                    || $0.name.lowercased() == wanted.lowercased() }
            guard let match else {
                let suggestion = NameSuggestion.closest(to: wanted, among: claimSet.attributes.keys.sorted(),
                                                        maximumDistance: 3)
                throw .usage("no attribute is called '\(wanted)'"
                             + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), command: spec)
            }
            attribute = match.id
        }
        let timelines = Timeline.build(subject: entity.id, attribute: attribute, in: claimSet, findings: findings)
        if timelines.isEmpty {
            console.note("no claims about \(entity.name)\(attribute.map { " and \($0)" } ?? "") on record")
            return .success
        }
        console.out(TimelineText(colour: console.colourForStandardOutput).render(timelines, in: claimSet))
        return .success
    }
}
