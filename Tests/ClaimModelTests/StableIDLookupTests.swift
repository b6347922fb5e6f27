import Testing
@testable import ClaimModel
@testable import ClaimStore

/// `ClaimList.positions(ofStableIDs:)` on a table (binary search among a file's rows, or a
/// look through a plain-path file's claims) answers as the array of the same claims does.
@Suite("Finding claims by stable id")
struct StableIDLookupTests {
    @Test func aTableFindsEveryClaimOnRecordWhereTheArrayDoes() throws {
        let folder = CompactValueTests.tableFixture()
        let loaded = try withExtendedLifetime(folder) { try ClaimLoader().load(paths: [folder.path]) }
        let list = loaded.claimSet.claimList
        _ = try #require(list.table, "the load took the plain path")
        let array = ClaimList(list.array)
        let every = Set(array.indices.map(array.stableID(at:)))
        #expect(list.positions(ofStableIDs: every) == Array(list.indices))
        // One at a time: "c1" is a prefix of "c10", "c11" and "c12", which sort between it and "c2".
        for position in list.indices {
            #expect(list.positions(ofStableIDs: [array.stableID(at: position)]) == [position])
        }
    }

    @Test func idsNotOnRecordMatchNothing() throws {
        let folder = CompactValueTests.tableFixture()
        let loaded = try withExtendedLifetime(folder) { try ClaimLoader().load(paths: [folder.path]) }
        let list = loaded.claimSet.claimList
        _ = try #require(list.table, "the load took the plain path")
        let absent: Set<String> = ["outlet#c", "outlet#c13", "outlet#c0", "other#d9", "other#", "nowhere#c1",
                                   "outlet", "", "#c1", "outlet#c1#c2"]
        #expect(list.positions(ofStableIDs: absent).isEmpty)
        #expect(ClaimList(list.array).positions(ofStableIDs: absent).isEmpty)
        let mixed = absent.union(["outlet#c12", "other#d3"])
        #expect(list.positions(ofStableIDs: mixed) == ClaimList(list.array).positions(ofStableIDs: mixed))
        #expect(list.positions(ofStableIDs: mixed).count == 2)
    }
}
