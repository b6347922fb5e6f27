import ClaimModel
import Testing
@testable import ClaimExtraction

/// Who: names, surnames, spelling variants, roles valid on the article's date, new people.
struct EntityResolutionTests {
    @Test func surnamesAliasesAndSpellingVariantsResolve() throws {
        let result = try Fixture.extract("Halvorsen attended the Bergen summit. Ingrid Halvorssen attended in person.")
        #expect(result.claims("attendance-mode").map(\.subject) == ["ingrid-halvorsen", "ingrid-halvorsen"])
    }

    @Test func rolesResolveToWhoeverHeldThemOnTheDay() throws {
        let text = "The Swedish premier attended the Bergen summit."
        let now = try Fixture.extract(text, published: "2025-03-12")
        let before = try Fixture.extract(text, published: "2024-06-01")
        #expect(now.claims("attendance-mode").map(\.subject) == ["tomas-lind"])
        #expect(before.claims("attendance-mode").map(\.subject) == ["petra-aho"])
    }

    @Test func unknownPeopleBecomeNewEntities() throws {
        var extractor = ClaimExtractor(registry: try Fixture.registry())
        let result = try Fixture.extract("Finance Minister Karin Ostberg attended the Bergen summit by video link.",
                                         name: "a.txt", published: "2025-03-12", with: &extractor)
        #expect(result.claims("attendance-mode").map(\.subject) == ["karin-ostberg"])
        #expect(extractor.registry.newEntities.map(\.id) == ["karin-ostberg"])
        #expect(extractor.registry.newEntities.first?.kind == .person)
    }

    @Test func aPersonStandsForTheirCountryOnCountryAttributes() throws {
        let result = try Fixture.extract("Norway's prime minister said Norway is ready to send troops.")
        #expect(result.claims("troop-deployment-stance").map(\.subject) == ["norway"])
        let ownCountry = try Fixture.extract("The Norwegian premier has signaled readiness to send troops.")
        #expect(ownCountry.claims("troop-deployment-stance").first?.speaker == .entity("ingrid-halvorsen"))
    }

    @Test func lowerCaseWordsAreNotNames() throws {
        let result = try Fixture.extract("the berg and the lind attended the summit by video link.")
        #expect(result.claims.isEmpty)
    }
}
