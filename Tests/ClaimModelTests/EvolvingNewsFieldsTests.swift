import Testing
@testable import ClaimModel
@testable import ClaimStore

/// The format additions of the rules for evolving news: `correction` and `ordinal` on claims,
/// `evolution` on attributes. Optional, version 1 unchanged, read alike by both decoders.
@Suite("Corrections, ordinals and evolution in the claim format")
struct EvolvingNewsFieldsTests {
    static let claim = ClaimLoaderTests.validClaim

    func load(_ claims: [String],
        options: ClaimLoader.Options = ClaimLoader.Options()) throws(InputError) -> ClaimLoader.Result {
        let folder = FixtureFolder()
        folder.writeRegistries()
        folder.writeSource(claims: claims)
        return try withExtendedLifetime(folder) { () throws(InputError) -> ClaimLoader.Result in
            try ClaimLoader(options: options).load(paths: [folder.path])
        }
    }

    @Test func aVersionOneClaimWithoutThemLoadsAsBefore() throws {
        let claim = try #require(try load([Self.claim]).claimSet.claims.first)
        #expect(claim.correction == false)
        #expect(claim.ordinal == nil)
    }

    @Test(arguments: [true, false])
    func bothDecodersReadThem(fast: Bool) throws {
        let marked = Self.claim.replacingOccurrences(of: #""statement""#,
            with: #""correction": true, "ordinal": 2, "statement""#)
        let result = try load([marked], options: fast ? ClaimLoader.Options() : .plain)
        #expect((result.claimSet.claimList.table != nil) == fast, "the fast decoder took the file")
        let claim = try #require(result.claimSet.claims.first)
        #expect(claim.correction == true)
        #expect(claim.ordinal == 2)
        #expect(result.warnings.isEmpty, "no longer an unknown field")
    }

    @Test func badValuesAreErrorsAtTheirLine() {
        let claims = [
            Self.claim.replacingOccurrences(of: #""statement""#, with: #""ordinal": 0, "statement""#),
            Self.claim.replacingOccurrences(of: #""id": "c1""#, with: #""id": "c2""#)
                .replacingOccurrences(of: #""statement""#, with: #""correction": "yes", "statement""#),
        ]
        do {
            _ = try load(claims)
            Issue.record("bad values loaded")
        } catch {
            let messages = error.diagnostics.filter { $0.severity == .error }.map { "\($0.line ?? 0): \($0.message)" }
            #expect(messages.contains(#"4: "ordinal" must be at least 1, found 0"#), "\(messages)")
            #expect(messages.contains(#"5: "correction" must be true or false, found a string"#), "\(messages)")
        }
    }

    @Test func attributesReadTheirEvolution() throws {
        let folder = FixtureFolder()
        folder.writeRegistries()
        folder.write("attributes.json", """
        {"format": "claimcheck-attributes", "version": 1, "attributes": [
          {"id": "pledges", "name": "Pledges", "kind": "count", "units": ["countries"], "evolution": "grows"},
          {"id": "attendance", "name": "Attendance", "kind": "category", "values": [{"id": "in-person"}]},
          {"id": "signed", "name": "Signed", "kind": "flag", "evolution": "fixed"}
        ]}
        """)
        folder.writeSource(claims: [Self.claim])
        let attributes = try ClaimLoader().load(paths: [folder.path]).claimSet.attributes
        #expect(attributes["pledges"]?.evolution == .grows)
        #expect(attributes["attendance"]?.evolution == .changes, "the default")
        #expect(attributes["signed"]?.evolution == .fixed)

        folder.write("attributes.json", """
        {"format": "claimcheck-attributes", "version": 1, "attributes": [
          {"id": "pledges", "name": "Pledges", "kind": "count", "units": ["countries"], "evolution": "rising"}
        ]}
        """)
        #expect(throws: InputError.self) { try ClaimLoader().load(paths: [folder.path]) }
    }
}
