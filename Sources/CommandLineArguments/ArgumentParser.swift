import ClaimModel

/// A small, table-driven argument parser in the conventions of swift-argument-parser:
/// `--name value`, `--name=value`, flags, `--` to end options, and help laid out as
/// OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS. We write it ourselves because the package
/// has no dependencies.
package struct OptionSpec: Sendable {
    package var name: String
    /// Nil for a flag; otherwise shown in help as `--name VALUE`.
    package var valueName: String?
    package var help: String
    /// Accepted values, checked while parsing so a typo is a usage error, not a surprise.
    package var allowedValues: [String]? = nil
    package var repeatable = false
    /// What the command uses when the option is not given; help says so, as
    /// swift-argument-parser's does: `(default: text)`.
    package var defaultValue: String? = nil

    package init(name: String, valueName: String?, help: String, allowedValues: [String]? = nil,
                 repeatable: Bool = false, defaultValue: String? = nil) {
        self.name = name; self.valueName = valueName; self.help = help
        self.allowedValues = allowedValues; self.repeatable = repeatable; self.defaultValue = defaultValue
    }
}

package struct ArgumentSpec: Sendable {
    package var name: String
    package var help: String
    package var isVariadic = false
    package var isOptional = false

    package init(name: String, help: String, isVariadic: Bool = false, isOptional: Bool = false) {
        self.name = name; self.help = help; self.isVariadic = isVariadic; self.isOptional = isOptional
    }
}

package struct CommandSpec: Sendable {
    package var name: String
    package var abstract: String
    package var discussion: String? = nil
    package var arguments: [ArgumentSpec] = []
    package var options: [OptionSpec] = []

    package static let helpOption = OptionSpec(name: "--help", valueName: nil, help: "Show help for this command.")

    package var allOptions: [OptionSpec] { options + [Self.helpOption] }

    package init(name: String, abstract: String, discussion: String? = nil, arguments: [ArgumentSpec] = [],
                 options: [OptionSpec] = []) {
        self.name = name; self.abstract = abstract; self.discussion = discussion
        self.arguments = arguments; self.options = options
    }
}

package struct ParsedArguments: Sendable, Equatable {
    package var positionals: [String] = []
    package var values: [String: [String]] = [:]
    package var flags: Set<String> = []

    package func value(_ name: String) -> String? { values[name]?.last }
    package func has(_ flag: String) -> Bool { flags.contains(flag) }

    package init(positionals: [String] = [], values: [String: [String]] = [:], flags: Set<String> = []) {
        self.positionals = positionals; self.values = values; self.flags = flags
    }
}

package struct UsageError: Error, Sendable, Equatable {
    package var message: String

    package init(message: String) { self.message = message }
}

package enum ArgumentParser {
    package static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            if argument == "-h" { parsed.flags.insert("--help"); continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = spec.allOptions.first(where: { $0.name == name }) else {
                var message = "unknown option '\(name)'"
                if let suggestion = closest(to: name, among: spec.allOptions.map(\.name)) {
                    message += "; did you mean '\(suggestion)'?"
                }
                throw UsageError(message: message)
            }
            guard let valueName = option.valueName else {
                if inlineValue != nil { throw UsageError(message: "option '\(name)' takes no value") }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { throw UsageError(message: "option '\(name)' needs a value " +
                                                                               "(\(valueName))") }
                value = arguments[index]
                index += 1
            }
            if let allowed = option.allowedValues, !allowed.contains(value) {
                throw UsageError(message: "'\(value)' is not a valid value for '\(name)'; use one of: " +
                                          "\(allowed.joined(separator: ", "))")
            }
            if !option.repeatable, parsed.values[name] != nil {
                throw UsageError(message: "option '\(name)' is given more than once")
            }
            parsed.values[name, default: []].append(value)
        }
        if parsed.has("--help") { return parsed }
        let required = spec.arguments.filter { !$0.isOptional }.count
        if parsed.positionals.count < required {
            let missing = spec.arguments[parsed.positionals.count]
            throw UsageError(message: "missing argument \(missing.name)")
        }
        if !spec.arguments.contains(where: \.isVariadic), parsed.positionals.count > spec.arguments.count {
            throw UsageError(message: "unexpected argument '\(parsed.positionals[spec.arguments.count])'")
        }
        return parsed
    }

    /// The option a typo most likely meant, if it is close enough to be a typo.
    package static func closest(to name: String, among candidates: [String]) -> String? {
        NameSuggestion.closest(to: name, among: candidates)
    }
}

/// Help text in swift-argument-parser's layout.
package enum HelpText {
    package static func render(_ spec: CommandSpec, toolName: String = "claimcheck", subcommands: [CommandSpec] = [])
        -> String {
        var text = "OVERVIEW: \(spec.abstract)\n"
        if let discussion = spec.discussion { text += "\n" + discussion + "\n" }
        text += "\nUSAGE: \(usage(spec, toolName: toolName, hasSubcommands: !subcommands.isEmpty))\n"
        if !spec.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for argument in spec.arguments {
                text += row("<\(argument.name)>\(argument.isVariadic ? " ..." : "")", argument.help)
            }
        }
        text += "\nOPTIONS:\n"
        for option in spec.allOptions {
            let name = option.valueName.map { "\(option.name) <\($0)>" } ?? option.name
            var help = option.help
            if let allowed = option.allowedValues { help += " (\(allowed.joined(separator: "|")))" }
            if let defaultValue = option.defaultValue { help += " (default: \(defaultValue))" }
            text += row(name, help)
        }
        if !subcommands.isEmpty {
            text += "\nSUBCOMMANDS:\n"
            for command in subcommands { text += row(command.name, command.abstract) }
            text += "\n  See '\(toolName) help <subcommand>' or '\(toolName) <subcommand> --help' for detailed help.\n"
        }
        return text
    }

    package static func usage(_ spec: CommandSpec, toolName: String, hasSubcommands: Bool = false) -> String {
        var parts = [spec.name == toolName ? toolName : "\(toolName) \(spec.name)"]
        if hasSubcommands { parts.append("<subcommand>") }
        for argument in spec.arguments {
            var text = "<\(argument.name)>"
            if argument.isVariadic { text += " ..." }
            if argument.isOptional { text = "[\(text)]" }
            parts.append(text)
        }
        if !spec.options.isEmpty { parts.append("[<options>]") }
        return parts.joined(separator: " ")
    }

    private static func row(_ name: String, _ help: String) -> String {
        let indent = "  " + name
        if indent.count < 26 { return TerminalPad.pad(indent, 26) + help + "\n" }
        return indent + "\n" + String(repeating: " ", count: 26) + help + "\n"
    }
}

package enum TerminalPad {
    package static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
