import ClaimModel
import Foundation

/// The half of the registry's index of entities that concerns what each entity is called and
/// what people's names fold to: kinds and display names, and the spelling-insensitive keys of
/// people's names (`NameKey`). Kept apart from the phrase tables because neither half reads the
/// other, so a registry of 40,000 entities builds the two side by side (`ExtractionRegistry`).
struct PeopleIndex: Sendable {
    /// Kind and name of every entity by id, kept beside `entities` so hot paths never copy an
    /// entity with its aliases and roles.
    var kinds: [String: Entity.Kind] = [:]
    var displayNames: [String: String] = [:]

    /// Spelling-insensitive keys of people's names and aliases (see `NameKey`), first holder wins.
    private(set) var personKeys: [String: String] = [:]
    /// Spelling-insensitive keys of the one-word aliases of people ("Zelensky"), to the one
    /// person who has each ("" where two do): a surname a curator listed alone names them.
    private(set) var surnameKeys: [String: String] = [:]
    /// Hashes of the last words (or family names) of each person's names.
    private(set) var surnameHashes: [String: [UInt64]] = [:]
    /// Spelling-insensitive keys of the last words of people's full names ("Holmqvist" of
    /// "Greta Holmqvist"), to the one person whose name ends so ("" where two do): "Ms
    /// Holmqvist said" names her even where the record lists no surname alone.
    private(set) var lastNameKeys: [String: String] = [:]

    init() {}

    /// The index of `entities` taken in the order of `order` (positions in `entities`).
    init(_ entities: [Entity], in order: [Int]) {
        for position in order { add(entities[position]) }
    }

    /// The index as `RegistryTables` kept it between runs: the tables of `init(_:in:)` for the
    /// same entities, read back instead of folding 40,000 names again.
    init(kinds: [String: Entity.Kind], displayNames: [String: String], personKeys: [String: String],
         surnameKeys: [String: String], surnameHashes: [String: [UInt64]], lastNameKeys: [String: String]) {
        self.kinds = kinds
        self.displayNames = displayNames
        self.personKeys = personKeys
        self.surnameKeys = surnameKeys
        self.surnameHashes = surnameHashes
        self.lastNameKeys = lastNameKeys
    }

    /// Where the index built on another core is left for the registry to take; read only
    /// after the build is waited for.
    final class Built: @unchecked Sendable {
        var index = PeopleIndex()
        /// Whether `index` was read back from kept tables rather than built.
        var wasKept = false
    }

    mutating func add(_ entity: Entity) {
        kinds[entity.id] = entity.kind
        displayNames[entity.id] = entity.name
        if entity.kind == .person {
            var surnames: [UInt64] = []
            for name in [entity.name] + entity.aliases {
                // Each name's words read and folded once for all three keys.
                let keys = NameKey.keys(of: name)
                if let key = keys.full {
                    if personKeys[key] == nil { personKeys[key] = entity.id }
                    // The folded last word, read off the key: no second fold per name.
                    if let last = key.split(separator: " ").last, last.count >= 4 {
                        let surname = String(last)
                        lastNameKeys[surname] = lastNameKeys[surname].map { $0 == entity.id ? $0 : "" } ?? entity.id
                    }
                }
                if let key = keys.shortened, personKeys[key] == nil { personKeys[key] = entity.id }
                let hasSpace = ExtractionRegistry.containsSpace(name)
                if !hasSpace, let key = keys.surname {
                    surnameKeys[key] = surnameKeys[key].map { $0 == entity.id ? $0 : "" } ?? entity.id
                }
                if hasSpace, let last = name.split(separator: " ").last {
                    surnames.append(WordHash.of(String(last)))
                }
                if let family = FamilyNameFirst.familyName(of: name) { surnames.append(WordHash.of(family)) }
            }
            surnameHashes[entity.id] = surnames
        }
    }
}
