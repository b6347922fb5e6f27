import ClaimModel

/// A nationality is a person's fact (SPEC.md, `nationality`): one drafted for an event, a group
/// or an organisation ("the Al Haouz earthquake" read as Moroccan) says nothing, and neither
/// does the country a person holds an office of anywhere in the article ("Mexico's Andrés
/// Manuel López Obrador" in one sentence, "President of Mexico" in another): that country is the
/// office's place, which the office claim records. A region or a body read as a new person
/// ("Morocco's High Atlas", "the Lebanese Red Cross") is no person either.
enum NationalityGate {
    static let nationalityID = "nationality", officeID = "office"

    /// The drafts without the nationalities these rules refuse.
    static func filter(_ drafts: [ClaimExtractor.Draft], registry: ExtractionRegistry) -> [ClaimExtractor.Draft] {
        guard drafts.contains(where: { $0.attribute == nationalityID }) else { return drafts }
        var officePlaces: [String: [String]] = [:]
        for draft in drafts where draft.attribute == officeID {
            if case .category(let slug) = draft.value { officePlaces[draft.subject, default: []].append(slug) }
        }
        return drafts.filter { draft in
            guard draft.attribute == nationalityID else { return true }
            guard registry.kindOf(draft.subject) == .person, !namesAPlace(registry.name(of: draft.subject)) else {
                return false
            }
            guard case .category(let country) = draft.value else { return true }
            return !(officePlaces[draft.subject] ?? []).contains { $0.hasSuffix("-" + country) }
        }
    }

    /// First words of place names that no person's name starts with: "Morocco's High Atlas",
    /// "Brazil's Upper Amazon", "Spain's Northern Coast" are regions read as new people.
    static let placeStarts: Set<String> = [
        "high", "upper", "lower", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "greater", "mount", "lake", "cape", "port", "gulf", "bay", "province", "region",
    ]

    /// Last words of a body's name beside those new names already know (`NewName`): "the
    /// Lebanese Red Cross" is an organisation, not a Lebanese person.
    static let bodyEnds: WordSet = WordSet(["cross", "crescent", "guard", "guards", "army", "navy", "brigade",
                                            "brigades"].map(WordHash.of))

    static func namesAPlace(_ name: String?) -> Bool {
        guard let name, let first = name.split(separator: " ").first else { return false }
        if placeStarts.contains(first.lowercased()) { return true }
        guard let last = Tokenizer.tokens(in: Array(name.utf8)).last?.hash else { return false }
        return bodyEnds.contains(last) || NewName.organisationWords.contains(last) || NewName.placeWords.contains(last)
    }
}
