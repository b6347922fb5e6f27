import Foundation
import Testing
import ClaimModel
import ClaimStore

/// The desk check scopes a table-backed record on its rows, decoding only the claims it keeps:
/// that must keep exactly what scoping every decoded claim keeps.
@Suite struct DraftScopeTests {
    @Test func scopingRowsKeepsWhatScopingClaimsKeeps() throws {
        let folder = try SyntheticCorpusTests.corpus(claims: 3_000, sources: 40, seed: 11)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let record = try ClaimLoader().load(paths: [folder + "/claims"]).claimSet
        #expect(record.claimList.table != nil)
        let claims = record.claims
        // A few claims on record moved to a draft; one of them translates a claim on record,
        // outside the draft's series, that only the draft makes a target.
        var drafts = stride(from: 0, to: claims.count, by: 701).map { index -> Claim in
            var draft = claims[index]
            draft.sourceID = "draft"
            draft.sameQuoteAs = nil
            return draft
        }
        let targets = Set(claims.compactMap(\.sameQuoteAs))
        let draftSeries = DraftScope(draftClaims: drafts).keys
        let untranslated = try #require(claims.first {
            $0.sameQuoteAs == nil && !targets.contains($0.stableID) && !draftSeries.contains(DraftScope.SeriesKey($0))
        })
        drafts[0].sameQuoteAs = untranslated.stableID
        // And a series the record's registries have never heard of.
        var unknown = drafts[1]
        unknown.subject = "nobody-on-record"
        drafts.append(unknown)

        let scope = DraftScope(draftClaims: drafts)
        let expected = scope.relevant(claims + drafts).filter { $0.sourceID != "draft" }
        #expect(expected.contains(untranslated))
        #expect(expected.contains { $0.sameQuoteAs != nil })
        #expect(scope.relevant(in: record.claimList, drafts: drafts) == expected)
        #expect(scope.relevant(in: ClaimList(claims), drafts: drafts) == expected)
        #expect(DraftScope(draftClaims: []).relevant(in: record.claimList, drafts: [])
                == DraftScope(draftClaims: []).relevant(claims))
    }
}
