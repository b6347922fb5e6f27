import ClaimExtraction
import ClaimModel
import Testing

/// Nationality, precision first (issue 12): the forms sports and wire copy use for one named
/// person's nationality, and the look-alikes that are a post's country or another noun's.
/// Invented people; Kenya and the Netherlands are real countries only for their adjectives.
/// `PeopleReaders` also serves `AgePrecisionTests`.
enum PeopleReaders {
    static let kolar = Entity(id: "brana-kolar", name: "Brana Kolar", kind: .person, aliases: ["Kolar"])
    static let vell = Entity(id: "nora-vell", name: "Nora Vell", kind: .person, aliases: ["Vell"])
    static let countries = [
        Entity(id: "kenya", name: "Kenya", kind: .country),
        Entity(id: "netherlands", name: "Netherlands", kind: .country, aliases: ["the Netherlands"]),
    ]

    static func extract(_ body: String) throws -> ExtractedArticle {
        try Fixture.extract(story: body, entities: People.entities + countries + [kolar, vell], events: People.events)
    }

    static func values(_ article: ExtractedArticle, _ attribute: String, _ subject: String? = nil) -> [String] {
        article.claims(attribute, subject).map { claim in
            switch claim.value {
            case .category(let value): return "\(claim.subject)=\(value)"
            case .quantity(let value): return "\(claim.subject)=\(value)"
            case .flag(let value): return "\(claim.subject)=\(value)"
            }
        }
    }
}

@Suite struct NationalityPrecisionTests {
    @Test(arguments: ["At the Harbour Forum race, the Dutch runner Brana Kolar finished first.",
                      "At the Harbour Forum race, Brana Kolar of the Netherlands finished first.",
                      "At the Harbour Forum race, the Dutch captain Brana Kolar finished first."])
    func anAthletesNationality(sentence: String) throws {
        let article = try PeopleReaders.extract(sentence)
        #expect(PeopleReaders.values(article, "nationality") == ["brana-kolar=netherlands"], "\(sentence)")
    }

    /// Where a person was born is not their nationality.
    @Test func aBirthplaceIsNoNationality() throws {
        let article = try PeopleReaders.extract(
            "At the Harbour Forum race, the Kenyan-born Dutch runner Brana Kolar finished first.")
        #expect(!PeopleReaders.values(article, "nationality").contains("brana-kolar=kenya"))
    }

    /// A demonym or a country beside a title says which country the person serves (the office
    /// claim), and one before another noun describes that noun, not the person.
    @Test(arguments: ["At the Harbour Forum, Kenyan Foreign Minister Brana Kolar spoke first.",
                      "At the Harbour Forum, Foreign Minister Brana Kolar of Kenya spoke first.",
                      "At the Harbour Forum, Kenya's foreign minister, Brana Kolar, spoke first.",
                      "At the Harbour Forum, a Dutch company owned by Brana Kolar signed the deal.",
                      "At the Harbour Forum, the Dutch government's envoy Brana Kolar spoke first.",
                      "At the Harbour Forum, Kenyan wildfire expert Brana Kolar spoke first.",
                      "At the Harbour Forum, Kenya's Brana Kolar, the mayor of Lisvik, spoke first."])
    func noNationalityFromATitleOrAnotherNoun(sentence: String) throws {
        let article = try PeopleReaders.extract(sentence)
        #expect(PeopleReaders.values(article, "nationality").isEmpty,
                "\(sentence): \(PeopleReaders.values(article, "nationality"))")
    }
}
