import ClaimModel
import ClaimRules

/// Reads a JSON report (`check --format json`) back, for `diff`. Fields the reader does not
/// need are passed over without warning: reports from newer versions add fields, and a diff
/// must still read them. What it does need is checked, with file and line.
public enum ReportReader {
    public static func read(_ path: String) throws(InputError) -> [ReportedFinding] {
        let document = try VersionedDocument.parse(path, format: JSONReporter.formatName, version: JSONReporter.formatVersion,
                                                   what: "JSON report")
        var diagnostics: [Diagnostic] = []
        guard let findings = document["findings"] else {
            throw InputError(file: path, line: document.line, "missing \"findings\"; is this the output of 'claimcheck check --format json'?")
        }
        guard let elements = findings.arrayValue else {
            throw InputError(file: path, line: findings.line, "\"findings\" must be an array, found \(findings.typeDescription)")
        }
        var result: [ReportedFinding] = []
        for element in elements {
            guard var reader = ObjectReader(element, file: path, context: "a finding", diagnostics: &diagnostics) else { continue }
            let rule = reader.string("rule", required: true)
            let severityText = reader.string("severity", required: true)
            let fingerprint = reader.string("fingerprint", required: true)
            let message = reader.string("message") ?? ""
            var claims: [ReportedClaim] = []
            for claimValue in reader.array("claims") {
                guard var claim = ObjectReader(claimValue, file: path, context: "a claim of a finding", diagnostics: &diagnostics) else { continue }
                var file = "", line = 0
                if let evidence = claim.value("evidence"), var evidenceReader = ObjectReader(evidence, file: path, context: "evidence", diagnostics: &diagnostics) {
                    file = evidenceReader.string("file") ?? ""
                    line = evidenceReader.integer("line") ?? 0
                    diagnostics += evidenceReader.diagnostics
                }
                claims.append(ReportedClaim(
                    id: claim.string("id", required: true) ?? "", source: claim.string("source", required: true) ?? "",
                    speaker: claim.string("speaker") ?? "", value: claim.value("value").map { JSONWriter.write($0, pretty: false) } ?? "null",
                    modality: claim.string("modality") ?? "", file: file, line: line))
                diagnostics += claim.diagnostics
            }
            diagnostics += reader.diagnostics
            var severity: Severity?
            if let severityText {
                severity = Severity(rawValue: severityText)
                if severity == nil {
                    diagnostics.append(Diagnostic(.error, file: path, line: reader.member("severity")?.value.line ?? element.line,
                        "\"severity\" is \"\(severityText)\"; use one of: \(Severity.allCases.map(\.rawValue).joined(separator: ", "))"))
                }
            }
            guard let rule, let severity, let fingerprint else { continue }
            result.append(ReportedFinding(rule: rule, severity: severity, fingerprint: fingerprint, message: message, claims: claims, json: element))
        }
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw InputError(errors.sorted()) }
        return result
    }
}
