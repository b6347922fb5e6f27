@testable import ClaimExtraction
import ClaimModel
import Testing

/// How the news writes an office the registry knows or the sentence states, on invented people:
/// a title written with the "the" its registry form drops, and a description that follows the
/// person's age (issue 12). Each wording has sentences that must give the office and sentences
/// that must not.
@Suite struct OfficeWordingsTests {
    static let secretary = Entity(id: "sanna-berg", name: "Sanna Berg", kind: .person, aliases: ["Berg"],
                                  roles: [Role(title: "General Secretary of the Harbour Union",
                                               from: Day(iso: "2021-01-01"))])

    static func extract(_ body: String) throws -> ExtractedArticle {
        try Fixture.extract(story: body, entities: People.entities + [secretary], events: People.events)
    }

    /// The registry's forms drop "the" ("general secretary of Harbour Union"); the text keeps it.
    @Test(arguments: ["Sanna Berg, the general secretary of the Harbour Union, said the strike would go on.",
                      "General Secretary of the Harbour Union Sanna Berg said the strike would go on."])
    func aRegistryTitleWrittenWithItsThe(sentence: String) throws {
        let article = try Self.extract(sentence)
        #expect(article.claims("office", "sanna-berg").map(\.value)
                == [.category("general-secretary-of-the-harbour-union")], "\(sentence)")
    }

    @Test(arguments: ["Sanna Berg, the former general secretary of the Harbour Union, said the strike would go on.",
                      "Sanna Berg, a friend of the general secretary of the Harbour Union, spoke.",
                      "Sanna Berg spoke; the general strike of the Harbour Union went on."])
    func noOfficeForAFormerPostOrAnotherWording(sentence: String) throws {
        let article = try Self.extract(sentence)
        #expect(article.claims("office", "sanna-berg").isEmpty, "\(article.claims("office").map(\.value))")
    }

    /// "Ada Quill, 61, the mayor of Lisvik,": the age comes first, the description after it.
    @Test func aDescriptionAfterTheAge() throws {
        let stated = try People.extract("Brana Kolar, 61, the mayor of Lisvik, opened the Harbour Forum.")
        #expect(stated.claims("office").map(\.value) == [.category("mayor-of-lisvik")])
        #expect(stated.claims("age").count == 1)
        let known = try People.extract("Piet Ostrom, 58, the foreign minister, opened the Harbour Forum.")
        #expect(known.claims("office", "piet-ostrom").map(\.value) == [.category("foreign-minister-of-norland")])
    }

    @Test(arguments: ["Brana Kolar, 61, a retired teacher, opened the Harbour Forum.",
                      "Brana Kolar, 61, the former mayor of Lisvik, opened the Harbour Forum.",
                      "Brana Kolar, 61, and the mayor of Lisvik opened the Harbour Forum.",
                      "Brana Kolar, 2024, the mayor of Lisvik, opened the Harbour Forum."])
    func noOfficeAfterTheAgeWithoutATitle(sentence: String) throws {
        #expect(try People.extract(sentence).claims("office").isEmpty, "\(sentence)")
    }
}
