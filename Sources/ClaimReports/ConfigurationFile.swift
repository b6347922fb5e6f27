import ClaimModel
import ClaimRules

/// Reads `.claimcheck.json`:
///
/// ```json
/// {"format": "claimcheck-config", "version": 1,
///  "rules": {"shift-across-events": {"enabled": false}, "hedged-conflict": {"severity": "info"}},
///  "tolerances": {"troop-pledge-countries": {"about": 0.1, "slack": 1}},
///  "include": ["claims/**"], "exclude": ["claims/drafts"],
///  "articles": "corpus",
///  "suppressions": [{"claim": "source#claim", "reason": "…"}, {"fingerprint": "…", "reason": "…"}]}
/// ```
///
/// Missing keys take defaults, unknown keys warn with their line, invalid values are errors
/// with their line (exit 2). Every bad field is reported at once, a wrong format or version
/// among them, so a hand-edited file is fixed in one round; only JSON that does not parse
/// stops the read.
public enum ConfigurationFile {
    public static func read(_ path: String) throws(InputError)
        -> (configuration: Configuration, warnings: [Diagnostic]) {
        let document = try VersionedDocument.object(path, what: "configuration")
        var diagnostics = VersionedDocument.envelopeProblems(document, file: path, format: Configuration.formatName,
                                                             version: Configuration.formatVersion,
                                                             what: "configuration", formatRequired: false)
        guard var root = ObjectReader(document, file: path, context: "the configuration",
                                      diagnostics: &diagnostics) else {
            throw InputError(diagnostics)
        }
        var configuration = Configuration()
        configuration.file = path
        _ = root.string("format"); _ = root.value("version")

        if let rules = root.value("rules") {
            readRules(rules, file: path, into: &configuration, diagnostics: &diagnostics)
        }
        if let tolerances = root.value("tolerances") {
            readTolerances(tolerances, file: path, into: &configuration, diagnostics: &diagnostics)
        }
        configuration.include = readPatterns("include", &root)
        configuration.exclude = readPatterns("exclude", &root)
        configuration.articles = ArticleLocations(folder: root.string("articles"))
        for element in root.array("suppressions") {
            if let suppression = readSuppression(element, file: path, diagnostics: &diagnostics) {
                configuration.suppressions.append(suppression)
            }
        }
        diagnostics += root.finish()
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw InputError(errors.sorted()) }
        return (configuration, diagnostics.sorted())
    }

    /// Patterns over `PathPattern.maximumLength` characters are refused: they serve no real
    /// folder layout, and a committed one must not be able to make matching slow.
    static func readPatterns(_ key: String, _ root: inout ObjectReader) -> [PathPattern] {
        let texts = root.strings(key)
        let elements = (root.member(key)?.value.arrayValue ?? []).filter { $0.stringValue != nil }
        var patterns: [PathPattern] = []
        for (position, text) in texts.enumerated() {
            let count = text.unicodeScalars.count
            guard count <= PathPattern.maximumLength else {
                root.error(elements[position].line,
                           "a pattern in \"\(key)\" is \(count) characters long; patterns are limited to "
                           + "\(PathPattern.maximumLength)")
                continue
            }
            patterns.append(PathPattern(text))
        }
        return patterns
    }

    static func readRules(_ value: JSONValue, file: String, into configuration: inout Configuration,
                          diagnostics: inout [Diagnostic]) {
        guard let members = value.objectMembers else {
            diagnostics.append(Diagnostic(.error, file: file, line: value.line,
                                          "\"rules\" must be an object keyed by rule id, found "
                                          + "\(value.typeDescription)"))
            return
        }
        for member in members {
            guard RuleRegistry.rule(id: member.key) != nil else {
                let suggestion = NameSuggestion.closest(to: member.key, among: RuleRegistry.ids, maximumDistance: 3)
                diagnostics.append(Diagnostic(.error, file: file, line: member.line,
                    "unknown rule \"\(member.key)\" in \"rules\"; " + (suggestion.map { "did you mean \"\($0)\"?" }
                        ?? "see 'claimcheck rules' for the rule ids")))
                continue
            }
            guard var reader = ObjectReader(member.value, file: file, context: "the settings of rule \"\(member.key)\"",
                                            diagnostics: &diagnostics) else { continue }
            if reader.bool("enabled") == false { configuration.disabledRules.insert(member.key) }
            if let text = reader.string("severity") {
                if let severity = Severity(rawValue: text) {
                    configuration.severityOverrides[member.key] = severity
                } else {
                    reader.error(reader.member("severity")!.value.line,
                                 "\"severity\" is \"\(text)\"; use one of: "
                                 + "\(Severity.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            diagnostics += reader.finish()
        }
    }

    static func readTolerances(_ value: JSONValue, file: String, into configuration: inout Configuration,
                               diagnostics: inout [Diagnostic]) {
        guard let members = value.objectMembers else {
            diagnostics.append(Diagnostic(.error, file: file, line: value.line,
                                          "\"tolerances\" must be an object keyed by attribute id, found "
                                          + "\(value.typeDescription)"))
            return
        }
        for member in members {
            guard var reader = ObjectReader(member.value, file: file, context: "the tolerance of \"\(member.key)\"",
                                            diagnostics: &diagnostics) else { continue }
            let about = reader.number("about")
            let slack = reader.number("slack")
            if let about, !(0...1).contains(about) {
                reader.error(reader.member("about")!.value.line,
                             "\"about\" is a fraction between 0 and 1 (0.1 makes \"about 40\" mean 36 to 44), found "
                             + "\(JSONWriter.formatNumber(about))")
            }
            if let slack, slack < 0 {
                reader.error(reader.member("slack")!.value.line,
                             "\"slack\" must not be negative, found \(JSONWriter.formatNumber(slack))")
            }
            diagnostics += reader.finish()
            configuration.tolerances.append(Configuration.ToleranceOverride(attribute: member.key, about: about,
                                                                            slack: slack, line: member.line))
        }
    }

    static func readSuppression(_ value: JSONValue, file: String, diagnostics: inout [Diagnostic]) -> Suppression? {
        guard var reader = ObjectReader(value, file: file, context: "a suppression",
                                        diagnostics: &diagnostics) else { return nil }
        defer { diagnostics += reader.finish() }
        let fingerprint = reader.string("fingerprint")
        let claim = reader.string("claim")
        let reason = reader.string("reason")
        // Every problem of the entry is reported, not only the first.
        var complete = true
        if reason?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
            reader.error(value.line,
                         "a suppression needs a \"reason\": say why the finding is not a problem, for the next editor")
            complete = false
        }
        if let claim, !claim.contains("#") {
            reader.error(reader.member("claim")!.value.line,
                         "\"claim\" is \"\(claim)\"; name the claim as \"source-id#claim-id\"")
            complete = false
        }
        if let fingerprint, !Fingerprint.isWellFormed(fingerprint) {
            reader.error(reader.member("fingerprint")!.value.line,
                         "\(JSONWriter.quoted(fingerprint)) is not a fingerprint "
                         + "(16 lowercase hexadecimal digits, as reports give them)")
            complete = false
        }
        if (reader.member("fingerprint") == nil) == (reader.member("claim") == nil) {
            reader.error(value.line,
                         "a suppression names either a \"fingerprint\" (one finding) or a \"claim\" "
                         + "(\"source-id#claim-id\"), not both or neither")
            complete = false
        }
        guard complete, let reason else { return nil }
        if let fingerprint {
            return Suppression(target: .finding(fingerprint: fingerprint), reason: reason, file: file, line: value.line)
        }
        guard let claim else { return nil }
        return Suppression(target: .claim(claim), reason: reason, file: file, line: value.line)
    }
}
