import Testing
import ClaimModel
import ClaimReports

/// A report keeps its claim set's names, and follows the claim set when it is replaced: a
/// reporter never names things from a claim set the report no longer holds.
@Suite("Report names")
struct ReportNamesTests {
    @Test func namesFollowTheReportsClaimSet() {
        let before = ClaimSet(entities: [Entity(id: "tor", name: "Mara Tor", kind: .person)])
        let after = ClaimSet(entities: [Entity(id: "tor", name: "Mara Tor-Lind", kind: .person)])
        var report = Report(findings: [], claimSet: before)
        #expect(report.names.entity("tor") == "Mara Tor")
        report.claimSet = after
        #expect(report.names.entity("tor") == "Mara Tor-Lind")
    }
}
