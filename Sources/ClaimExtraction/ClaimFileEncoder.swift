import ClaimModel

/// Writes extraction's output in the v1 formats the loader reads: one claims file per
/// article (`"format": "claimcheck-claims"`), and the entities and events extraction created
/// as registry files (`claimcheck-entities`, `claimcheck-events`) beside them.
public enum ClaimFileEncoder {
    public static let newEntitiesFile = "extracted-entities.json"
    public static let newEventsFile = "extracted-events.json"

    public static func claimsDocument(_ extracted: ExtractedArticle) -> JSONValue {
        let source = extracted.source
        var sourceMembers: [(String, JSONValue)] = [("id", .string(source.id)), ("outlet", .string(source.outlet))]
        if let title = source.title { sourceMembers.append(("title", .string(title))) }
        sourceMembers.append(("published", source.published.map { .string($0.description) } ?? .null))
        if let language = source.language { sourceMembers.append(("language", .string(language))) }
        if let file = source.file { sourceMembers.append(("file", .string(file))) }
        if let url = source.url { sourceMembers.append(("url", .string(url))) }
        if let note = source.note { sourceMembers.append(("note", .string(note))) }
        return .object([
            ("format", .string(DocumentKind.claims.rawValue)),
            ("version", .number(DocumentKind.supportedVersion)),
            ("source", .object(sourceMembers)),
            ("claims", .array(extracted.claims.map(claimObject))),
        ])
    }

    public static func claimObject(_ claim: Claim) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(claim.id)), ("subject", .string(claim.subject)), ("attribute", .string(claim.attribute)),
            ("value", claim.value.json),
        ]
        if let unit = claim.unit { members.append(("unit", .string(unit))) }
        members += [
            ("speaker", .string(claim.speaker.id)), ("attribution", .string(claim.attribution.rawValue)),
            ("modality", .string(claim.modality.rawValue)), ("event", .string(claim.event)),
            ("statement", .string(claim.statement)),
        ]
        var evidence: [(String, JSONValue)] = [("file", .string(claim.evidence.file)),
                                               ("line", .number(claim.evidence.line))]
        if let span = claim.evidence.span {
            evidence.append(("span", .object([("start", .number(span.lowerBound)), ("end", .number(span.upperBound))])))
        }
        if !claim.alsoAt.isEmpty { evidence.append(("alsoAt", .array(claim.alsoAt.map { .number($0.evidence.line) }))) }
        members.append(("evidence", .object(evidence)))
        return .object(members)
    }

    public static func entitiesDocument(_ entities: [Entity]) -> JSONValue {
        .object([
            ("format", .string(DocumentKind.entities.rawValue)), ("version", .number(DocumentKind.supportedVersion)),
            ("entities", .array(entities.sorted { $0.id < $1.id }.map { entity in
                var members: [(String, JSONValue)] = [("id", .string(entity.id)), ("name", .string(entity.name)),
                                                      ("kind", .string(entity.kind.rawValue))]
                if !entity.aliases.isEmpty { members.append(("aliases", .array(entity.aliases.map { .string($0) }))) }
                return .object(members)
            })),
        ])
    }

    /// `evidence`: for events extraction created, the article lines that made or joined them,
    /// so a curator reviewing the entry can read what it rests on.
    public static func eventsDocument(_ events: [Event], evidence: [String: [Evidence]] = [:]) -> JSONValue {
        .object([
            ("format", .string(DocumentKind.events.rawValue)), ("version", .number(DocumentKind.supportedVersion)),
            ("events", .array(events.sorted { $0.id < $1.id }.map { event in
                var members: [(String, JSONValue)] = [("id", .string(event.id)), ("name", .string(event.name)),
                                                      ("start", .string(event.start.description))]
                if let end = event.end { members.append(("end", .string(end.description))) }
                if let place = event.place { members.append(("place", .string(place))) }
                if let series = event.series { members.append(("series", .string(series))) }
                if let lines = evidence[event.id], !lines.isEmpty {
                    members.append(("evidence", .array(lines.prefix(20).map { line in
                        .object([("file", .string(line.file)), ("line", .number(line.line))])
                    })))
                }
                return .object(members)
            })),
        ])
    }
}
