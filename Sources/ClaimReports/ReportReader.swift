import ClaimModel
import ClaimRules

/// Reads a JSON report (`check --format json`) back, for `diff`, in either version: version 1
/// copies each claim into every finding that names it; version 2 lists each claim once in a
/// top-level `claims` object keyed by stable id, and a finding names its claims by id (see
/// `JSONReporter`). Either way a finding comes back with its claims, and its JSON has them
/// written out in full (as version 1 did), so a diff reads the same whichever version it got.
/// Fields the reader does not need are passed over without warning: reports from newer
/// versions add fields, and a diff must still read them. What it does need is checked, with
/// file and line.
public enum ReportReader {
    public static func read(_ path: String) throws(InputError) -> [ReportedFinding] {
        let document = try VersionedDocument.parse(path, format: JSONReporter.formatName,
                                                   versions: JSONReporter.readableVersions, what: "JSON report")
        var diagnostics: [Diagnostic] = []
        guard let findings = document["findings"] else {
            throw InputError(file: path, line: document.line,
                             "missing \"findings\"; is this the output of 'claimcheck check --format json'?")
        }
        guard let elements = findings.arrayValue else {
            throw InputError(file: path, line: findings.line,
                             "\"findings\" must be an array, found \(findings.typeDescription)")
        }
        let table = document["version"]?.numberValue == 1
            ? nil : claimTable(document, path: path, diagnostics: &diagnostics)
        var result: [ReportedFinding] = []
        for element in elements {
            if let finding = finding(element, table: table, path: path, diagnostics: &diagnostics) {
                result.append(finding)
            }
        }
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw InputError(errors.sorted()) }
        return result
    }

    /// A claim as a report describes it, with the JSON it was read from.
    typealias ClaimEntry = (claim: ReportedClaim, json: JSONValue)

    /// Version 2's `claims` object: each claim once, by stable id.
    static func claimTable(_ document: JSONValue, path: String,
                           diagnostics: inout [Diagnostic]) -> [String: ClaimEntry] {
        guard let claims = document["claims"] else {
            diagnostics.append(Diagnostic(.error, file: path, line: document.line,
                                          "missing \"claims\"; a version 2 report lists its claims there"))
            return [:]
        }
        guard let members = claims.objectMembers else {
            diagnostics.append(Diagnostic(.error, file: path, line: claims.line,
                                          "\"claims\" must be an object, found \(claims.typeDescription)"))
            return [:]
        }
        var table: [String: ClaimEntry] = [:]
        for member in members {
            guard let claim = reportedClaim(member.value, path: path, diagnostics: &diagnostics) else { continue }
            if claim.stableID != member.key {
                diagnostics.append(Diagnostic(.error, file: path, line: member.line,
                    "claim \"\(member.key)\" describes \"\(claim.stableID)\"; "
                        + "the key must be the claim's source and id"))
            }
            table[member.key] = (claim, member.value)
        }
        return table
    }

    /// One finding; its claims are objects (version 1) or ids in `table` (version 2).
    static func finding(_ element: JSONValue, table: [String: ClaimEntry]?, path: String,
                        diagnostics: inout [Diagnostic]) -> ReportedFinding? {
        guard var reader = ObjectReader(element, file: path, context: "a finding", diagnostics: &diagnostics) else {
            return nil
        }
        let rule = reader.string("rule", required: true)
        let severityText = reader.string("severity", required: true)
        let fingerprint = reader.string("fingerprint", required: true)
        let message = reader.string("message") ?? ""
        var claims: [ClaimEntry] = []
        for claimValue in reader.array("claims") {
            guard let table else {
                if let claim = reportedClaim(claimValue, path: path, diagnostics: &diagnostics) {
                    claims.append((claim, claimValue))
                }
                continue
            }
            guard let id = claimValue.stringValue else {
                diagnostics.append(Diagnostic(.error, file: path, line: claimValue.line,
                    "a finding's claim must be a claim id (a string), found \(claimValue.typeDescription)"))
                continue
            }
            guard let entry = table[id] else {
                diagnostics.append(Diagnostic(.error, file: path, line: claimValue.line,
                                              "claim \"\(id)\" is not in \"claims\""))
                continue
            }
            claims.append(entry)
        }
        diagnostics += reader.diagnostics
        var severity: Severity?
        if let severityText {
            severity = Severity(rawValue: severityText)
            if severity == nil {
                let allowed = Severity.allCases.map(\.rawValue).joined(separator: ", ")
                diagnostics.append(Diagnostic(.error, file: path,
                                              line: reader.member("severity")?.value.line ?? element.line,
                                              "\"severity\" is \"\(severityText)\"; use one of: \(allowed)"))
            }
        }
        guard let rule, let severity, let fingerprint else { return nil }
        var json = element
        if table != nil, let members = element.objectMembers {
            // The claims written out, as version 1 has them, for the diff's own output.
            json = JSONValue(.object(members.map { member in
                member.key == "claims"
                    ? JSONMember(key: "claims", value: .array(claims.map(\.json)), line: member.line) : member
            }), line: element.line)
        }
        return ReportedFinding(rule: rule, severity: severity, fingerprint: fingerprint, message: message,
                               claims: claims.map(\.claim), json: json)
    }

    static func reportedClaim(_ value: JSONValue, path: String, diagnostics: inout [Diagnostic]) -> ReportedClaim? {
        guard var claim = ObjectReader(value, file: path, context: "a claim of a finding",
                                       diagnostics: &diagnostics) else { return nil }
        var file = "", line = 0
        if let evidence = claim.value("evidence"),
           var evidenceReader = ObjectReader(evidence, file: path, context: "evidence", diagnostics: &diagnostics) {
            file = evidenceReader.string("file") ?? ""
            line = evidenceReader.integer("line") ?? 0
            diagnostics += evidenceReader.diagnostics
        }
        let reported = ReportedClaim(
            id: claim.string("id", required: true) ?? "", source: claim.string("source", required: true) ?? "",
            speaker: claim.string("speaker") ?? "",
            value: claim.value("value").map { JSONWriter.write($0, pretty: false) } ?? "null",
            modality: claim.string("modality") ?? "", file: file, line: line)
        diagnostics += claim.diagnostics
        return reported
    }
}
