import ClaimModel
import Testing
@testable import ClaimExtraction

/// The event resolution records for a line (what scoring reads where no claim was made) is the
/// registered part the line names, as it is for a claim (`EventParts`). Invented events.
@Suite struct ResolutionPartsTests {
    static func resolve(_ body: String) throws -> ArticleResolution {
        let registry = ExtractionRegistry(entities: Parts.entities, events: Parts.events,
                                          attributes: BuiltInVocabulary.attributes)
        var extractor = ClaimExtractor(registry: registry)
        extractor.recordsResolution = true
        return extractor.extract(try Fixture.story(body, published: "2025-04-28")).resolution
    }

    // Front matter and a blank line take lines 1-6: the lede is line 7, the next paragraph line 9.
    @Test func aLineAboutOneRaceIsThatRacesLine() throws {
        let resolution = try Self.resolve(Parts.marathon + "Nora Vell led the women's race from the start on Sunday.")
        #expect(resolution.mainEvent == "harnvik-marathon-2025")
        #expect(resolution.lineEvents[9] == "harnvik-marathon-2025-womens-race")
    }

    @Test func aLineAboutTheWholeStaysTheWholes() throws {
        let resolution = try Self.resolve(Parts.marathon + "The marathon started in light rain on Sunday.")
        #expect(resolution.lineEvents[9] == "harnvik-marathon-2025")
    }
}
