import ClaimModel
import ClaimRules

/// Reads and writes the baseline file: versioned JSON, entries sorted, written atomically.
///
/// ```json
/// {"format": "claimcheck-baseline", "version": 1,
///  "findings": [{"fingerprint": "...", "rule": "...", "count": 1, "claims": [...], "message": "..."}]}
/// ```
public enum BaselineFile {
    public static func render(_ baseline: Baseline) -> String {
        JSONWriter.write(.object([
            ("format", .string(Baseline.formatName)),
            ("version", .number(Baseline.formatVersion)),
            ("findings", .array(baseline.entries.map { entry in
                .object([
                    ("fingerprint", .string(entry.fingerprint)),
                    ("rule", .string(entry.rule)),
                    ("count", .number(entry.count)),
                    ("claims", .array(entry.claims.map { .string($0) })),
                    ("message", .string(entry.message)),
                ])
            })),
        ]))
    }

    public static func write(_ baseline: Baseline, to path: String,
                             guard writeGuard: WriteGuard? = nil) throws(InputError) {
        try ReportFile.write(render(baseline), to: path, guard: writeGuard)
    }

    /// Warnings (unknown fields) come back beside the baseline; errors throw with file and line.
    public static func read(_ path: String) throws(InputError) -> (baseline: Baseline, warnings: [Diagnostic]) {
        let document = try VersionedDocument.parse(path, format: Baseline.formatName, version: Baseline.formatVersion,
                                                   what: "baseline")
        var diagnostics: [Diagnostic] = []
        guard var root = ObjectReader(document, file: path, context: "the baseline", diagnostics: &diagnostics) else {
            throw InputError(diagnostics)
        }
        _ = root.string("format"); _ = root.value("version")
        var entries: [Baseline.Entry] = []
        var seen: [String: Int] = [:]
        for element in root.array("findings", required: true) {
            guard var reader = ObjectReader(element, file: path, context: "a baseline entry",
                                            diagnostics: &diagnostics) else { continue }
            let fingerprint = reader.string("fingerprint", required: true)
            let rule = reader.string("rule", required: true)
            let count = reader.integer("count", minimum: 1) ?? 1
            let claims = reader.strings("claims")
            let message = reader.string("message") ?? ""
            diagnostics += reader.finish()
            guard let fingerprint, let rule else { continue }
            guard Fingerprint.isWellFormed(fingerprint) else {
                diagnostics.append(Diagnostic(
                    .error, file: path, line: reader.member("fingerprint")?.value.line ?? element.line,
                    "\(JSONWriter.quoted(fingerprint)) is not a fingerprint "
                        + "(16 lowercase hexadecimal digits, as reports give them)"))
                continue
            }
            if let first = seen[fingerprint] {
                diagnostics.append(Diagnostic(.error, file: path, line: element.line,
                    "fingerprint \(fingerprint) is listed twice (first at line \(first)); use \"count\" instead"))
                continue
            }
            seen[fingerprint] = element.line
            entries.append(Baseline.Entry(fingerprint: fingerprint, rule: rule, count: count, claims: claims,
                                          message: message))
        }
        diagnostics += root.finish()
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw InputError(errors.sorted()) }
        return (Baseline(entries: entries), diagnostics.sorted())
    }
}
