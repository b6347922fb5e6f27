import CommandLineArguments
import ClaimModel

/// `claimcheck vocabulary`: the built-in attributes every claims folder has without defining
/// them, so a curator can see which ids to use and what extraction reads.
enum VocabularyCommand: Command {
    static let spec = CommandSpec(
        name: "vocabulary",
        abstract: "List the built-in attributes (ids, kinds, units, how values evolve).",
        discussion: """
          Every claims folder has these attributes; a folder's own attributes.json wins for any id it \
          defines. With --cues, also the phrases extraction reads each attribute by.
          """,
        options: [OptionSpec(name: "--cues", valueName: nil, help: "Also list each attribute's cues.")])

    static func run(_ arguments: ParsedArguments, console: Console) throws(ToolError) -> ExitCode {
        console.out(text(BuiltInVocabulary.attributes, cues: arguments.has("--cues")))
        return .success
    }

    static func text(_ attributes: [Attribute], cues: Bool) -> String {
        var out = "Built-in vocabulary: \(attributes.count) attributes (a claims folder's attributes.json overrides " +
                  "an id)\n\n"
        for attribute in attributes {
            var line = "\(attribute.id)  \(attribute.kind.rawValue)"
            if !attribute.units.isEmpty { line += " in \(attribute.units.joined(separator: ", "))" }
            if !attribute.values.isEmpty { line += ": \(attribute.values.map(\.id).joined(separator: ", "))" }
            line += "; \(attribute.evolution.rawValue)"
            out += line + "\n    " + (attribute.description ?? attribute.name) + "\n"
            if cues && !attribute.cues.isEmpty { out += "    cues: " + attribute.cues.joined(separator: " | ") + "\n" }
        }
        return out
    }
}
