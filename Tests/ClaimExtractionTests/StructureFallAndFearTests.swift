import ClaimModel
import Testing
@testable import ClaimExtraction

/// A structure that "fell" or "came down" is a collapse; a collapse only feared is no event; and
/// a background incident's month keeps its year. Invented places and structures (issue 13).
@Suite struct StructureFallAndFearTests {
    static func main(_ body: String, published: String = "2026-04-16") throws -> ExtractedArticle {
        try Fixture.extract(story: body, published: published, entities: [], events: [])
    }

    static func kindOfMain(_ article: ExtractedArticle) -> String? {
        article.resolution.mainEvent
    }

    @Test(arguments: [
        "A stretch of the Varnes viaduct fell during a storm on Thursday, killing at least 9 people.",
        "The number of people killed when the Varnes bridge fell on Thursday has risen to 12.",
        "An overpass near Varnes came down onto a lorry on Thursday, killing its driver.",
        "The roof of the Varnes sports hall gives way under snow, injuring 14 people.",
    ])
    func aStructureFallingIsACollapse(_ body: String) throws {
        let article = try Self.main(body)
        let main = try #require(article.resolution.mainEvent)
        #expect(main.contains("collapse"), "\(main)")
    }

    @Test(arguments: [
        "Shares in Varnes Mining fell 8 per cent on Thursday, traders said.",
        "Prices came down on Thursday as the Varnes harvest arrived.",
        "Turnout fell on Thursday in Varnes, where the mayor was re-elected.",
    ])
    func fellWithoutAStructureAndHarmIsNoCollapse(_ body: String) throws {
        let article = try Self.main(body)
        #expect(article.resolution.mainEvent == nil)
    }

    @Test func aPersonFallingFromAStructureIsNoCollapse() throws {
        let article = try Self.main("A climber fell from the Varnes bridge on Thursday and died, police said.")
        #expect(!(article.resolution.mainEvent ?? "").contains("collapse"))
    }

    @Test(arguments: [
        "Some 300 residents were moved out of their homes for fear of a further collapse, the council said.",
        "Crews worked through the night to prevent another fire, the council said.",
        "Engineers warned of the risk of new floods, the council said.",
        "Guards patrol the depot for fear of a warehouse fire, the council said.",
    ])
    func aFearedIncidentIsNoEvent(_ body: String) throws {
        let article = try Self.main(body)
        #expect(article.resolution.mainEvent == nil, "\(article.resolution.mainEvent ?? "")")
    }

    /// A fire "of" something else, or a fear voiced about an event that happened, is still read.
    @Test func aFireOfTheDepotIsStillAFire() throws {
        let article = try Self.main("A fire of unknown cause destroyed the Varnes depot on Thursday, killing 2 people.")
        #expect(article.resolution.mainEvent != nil)
    }

    @Test func theFearDoesNotHideTheReportedCollapse() throws {
        let article = try Self.main("""
            The Varnes bridge collapsed on Thursday, killing 6 people. Some 300 residents were moved out of their \
            homes for fear of a further collapse, the council said.
            """)
        let main = try #require(article.resolution.mainEvent)
        #expect(main.hasSuffix("2026-04-16"), "\(main)")
    }

    /// The background flood keeps its year: "November 2011", not last November.
    @Test func aBackgroundMonthKeepsItsYear() throws {
        let article = try Self.main("""
            The Varnes bridge collapsed on Thursday, killing 6 people. For many in Varnes the disaster brought back \
            the floods of November 2011, when four people died.
            """)
        let ids = article.claims.compactMap(\.event) + [article.resolution.mainEvent].compactMap { $0 }
            + Array(article.resolution.lineEvents.values)
        #expect(!ids.contains { $0.contains("2025-11") }, "\(ids)")
    }

    @Test func aMonthsYearIsReadPastTheScan() throws {
        let text = Array("the floods of November 2011 were".utf8)
        let tokens = Tokenizer.tokens(in: text)
        let month = try #require(tokens.firstIndex { DateCues.months[$0.hash] != nil })
        let cue = DateCues.find(in: tokens, range: 0..<(month + 1), text: text, published: Day(iso: "2026-04-16"))
        #expect(cue?.from == Day(iso: "2011-11-01"))
    }

    /// The fall is named by the structure, and the next day's report naming it meets it.
    @Test func aFallIsNamedByItsStructure() throws {
        let article = try Self.main("The number of people killed when the Varnes bridge fell on Thursday rose to 12.",
                                    published: "2026-04-17")
        #expect(article.resolution.mainEvent == "varnes-bridge-collapse-2026-04-16")
        let (_, articles) = try EventClusteringTests.extract([
            ("2026-04-16", "A stretch of the Varnes viaduct fell during a storm on Thursday, killing 9 people."),
            ("2026-04-18", "The toll from the collapse of the Varnes bridge on Thursday rose to 14, police said."),
        ])
        let mains = articles.map(\.resolution.mainEvent)
        #expect(mains[0] != nil && mains[0] == mains[1], "\(mains)")
    }

    /// A background fall dated years before is its own event, not the article's.
    @Test func aBackgroundFallIsAnotherEvent() throws {
        let (_, articles) = try EventClusteringTests.extract([("2026-04-16", """
            The Varnes bridge collapsed on Thursday, killing 6 people.

            In October 2016 an overpass near Tolby came down onto a car, killing one man.
            """)])
        let resolution = articles[0].resolution
        let main = try #require(resolution.mainEvent)
        #expect(main.hasSuffix("2026-04-16"))
        #expect(Set(resolution.lineEvents.values).contains { $0.hasSuffix("2016-10-01") }, "\(resolution.lineEvents)")
    }
}
