import Testing
@testable import ClaimModel
@testable import ClaimStore

@Suite("Loading and validating claims")
struct ClaimLoaderTests {
    static let validClaim = #"{"id": "c1", "subject": "coalition", "attribute": "pledges", "value": 26, "# +
        #""speaker": "leader", "attribution": "direct-quote", "event": "summit", "statement": "26 pledged.", "# +
        #""evidence": {"line": 3}}"#

    func load(_ claims: [String], extraFiles: [(String, String)] = []) throws(InputError) -> ClaimLoader.Result {
        let folder = FixtureFolder()
        folder.writeRegistries()
        folder.writeSource(claims: claims)
        for (name, text) in extraFiles { folder.write(name, text) }
        return try withExtendedLifetime(folder) { () throws(InputError) -> ClaimLoader.Result in
            try ClaimLoader().load(paths: [folder.path])
        }
    }

    /// Loads, expects failure, and returns the error diagnostics as "line: message".
    func errors(_ claims: [String]) -> [String] {
        do {
            _ = try load(claims)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map { "\($0.line ?? 0): \($0.message)" }
        }
    }

    @Test func loadsAValidClaimWithDefaultsResolved() throws {
        let result = try load([Self.validClaim])
        let claim = try #require(result.claimSet.claims.first)
        #expect(claim.stableID == "outlet#c1")
        #expect(claim.value == .quantity(.exactly(26)))
        #expect(claim.unit == "countries")  // the attribute's only unit
        #expect(claim.said == Day(iso: "2025-09-04"))  // the source's publication date
        #expect(claim.evidence == Evidence(file: "article.txt", line: 3))
        #expect(claim.modality == .asserted)
        #expect(result.warnings.isEmpty)
    }

