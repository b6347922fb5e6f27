import Foundation
import ClaimModel
import ClaimRules

/// Writes a generated corpus the way a newsroom keeps one: `claims/` with the three registries
/// and one file per source (1000 to a folder), plus `manifest.json` beside it naming every
/// injected contradiction and the fingerprint of the finding it must produce.
public enum SyntheticCorpusWriter {
    public static let manifestFormat = "claimcheck-synthetic-manifest"

    public static func write(_ corpus: SyntheticCorpus, to folder: String) throws {
        let claimsFolder = folder + "/claims"
        let manager = FileManager.default
        try? manager.removeItem(atPath: claimsFolder)
        try manager.createDirectory(atPath: claimsFolder, withIntermediateDirectories: true)
        try save(entities(corpus.entities), claimsFolder + "/entities.json")
        try save(events(corpus.events), claimsFolder + "/events.json")
        try save(attributes(corpus.attributes), claimsFolder + "/attributes.json")
        for folder in Set(corpus.sourceFiles.map { ($0.path as NSString).deletingLastPathComponent }) {
            try manager.createDirectory(atPath: claimsFolder + "/" + folder, withIntermediateDirectories: true)
        }
        // Rendering dominates generation; files are independent, so both cores take a share.
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: corpus.sourceFiles.count) { index in
            let file = corpus.sourceFiles[index]
            do { try save(sourceDocument(file), claimsFolder + "/" + file.path) } catch {
                failures.append("\(file.path): \(error)") }
        }
        if let failure = failures.first { throw CocoaError(.fileWriteUnknown,
                                                           userInfo: [NSLocalizedDescriptionKey: failure]) }
        try save(manifest(corpus), folder + "/manifest.json")
    }

    /// Generates the corpus `parameters` describe and writes it to `folder` (`claims/` and
    /// `manifest.json`), as `claimcheck-bench generate` does.
    @discardableResult
    public static func generate(_ parameters: SyntheticCorpus.Parameters, into folder: String) throws
        -> SyntheticCorpus {
        let corpus = SyntheticCorpus.generate(parameters)
        try write(corpus, to: folder)
        return corpus
    }

    /// The fingerprints the check must report, read back from a manifest.
    public static func expectedFingerprints(manifestAt path: String) throws -> [String] {
        let document = try JSONParser.parse(InputFiles.read(path))
        return (document["injected"]?.arrayValue ?? []).compactMap { $0["fingerprint"]?.stringValue }
    }

    static func save(_ value: JSONValue, _ path: String) throws {
        try Data(JSONWriter.write(value).utf8).write(to: URL(fileURLWithPath: path))
    }

    public static func manifest(_ corpus: SyntheticCorpus) -> JSONValue {
        .object([
            ("format", .string(manifestFormat)),
            ("version", .number(1)),
            ("seed", .number(Double(corpus.parameters.seed))),
            ("claims", .number(corpus.claimCount)),
            ("sources", .number(corpus.sourceFiles.count)),
            ("injected", .array(corpus.injections.map { injection in
                .object([
                    ("rule", .string(injection.ruleID)),
                    ("severity", .string(injection.severity.rawValue)),
                    ("fingerprint", .string(injection.fingerprint)),
                    ("subject", .string(injection.key.subject)),
                    ("attribute", .string(injection.key.attribute)),
                    ("event", .string(injection.key.event)),
                    ("claims", .array(injection.claimIDs.map { .string($0) })),
                ])
            })),
        ])
    }

    public static func sourceDocument(_ file: SyntheticCorpus.SourceFile) -> JSONValue {
        let source = file.source
        return .object([
            ("format", .string(DocumentKind.claims.rawValue)),
            ("version", .number(1)),
            ("source", .object([
                ("id", .string(source.id)), ("outlet", .string(source.outlet)), ("title", .string(source.title)),
                ("published", .string(source.published?.description)), ("language", .string(source.language)),
                ("file", .string(source.file)), ("url", .string(source.url)),
            ])),
            ("claims", .array(file.claims.map(claimDocument))),
        ])
    }

    public static func claimDocument(_ fileClaim: SyntheticCorpus.FileClaim) -> JSONValue {
        let claim = fileClaim.claim
        var members: [(String, JSONValue)] = [
            ("id", .string(claim.id)), ("subject", .string(claim.subject)), ("attribute", .string(claim.attribute)),
            ("value", claim.value.json),
        ]
        if fileClaim.writesUnit, let unit = claim.unit { members.append(("unit", .string(unit))) }
        members += [
            ("speaker", .string(claim.speaker.id)), ("attribution", .string(claim.attribution.rawValue)),
            ("modality", .string(claim.modality.rawValue)), ("event", .string(claim.event)),
        ]
        if let said = claim.said { members.append(("said", .string(said.description))) }
        members.append(("statement", .string(claim.statement)))
        var evidence: [(String, JSONValue)] = [("file", .string(claim.evidence.file)),
                                               ("line", .number(claim.evidence.line))]
        if !fileClaim.alsoAtLines.isEmpty { evidence.append(("alsoAt",
                                                             .array(fileClaim.alsoAtLines.map { .number($0) }))) }
        members.append(("evidence", .object(evidence)))
        if let sameQuoteAs = claim.sameQuoteAs { members.append(("sameQuoteAs", .string(sameQuoteAs))) }
        if claim.correction { members.append(("correction", .bool(true))) }
        if let ordinal = claim.ordinal { members.append(("ordinal", .number(Double(ordinal)))) }
        return .object(members)
    }

    public static func entities(_ entities: [Entity]) -> JSONValue {
        .object([
            ("format", .string(DocumentKind.entities.rawValue)), ("version", .number(1)),
            ("entities", .array(entities.map { entity in
                var members: [(String, JSONValue)] = [("id", .string(entity.id)), ("name", .string(entity.name)),
                                                      ("kind", .string(entity.kind.rawValue))]
                if !entity.aliases.isEmpty { members.append(("aliases", .array(entity.aliases.map { .string($0) }))) }
                if !entity.roles.isEmpty {
                    members.append(("roles", .array(entity.roles.map { role in
                        .object([("title", .string(role.title)), ("from", .string(role.from?.description)),
                                 ("to", .string(role.to?.description))])
                    })))
                }
                return .object(members)
            })),
        ])
    }

    public static func events(_ events: [Event]) -> JSONValue {
        .object([
            ("format", .string(DocumentKind.events.rawValue)), ("version", .number(1)),
            ("events", .array(events.map { event in
                var members: [(String, JSONValue)] = [("id", .string(event.id)), ("name", .string(event.name)),
                                                      ("start", .string(event.start.description)),
                                                          ("end", .string(event.end?.description)),
                                                      ("place", .string(event.place))]
                if let series = event.series { members.append(("series", .string(series))) }
                return .object(members)
            })),
        ])
    }

    public static func attributes(_ attributes: [Attribute]) -> JSONValue {
        .object([
            ("format", .string(DocumentKind.attributes.rawValue)), ("version", .number(1)),
            ("attributes", .array(attributes.map { attribute in
                var members: [(String, JSONValue)] = [("id", .string(attribute.id)), ("name", .string(attribute.name)),
                                                      ("kind", .string(attribute.kind.rawValue))]
                if !attribute.units.isEmpty { members.append(("units", .array(attribute.units.map { .string($0) }))) }
                if attribute.isQuantity {
                    members.append(("tolerance", .object([("about", .number(attribute.tolerance.about)),
                                                          ("slack", .number(attribute.tolerance.slack))])))
                }
                if attribute.kind == .category { members.append(("exclusive", .bool(attribute.exclusive))) }
                if !attribute.values.isEmpty {
                    members.append(("values", .array(attribute.values.map { value in
                        var fields: [(String, JSONValue)] = [("id", .string(value.id))]
                        if let broader = value.broader { fields.append(("broader", .string(broader))) }
                        if let label = value.label { fields.append(("label", .string(label))) }
                        return .object(fields)
                    })))
                }
                members.append(("changesAcrossEvents", .bool(attribute.changesAcrossEvents)))
                if attribute.evolution != .changes { members.append(("evolution",
                    .string(attribute.evolution.rawValue))) }
                if !attribute.cues.isEmpty { members.append(("cues", .array(attribute.cues.map { .string($0) }))) }
                return .object(members)
            })),
        ])
    }
}

/// Errors collected from concurrent writers.
final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func append(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var first: String? { lock.lock(); defer { lock.unlock() }; return items.first }
}
