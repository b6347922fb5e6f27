import ClaimModel

/// Reads `expected.json`:
///
/// ```json
/// {"format": "claimcheck-expectations", "version": 1,
///  "expectations": [{"kind": "contradiction", "rule": "count-mismatch", "subject": "...",
///                    "attribute": "...", "event": "...", "articles": ["..."], "why": "..."}]}
/// ```
///
/// Errors name the file and line, like every other file the tool reads.
public enum ExpectedFindingsFile {
    public static let formatName = "claimcheck-expectations"
    public static let formatVersion = 1

    public static func read(_ path: String) throws(InputError) -> [ExpectedFinding] {
        let document = try JSONFile.object(path, what: "expectations")
        return try decode(document, file: path)
    }

    public static func decode(_ document: JSONValue, file path: String) throws(InputError) -> [ExpectedFinding] {
        var diagnostics: [Diagnostic] = []
        guard var root = ObjectReader(document, file: path, context: "an expectations file",
                                      diagnostics: &diagnostics) else {
            throw InputError(diagnostics)
        }
        if root.string("format", required: true).map({ $0 != formatName }) ?? false {
            root.error(root.member("format")!.value.line, "\"format\" must be \"\(formatName)\"")
        }
        if let version = root.value("version", required: true),
           let problem = FormatVersion.problem(version, of: formatName, supported: formatVersion) {
            root.error(version.line, problem)
        }
        var expectations: [ExpectedFinding] = []
        for element in root.array("expectations", required: true) {
            if let expectation = decodeOne(element, file: path, into: &diagnostics) { expectations.append(expectation) }
        }
        diagnostics += root.finish()
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw InputError(errors.sorted()) }
        return expectations
    }

    private static func decodeOne(_ element: JSONValue, file path: String,
                                  into diagnostics: inout [Diagnostic]) -> ExpectedFinding? {
        guard var reader = ObjectReader(element, file: path, context: "an expected finding",
                                        diagnostics: &diagnostics) else {
            return nil
        }
        defer { diagnostics += reader.finish() }
        let kindText = reader.string("kind", required: true)
        let kind = kindText.flatMap(ExpectedFinding.Kind.init(rawValue:))
        if let kindText, kind == nil {
            let known = ExpectedFinding.Kind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            reader.error(reader.member("kind")!.value.line, "unknown kind \"\(kindText)\"; expected one of \(known)")
        }
        let rule = reader.string("rule")
        let subject = reader.string("subject", required: true)
        let attribute = reader.string("attribute", required: true)
        let event = reader.string("event")
        let articles = reader.strings("articles")
        let why = reader.string("why") ?? ""
        guard let kind, let subject, let attribute else { return nil }
        return ExpectedFinding(kind: kind, rule: rule, subject: subject, attribute: attribute, event: event,
                           articles: articles, why: why, line: element.line)
    }
}
