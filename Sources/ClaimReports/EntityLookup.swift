import ClaimModel

/// Finds the entity a person means by a name typed on the command line: its id, its name or
/// any alias, ignoring case ("merz", "Friedrich Merz", "Selenskyj").
public enum EntityLookup {
    public enum Outcome: Sendable, Equatable {
        case found(Entity)
        /// Several entities share the name; their ids.
        case ambiguous([String])
        /// Nothing matched; the closest names, if any look like a typo.
        case notFound(suggestion: String?)
    }

    public static func resolve(_ query: String, in claimSet: ClaimSet) -> Outcome {
        let wanted = query.lowercased()
        let entities = claimSet.entities.values.sorted { $0.id < $1.id }
        if let exact = claimSet.entities[query] { return .found(exact) }
        let matches = entities.filter { entity in
            ([entity.id, entity.name] + entity.aliases).contains { $0.lowercased() == wanted }
        }
        if matches.count == 1 { return .found(matches[0]) }
        if matches.count > 1 { return .ambiguous(matches.map(\.id)) }
        // A last name alone ("merz") is how people type: accept it when it is unique.
        let partial = entities.filter { entity in
            ([entity.name] + entity.aliases).contains {
                $0.lowercased().split(separator: " ").contains { $0 == wanted }
            }
        }
        if partial.count == 1 { return .found(partial[0]) }
        if partial.count > 1 { return .ambiguous(partial.map(\.id)) }
        let names = entities.flatMap { entity in
            [entity.id, entity.name] + entity.aliases + entity.name.split(separator: " ").map(String.init)
        }
        return .notFound(suggestion: NameSuggestion.closest(to: query, among: names, maximumDistance: 3))
    }
}
