import ClaimModel
import ClaimStore
import Foundation
import Testing

/// The built-in news vocabulary: shipped in the tool, merged under every claims folder, the
/// folder's own definition winning.
@Suite struct BuiltInVocabularyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test func theCatalogDecodesWithoutProblems() {
        #expect(BuiltInVocabulary.problems.isEmpty, "\(BuiltInVocabulary.problems)")
        #expect(BuiltInVocabulary.attributes.count >= 40)
        let byID = Dictionary(uniqueKeysWithValues: BuiltInVocabulary.attributes.map { ($0.id, $0) })
        #expect(byID["death-toll"]?.evolution == .grows)
        #expect(byID["people-on-board"]?.evolution == .fixed)
        #expect(byID["crowd-size"]?.evolution == .changes)
        #expect(byID["attendance-mode"]?.categoryValue("video-link")?.broader == "remote")
    }

    /// The corpus contract (Tests/NewsCorpus) names the ids the data writers use: its copy must
    /// be the shipped catalog, byte for byte (after an edit: cp Sources/ClaimModel/Resources/
    /// news-attributes.json Tests/NewsCorpus/).
    @Test func theCorpusContractCopyIsTheShippedCatalog() throws {
        let copy = try Data(contentsOf: URL(fileURLWithPath: Self.root + "/Tests/NewsCorpus/news-attributes.json"))
        let same = Array(copy) == BuiltInVocabulary.bytes
        #expect(same, "Tests/NewsCorpus/news-attributes.json differs from the shipped catalog")
    }

    @Test func claimsUseBuiltInIdsWithoutDefiningThem() throws {
        let folder = FixtureFolder()
        folder.writeRegistries()
        folder.write("events.json", """
        {"format": "claimcheck-events", "version": 1, "events": [{"id": "blaze", "name": "Mill Lane blaze", "start": \
        "2025-03-02"}]}
        """)
        folder.write("sources/a.json", """
        {"format": "claimcheck-claims", "version": 1, "source": {"id": "a", "outlet": "Gazette", "published": \
        "2025-03-03", "file": "a.txt"},
         "claims": [{"id": "c1", "subject": "coalition", "attribute": "injured-count", "value": 4, "unit": "people",
                     "speaker": "narrator", "attribution": "narrator", "modality": "asserted", "event": "blaze",
                     "statement": "Four people were hurt.", "evidence": {"line": 3}}]}
        """)
        let loaded = try ClaimLoader().load(paths: [folder.path])
        #expect(loaded.claimSet.claims.map(\.attribute) == ["injured-count"])
        #expect(loaded.claimSet.attributes["injured-count"]?.evolution == .grows)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }

    @Test func aFolderDefinitionWins() throws {
        let folder = FixtureFolder()
        folder.writeRegistries()
        folder.write("attributes.json", """
        {"format": "claimcheck-attributes", "version": 1, "attributes": [
          {"id": "death-toll", "name": "Fatalities", "kind": "count", "units": ["persons"], "evolution": "fixed"}]}
        """)
        let loaded = try ClaimLoader().load(paths: [folder.path], requireClaims: false)
        let toll = try #require(loaded.claimSet.attributes["death-toll"])
        #expect(toll.name == "Fatalities")
        #expect(toll.units == ["persons"])
        #expect(toll.evolution == .fixed)
        #expect(toll.cues.isEmpty, "the built-in cues go with the built-in definition")
        #expect(loaded.claimSet.attributes["survivors-count"] != nil)
    }

    @Test func anUnknownEvolutionIsAnError() {
        let folder = FixtureFolder()
        folder.writeRegistries()
        folder.write("attributes.json", """
        {"format": "claimcheck-attributes", "version": 1, "attributes": [
          {"id": "toll", "name": "Toll", "kind": "count", "evolution": "shrinks"}]}
        """)
        #expect {
            try ClaimLoader().load(paths: [folder.path], requireClaims: false)
        } throws: { error in
            "\(error)".contains("evolution \"shrinks\" is not one of fixed, grows, changes")
        }
    }
}
