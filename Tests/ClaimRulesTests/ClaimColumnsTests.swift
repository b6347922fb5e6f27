import Foundation
import Testing
import ClaimModel
import ClaimStore

/// Both storages give the same view of their claims: a table's columns (copied from its
/// rows) and an array's (interned) name, by position, each claim's own ids, and group claims
/// the same way.
@Suite struct ClaimColumnsTests {
    @Test func tableAndArrayColumnsNameEveryClaimsIDs() throws {
        let folder = try SyntheticCorpusTests.corpus(claims: 2_000, sources: 30, seed: 5)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let record = try ClaimLoader().load(paths: [folder + "/claims"]).claimSet
        #expect(record.claimList.table != nil)
        let claims = record.claims
        #expect(claims.contains { $0.event == nil } && claims.contains { $0.unit != nil })
        for list in [record.claimList, ClaimList(claims)] {
            let columns = list.columns
            #expect(columns.count == claims.count)
            for (position, claim) in claims.enumerated() {
                #expect(columns.subjectIDs[Int(columns.subject[position])] == claim.subject)
                let attribute = Int(columns.attribute[position])
                #expect(columns.attributeIDs[attribute] == claim.attribute)
                let event = columns.event[position]
                #expect((event < 0 ? nil : columns.eventIDs[Int(event)]) == claim.event)
                let unit = columns.unit[position]
                #expect((unit < 0 ? nil : columns.unitIDs[attribute][Int(unit)]) == claim.unit)
                #expect(columns.sourceIDs[Int(columns.source[position])] == claim.sourceID)
                let series = columns.series(subject: claim.subject, attribute: claim.attribute, unit: claim.unit)
                #expect(series == columns.series(at: position))
            }
            #expect(columns.series(subject: "nobody-on-record", attribute: claims[0].attribute, unit: nil) == nil)
        }
    }

}
