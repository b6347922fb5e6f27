import Testing
import ClaimModel
import ClaimRules
@testable import ClaimReports

/// `EvidenceQuotes(for: report)` reads each article its findings name once, in the order the
/// findings first name them; with many findings the listings' files are hashed on every core
/// first, and these hold that path to the same reads.
@Suite("Reading the articles of a report")
struct EvidenceQuotesReadingTests {
    static func report(files: [String], findings: Int, perFinding: Int) -> Report {
        let base = ExampleCatalog.claimSet(for: [.pledge(.exactly(26), in: "outlet-b")])
        let template = base.claims[0]
        let key = ComparisonKey(template, attribute: nil)
        var next = 0
        let made = (0..<findings).map { index -> Finding in
            let claims = (0..<perFinding).map { _ -> Claim in
                var claim = template
                // A stride through the files, so first namings come out of order.
                next = (next + 7) % (files.count * 3)
                claim.evidence = Evidence(file: files[next % files.count], line: 1)
                return claim
            }
            return Finding(ruleID: "count-mismatch", severity: .error, message: "finding \(index)", key: key,
                           claims: claims)
        }
        return Report(findings: made, claimSet: base)
    }

    static func reads(_ report: Report) -> [String] {
        var read: [String] = []
        _ = EvidenceQuotes(for: report) { path in read.append(path); return nil }
        return read
    }

    @Test(arguments: [(findings: 3, perFinding: 2), (findings: 3_000, perFinding: 5)])
    func eachArticleIsReadOnceInOrderOfFirstNaming(shape: (findings: Int, perFinding: Int)) {
        let files = (0..<40).map { "article-\($0).txt" }
        let report = Self.report(files: files, findings: shape.findings, perFinding: shape.perFinding)
        var expected: [String] = [], seen = Set<String>()
        for finding in report.findings {
            for claim in finding.claims where seen.insert(claim.evidence.file).inserted {
                expected.append(report.articles.path(of: claim.evidence))
            }
        }
        #expect(Self.reads(report) == expected)
    }

    /// File names that are one string but not one sequence of bytes ("é" composed and not)
    /// are one article, read once.
    @Test func namesEqualAsStringsAreOneArticle() {
        let report = Self.report(files: ["caf\u{E9}.txt", "cafe\u{301}.txt", "other.txt"], findings: 3_000,
                                 perFinding: 2)
        #expect(Self.reads(report).count == 2)
    }
}
