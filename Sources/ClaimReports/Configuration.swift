import ClaimModel
import ClaimRules

/// A project's settings for `check`, from `.claimcheck.json` or `--config FILE`. Every key
/// is optional and takes the default that `check` has without a configuration.
public struct Configuration: Sendable {
    public static let defaultFileName = ".claimcheck.json"
    public static let formatName = "claimcheck-config"
    public static let formatVersion = 1

    /// Where it was read from; nil for the defaults.
    public var file: String?
    public var disabledRules: Set<String> = []
    public var severityOverrides: [String: Severity] = [:]
    public var tolerances: [ToleranceOverride] = []
    /// Claim files to read (all when empty), and files to leave out.
    public var include: [PathPattern] = []
    public var exclude: [PathPattern] = []
    /// The repository folder the articles live in, for links in SARIF, GitHub and JUnit.
    public var articles: ArticleLocations = ArticleLocations()
    public var suppressions: [Suppression] = []

    public init() {}

    /// Tolerance for one attribute's quantities, replacing the catalog's where given.
    public struct ToleranceOverride: Sendable, Equatable {
        public var attribute: String
        public var about: Double?
        public var slack: Double?
        /// Where it is written, to report an attribute that does not exist.
        public var line: Int

        public init(attribute: String, about: Double? = nil, slack: Double? = nil, line: Int = 0) {
            self.attribute = attribute
            self.about = about
            self.slack = slack
            self.line = line
        }
    }

    /// The rules engine this configuration asks for.
    public var engine: RulesEngine {
        RulesEngine(rules: RuleRegistry.all.filter { !disabledRules.contains($0.description.id) },
                    severityOverrides: severityOverrides)
    }

    /// Whether a claim file is to be read.
    public func admits(_ path: String) -> Bool {
        if !include.isEmpty && !include.contains(where: { $0.matches(path) }) { return false }
        return !exclude.contains { $0.matches(path) }
    }

    /// The claim set with the configured tolerances; an attribute the catalog lacks is an
    /// error at its line, since a misspelt id would otherwise change nothing silently.
    public func applyTolerances(to claimSet: ClaimSet) throws(InputError) -> ClaimSet {
        var result = claimSet
        var diagnostics: [Diagnostic] = []
        for override in tolerances {
            guard var attribute = result.attributes[override.attribute] else {
                let known = NameSuggestion.closest(to: override.attribute, among: result.attributes.keys.sorted(),
                                                   maximumDistance: 3)
                diagnostics.append(Diagnostic(.error, file: file ?? Self.defaultFileName, line: override.line,
                    "unknown attribute \"\(override.attribute)\" in \"tolerances\""
                    + (known.map { "; did you mean \"\($0)\"?" } ?? "")))
                continue
            }
            if let about = override.about { attribute.tolerance.about = about }
            if let slack = override.slack { attribute.tolerance.slack = slack }
            result.attributes[override.attribute] = attribute
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        return result
    }
}