    @Test(arguments: [
        (#"{"min": 25, "max": null}"#, Quantity.range(min: 25, max: nil)),
        (#"{"exactly": 26}"#, .exactly(26)),
        (#"{"about": 40}"#, .about(40)),
        (#"{"min": 20, "max": 30}"#, .range(min: 20, max: 30)),
    ])
    func readsEveryFormOfQuantity(json: String, expected: Quantity) throws {
        let claim = Self.validClaim.replacingOccurrences(of: #""value": 26"#, with: #""value": \#(json)"#)
        #expect(try load([claim]).claimSet.claims.first?.value == .quantity(expected))
    }

    @Test func reportsAnUnknownEntityAtItsLine() {
        let claim = Self.validClaim.replacingOccurrences(of: #""subject": "coalition""#,
                                                         with: #""subject": "coalitoin""#)
        let found = errors([claim])
        #expect(found == [#"4: unknown entity "coalitoin" in "subject"; add it to entities.json or correct the id"#])
    }

    @Test func reportsUnknownAttributesEventsAndSpeakers() {
        let claims = [
            Self.validClaim.replacingOccurrences(of: #""attribute": "pledges""#, with: #""attribute": "pledge""#),
            Self.validClaim.replacingOccurrences(of: #""id": "c1""#, with: #""id": "c2""#)
                .replacingOccurrences(of: #""event": "summit""#, with: #""event": "sumit""#),
            Self.validClaim.replacingOccurrences(of: #""id": "c1""#, with: #""id": "c3""#)
                .replacingOccurrences(of: #""speaker": "leader""#, with: #""speaker": "leeder""#),
        ]
        let found = errors(claims)
        #expect(found.count == 3)
        #expect(found.contains { $0.hasPrefix("4: unknown attribute \"pledge\"") })
        #expect(found.contains { $0.hasPrefix("5: unknown event \"sumit\"") })
        #expect(found.contains { $0.hasPrefix("6: unknown entity \"leeder\" in \"speaker\"") })
    }

    @Test(arguments: [
        (#""value": "in-person""#, "is a count: the value must be a number"),
        (#""value": -3"#, "cannot be negative"),
        (#""value": 2.5"#, "must be a whole number"),
        (#""value": 100000000000000"#, "not a plausible count"),
        (#""value": {"min": 30, "max": 20}"#, "is above its \"max\""),
        (#""value": {"roughly": 20}"#, "found keys roughly"),
        (#""value": {"exactly": "26"}"#, "must be a number, found a string"),
    ])
    func rejectsValuesOfTheWrongKindOrImplausibleCounts(replacement: String, fragment: String) {
        let claim = Self.validClaim.replacingOccurrences(of: #""value": 26"#, with: replacement)
        let found = errors([claim])
        #expect(found.count == 1)
        #expect(found.first?.contains(fragment) == true, "\(found)")
    }

    @Test func rejectsACategoryOutsideItsSetAndAFlagThatIsNotABoolean() {
        let category = #"{"id": "a", "subject": "leader", "attribute": "attendance", "value": "teleported", "# +
            #""evidence": {"line": 1}}"#
        let flag = #"{"id": "b", "subject": "leader", "attribute": "signed", "value": "yes", "evidence": {"line": 1}}"#
        let found = errors([category, flag])
        #expect(found.contains { $0.contains("\"teleported\" is not a value of \"attendance\"") })
        #expect(found.contains { $0.contains("is a flag: the value must be true or false, found a string") })
    }

    @Test func rejectsDuplicateClaimIdsNamingTheFirstUse() {
        let found = errors([Self.validClaim, Self.validClaim])
        #expect(found == [#"5: duplicate claim id "c1" (first used at line 4); ids must be unique within a file"#])
    }

    @Test func rejectsDatesThatDoNotExist() {
        let claim = Self.validClaim.replacingOccurrences(of: #""event": "summit""#,
                                                         with: #""event": "summit", "said": "2025-02-30""#)
        #expect(errors([claim]) == [#"4: "said" is "2025-02-30", which is not a real date in the form YYYY-MM-DD"#])
    }

    @Test func rejectsMissingRequiredFields() {
        let claim = #"{"id": "c1", "subject": "coalition", "value": 26, "evidence": {"line": 3}}"#
        #expect(errors([claim]) == [#"4: a claim is missing the required field "attribute""#])
    }

    @Test func rejectsAUnitTheAttributeDoesNotTake() {
        let claim = Self.validClaim.replacingOccurrences(of: #""value": 26"#, with: #""value": 26, "unit": "soldiers""#)
        #expect(errors([claim]).first?.contains(#"unit "soldiers" is not allowed for "pledges""#) == true)
    }

    @Test func rejectsANarratorSpeakerWithAQuoteAttribution() {
        let claim = Self.validClaim.replacingOccurrences(of: #""speaker": "leader""#, with: #""speaker": "narrator""#)
        #expect(errors([claim]).first?.contains("does not fit attribution") == true)
    }

    @Test func warnsAboutUnknownFieldsButStillLoads() throws {
        let claim = Self.validClaim.replacingOccurrences(of: #""value": 26"#, with: #""value": 26, "valeu": 27"#)
        let result = try load([claim])
        #expect(result.claimSet.claims.count == 1)
        #expect(result.warnings.map(\.message) == [#"unknown field "valeu" in a claim is ignored"#])
        #expect(result.warnings.first?.line == 4)
    }

    @Test func reportsInvalidJSONWithFileAndLine() {
        let folder = FixtureFolder()
        folder.writeRegistries()
        let file = folder.write("broken.json", "{\n\"format\": \"claimcheck-claims\",\n\"claims\": [,]\n}")
        #expect {
            _ = try ClaimLoader().load(paths: [folder.path])
        } throws: { error in
            let diagnostic = (error as? InputError)?.diagnostics.first
            return diagnostic?.file == file && diagnostic?.line == 3
                && diagnostic?.message.hasPrefix("invalid JSON") == true
        }
    }

    @Test func rejectsAnotherFormatVersion() {
        let folder = FixtureFolder()
        folder.writeRegistries()
        folder.write("future.json", #"{"format": "claimcheck-claims", "version": 2, "source": {}, "claims": []}"#)
        #expect {
            _ = try ClaimLoader().load(paths: [folder.path])
        } throws: { error in
            (error as? InputError)?.diagnostics.first?.message.contains("unsupported \"version\" 2") == true
        }
    }

    @Test func rejectsADanglingTranslationReference() {
        let claim = Self.validClaim.replacingOccurrences(of: #""value": 26"#,
                                                         with: #""value": 26, "sameQuoteAs": "other#c9""#)
        #expect(errors([claim]) == [#"4: "sameQuoteAs" names "other#c9", which is not a claim on record"#])
    }

    @Test func rejectsDuplicateSourceIdsAcrossFiles() {
        let folder = FixtureFolder()
        folder.writeRegistries()
        folder.writeSource("a.json", claims: [Self.validClaim])
        folder.writeSource("b.json", claims: [Self.validClaim])
        #expect {
            _ = try ClaimLoader().load(paths: [folder.path])
        } throws: { error in
            (error as? InputError)?.diagnostics.contains { $0.message.contains("duplicate source id " +
                                                                               "\"outlet\"") } == true
        }
    }

    @Test func findsTheRegistriesBesideASingleClaimFile() throws {
        let folder = FixtureFolder()
        folder.writeRegistries()
        let file = folder.writeSource("sources/outlet.json", claims: [Self.validClaim])
        let result = try ClaimLoader().load(paths: [file])
        #expect(result.claimSet.claims.count == 1)
    }

    @Test func reportsAMissingPath() {
        #expect {
            _ = try ClaimLoader().load(paths: ["/nonexistent/claims"])
        } throws: { error in
            (error as? InputError)?.description == "/nonexistent/claims: error: no such file or folder"
        }
    }
}
