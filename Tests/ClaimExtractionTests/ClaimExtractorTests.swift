import ClaimModel
import ClaimStore
import Testing
@testable import ClaimExtraction

/// What: counts, attendance, signing and stances; corrections; repeats; evidence.
struct ClaimExtractorTests {
    @Test func attendanceModes() throws {
        let article = try Fixture.article("bergen-summit.html")
        var extractor = ClaimExtractor(registry: try Fixture.registry())
        let result = extractor.extract(article)
        #expect(result.claims("attendance-mode", "ingrid-halvorsen").map(\.value) == [.category("video-link")])
        #expect(result.claims("attendance-mode", "tomas-lind").map(\.value) == [.category("left-early")])
        #expect(result.claims("signed", "denmark").map(\.value) == [.flag(false)])
        #expect(result.claims("participant-countries").map(\.value)
                    == [.quantity(.about(20)), .quantity(.range(min: 31, max: nil))])
        let oslo = result.claims("participant-countries").last
        #expect(oslo?.event == "oslo-summit-2025-10-02")
        #expect(oslo?.modality == .expected)
        #expect(oslo?.attribution == .directQuote)
    }

    @Test(arguments: [
        ("Tomas Lind joined the summit by phone.", "phone"),
        ("Tomas Lind was absent from the summit.", "absent"),
        ("Tomas Lind did not attend the summit.", "absent"),
        // An attendance names its gathering (`AttendanceWording.admits`), so the sentence names it.
        ("Tomas Lind took part in the summit remotely.", "remote"),
    ])
    func attendanceCue(_ text: String, _ value: String) throws {
        #expect(try Fixture.extract(text).claims("attendance-mode", "tomas-lind").map(\.value) == [.category(value)],
                "\(text)")
    }

    @Test func correctionsSupersedeInsteadOfContradicting() throws {
        let result = try Fixture.extract("A fire in Port Helm killed 9 people. "
                                             + "Rescuers initially reported 57 injured; the figure is now 54.",
                                         published: "2025-03-10")
        #expect(result.claims("injured-count").map(\.value) == [.quantity(.exactly(54))])
        #expect(result.superseded.map(\.value) == [.quantity(.exactly(57))])
        #expect(result.claims("injured-count").first?.statement.contains("57") == true)
    }

    @Test func aRisingTollAndAFloorMetAreUpdates() throws {
        let rising = try Fixture.extract("A fire in Port Helm killed 12 people. The toll has risen to 15.",
                                         published: "2025-03-10")
        #expect(rising.claims("death-toll").map(\.value) == [.quantity(.exactly(15))])
        let floor = try Fixture.extract("A fire in Port Helm killed at least 120 people. "
                                            + "By evening 131 people were dead.",
                                        published: "2025-03-10")
        #expect(floor.claims("death-toll").map(\.value) == [.quantity(.exactly(131))])
    }

    @Test func twoPlainFiguresStayAsAContradiction() throws {
        let result = try Fixture.extract("A fire in Port Helm killed 12 people. "
                                             + "Another report said 20 people were killed.",
                                         published: "2025-03-10")
        #expect(result.claims("death-toll").count == 2)
    }

    @Test func repeatedParagraphsGiveOneClaim() throws {
        let article = try Fixture.article("rail-crash.txt")
        var extractor = ClaimExtractor(registry: try Fixture.registry())
        let result = extractor.extract(article)
        let injured = result.claims("injured-count")
        #expect(injured.map(\.value) == [.quantity(.exactly(26))])
        #expect(result.superseded.first?.alsoAt.map(\.evidence.line) == [7])
    }

    @Test func evidenceNamesFileLineAndSpan() throws {
        let result = try Fixture.extract("First line.\nTomas Lind attended the summit in person.", name: "draft.md")
        let evidence = try #require(result.claims.first?.evidence)
        #expect(evidence.file == "draft.md")
        #expect(evidence.line == 2)
        #expect(evidence.span == 0..<40)
    }

    @Test func anArticleWithoutClaimsSaysSo() throws {
        let result = try Fixture.extract("The weather in Bergen was mild and nobody said anything of note.")
        #expect(result.claims.isEmpty)
        #expect(result.warnings.contains { $0.hasPrefix("no claims found") })
    }

    @Test func cuesComeFromTheAttributeCatalog() throws {
        let attribute = Attribute(id: "medals", name: "Medals", kind: .count, units: ["medals"],
                                  cues: ["@group", "won"])
        let registry = ExtractionRegistry(entities: [Entity(id: "team-norway", name: "Team Norway", kind: .group)],
                                          events: [Event(id: "games-2025", name: "Winter games",
                                                         start: Day(iso: "2025-02-01")!)],
                                          attributes: [attribute])
        var extractor = ClaimExtractor(registry: registry)
        let article = try ArticleLoader().read(Array("Team Norway won 14 medals.".utf8), path: "a.txt",
                                               overrides: ArticleMetadata(published: Day(iso: "2025-02-01")))
        #expect(extractor.extract(article).claims.map(\.value) == [.quantity(.exactly(14))])
    }

    @Test func badCuesAreReported() {
        let attribute = Attribute(id: "attendance", name: "Attendance", kind: .category,
                                  values: [CategoryValue(id: "present")],
                                  cues: ["attended => teleported", "@martian"])
        #expect(AttributeCues(attributes: [attribute]).problems.count == 2)
    }

    @Test func outputLoadsBackThroughTheLoader() throws {
        let article = try Fixture.article("bergen-summit.html")
        var extractor = ClaimExtractor(registry: try Fixture.registry())
        let result = extractor.extract(article)
        let json = JSONWriter.write(ClaimFileEncoder.claimsDocument(result))
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimcheck-roundtrip-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try json.write(to: folder.appendingPathComponent("bergen.json"), atomically: true, encoding: .utf8)
        // As `extract --out` does: the entities extraction created (the summit's own, for its date)
        // beside the claims.
        let entities = JSONWriter.write(ClaimFileEncoder.entitiesDocument(extractor.registry.newEntities))
        try entities.write(to: folder.appendingPathComponent(ClaimFileEncoder.newEntitiesFile), atomically: true,
                           encoding: .utf8)
        let loaded = try ClaimLoader().load(paths: [Fixture.claims, folder.path])
        #expect(loaded.claimSet.claims.filter { $0.sourceID == "bergen-summit" }
                    == result.claims.sorted { $0.stableID < $1.stableID })
    }
}

import Foundation
