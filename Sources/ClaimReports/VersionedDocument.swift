import ClaimModel

/// The files claimcheck writes for itself (baseline, configuration, JSON report) share one
/// envelope: `{"format": "claimcheck-…", "version": N, …}`. Reading one checks the envelope
/// before anything else, so a file of the wrong kind or from a newer claimcheck is rejected
/// at the line that says so, not with a puzzling error further down.
public enum VersionedDocument {
    /// `formatRequired`: files people write by hand (the configuration) may leave it out.
    public static func parse(_ path: String, format: String, version: Int, what: String,
                             formatRequired: Bool = true) throws(InputError) -> JSONValue {
        try parse(path, format: format, versions: version...version, what: what, formatRequired: formatRequired)
    }

    /// The same for a format read in several versions; the document's `"version"` says which.
    public static func parse(_ path: String, format: String, versions: ClosedRange<Int>, what: String,
                             formatRequired: Bool = true) throws(InputError) -> JSONValue {
        let document = try object(path, what: what)
        let problems = envelopeProblems(document, file: path, format: format, versions: versions, what: what,
                                        formatRequired: formatRequired)
        if !problems.isEmpty { throw InputError(problems) }
        return document
    }

    /// The file parsed as JSON holding an object; anything else stops the read.
    public static func object(_ path: String, what: String) throws(InputError) -> JSONValue {
        try JSONFile.object(path, what: what)
    }

    /// What is wrong with `"format"` and `"version"`, each with its line. The configuration
    /// reports these beside its other bad fields rather than stopping at them.
    public static func envelopeProblems(_ document: JSONValue, file path: String, format: String, version: Int,
                                        what: String, formatRequired: Bool) -> [Diagnostic] {
        envelopeProblems(document, file: path, format: format, versions: version...version, what: what,
                         formatRequired: formatRequired)
    }

    static func envelopeProblems(_ document: JSONValue, file path: String, format: String, versions: ClosedRange<Int>,
                                 what: String, formatRequired: Bool) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let found = document["format"] {
            if let problem = formatProblem(found, format: format, what: what) {
                problems.append(Diagnostic(.error, file: path, line: found.line, problem))
            }
        } else if formatRequired {
            problems.append(Diagnostic(.error, file: path, line: document.line,
                                       "missing \"format\": \"\(format)\"; is this a \(what) file?"))
        }
        if let found = document["version"] {
            if let problem = FormatVersion.problem(found, of: format, supported: versions) {
                problems.append(Diagnostic(.error, file: path, line: found.line, problem))
            }
        } else if formatRequired {
            problems.append(Diagnostic(.error, file: path, line: document.line,
                                       "missing \"version\": \(versions.upperBound)"))
        }
        return problems
    }

    // A function with a plain switch, like FormatVersion.problem: written inline with
    // Optional.map, this check crashes the Swift 6.3 optimiser in release builds.
    private static func formatProblem(_ found: JSONValue, format: String, what: String) -> String? {
        let text: String
        switch found.kind {
        case .string(let string):
            if string == format { return nil }
            text = "\"\(string)\""
        default:
            text = found.typeDescription
        }
        return "\"format\" is \(text); a \(what) file has \"format\": \"\(format)\""
    }
}
