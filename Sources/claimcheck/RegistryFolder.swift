import ClaimExtraction
import ClaimModel
import ClaimStore

/// Loads the registries extraction resolves against: the claims folder's entities, events and
/// attributes, plus the registry addendum an earlier `extract --out` left in the output
/// folder, so a second run lands on the entities and events the first one created.
enum RegistryFolder {
    struct Loaded {
        var claimSet: ClaimSet
        /// Entities and events that came from the addendum, to write back with the new ones.
        var addendumEntities: [Entity]
        var addendumEvents: [Event]
    }

    static func load(claims folder: String, addendumIn output: String?) throws(ToolError) -> Loaded {
        guard InputFiles.isFile(ClaimLoader.join(folder, "attributes.json")) || !InputFiles.isFile(folder) else {
            throw .input(InputError(file: folder, "--claims must be a folder holding entities.json, events.json and " +
                                                  "attributes.json"))
        }
        let base = try ToolError.reportingInput { () throws(InputError) in
            try ClaimLoader().load(paths: [folder], requireClaims: false).claimSet
        }
        guard let output else { return Loaded(claimSet: base, addendumEntities: [], addendumEvents: []) }
        let addenda = [ClaimFileEncoder.newEntitiesFile, ClaimFileEncoder.newEventsFile]
            .map { ClaimLoader.join(output, $0) }.filter(InputFiles.isFile)
        guard !addenda.isEmpty else { return Loaded(claimSet: base, addendumEntities: [], addendumEvents: []) }
        let merged = try ToolError.reportingInput { () throws(InputError) in
            try ClaimLoader().load(paths: [folder] + addenda, requireClaims: false).claimSet
        }
        let entities = merged.entities.values.filter { base.entities[$0.id] == nil }.sorted { $0.id < $1.id }
        let events = merged.events.values.filter { base.events[$0.id] == nil }.sorted { $0.id < $1.id }
        return Loaded(claimSet: merged, addendumEntities: entities, addendumEvents: events)
    }
}
