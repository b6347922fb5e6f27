import ClaimModel

/// "The interior ministry" is the ministry of the country the story is about. A registry
/// lists one country's ministry with that generic alias; in a story about another country
/// the words mean that country's ministry, not the listed one: the record's entry for it
/// ("france-interior-ministry") when there is one, else a new body named after the country.
extension ClaimExtractor {
    /// Ids of the countries the built-in list knows, as the registry spells them.
    static let countryIDs: Set<String> = Set(CountryNames.table.map { Slug.make($0.name) })

    mutating func preferStoryCountryBodies(_ facts: inout [SentenceFacts], tokens: [Token], text: [UInt8]) {
        // Most stories meet no body by a generic alias: ask that before counting countries.
        guard facts.contains(where: { fact in
            fact.mentions.contains { $0.kind == .organisation && !registry.genericAliases(of: $0.entityID).isEmpty }
        }), let country = storyCountry(facts) else { return }
        var replacement: [String: EntityMention.Form] = [:]
        var target: [String: String] = [:]
        for fact in facts {
            for mention in fact.mentions where mention.kind == .organisation && target[mention.entityID] == nil {
                guard genericHead(mention, tokens: tokens, text: text) != nil,
                      let (owner, body) = Self.countryBody(mention.entityID), owner != country,
                      !mentions(facts, country: owner), Self.bodyHeads.contains(WordHash.of(body.last ?? ""))
                else { continue }
                let id = country + "-" + body.joined(separator: "-")
                guard Identifier.isValid(id) else { continue }
                target[mention.entityID] = id
                if registry.entities[id] != nil {
                    replacement[mention.entityID] = .name
                } else {
                    let name = (registry.name(of: country) ?? country) + " " + body.joined(separator: " ")
                    replacement[mention.entityID] = .new(Entity(id: id, name: name, kind: .organisation))
                }
            }
        }
        guard !target.isEmpty else { return }
        for index in facts.indices {
            for position in facts[index].mentions.indices {
                let old = facts[index].mentions[position].entityID
                // Only the generic wording moves: "the Italian interior ministry" stays Italy's.
                guard let id = target[old], let form = replacement[old],
                      genericHead(facts[index].mentions[position], tokens: tokens, text: text) != nil else { continue }
                facts[index].mentions[position].entityID = id
                facts[index].mentions[position].form = form
            }
        }
    }

    /// The country the story names most often (first named on a tie), if it names any.
    func storyCountry(_ facts: [SentenceFacts]) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        var order = 0
        for fact in facts {
            for mention in fact.mentions where mention.kind == .country {
                counts[mention.entityID, default: (0, order)].count += 1
                order += 1
            }
        }
        return counts.min { ($1.value.count, $0.value.first) < ($0.value.count, $1.value.first) }?.key
    }

    func mentions(_ facts: [SentenceFacts], country: String) -> Bool {
        facts.contains { $0.mentions.contains { $0.entityID == country } }
    }

    /// "italy-interior-ministry" -> ("italy", ["interior", "ministry"]): a body whose id
    /// starts with a country's.
    static func countryBody(_ id: String) -> (String, [String])? {
        let parts = id.split(separator: "-").map(String.init)
        for split in 1..<max(1, parts.count) {
            let owner = parts[..<split].joined(separator: "-")
            if countryIDs.contains(owner) { return (owner, Array(parts[split...])) }
        }
        return nil
    }
}
