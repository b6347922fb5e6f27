import ClaimCheck
import Foundation
import ClaimModel
import ClaimStore
import ClaimRules
import ClaimReports

/// The small corpus the reporter tests run on (Tests/ClaimReportsTests/Fixtures): two
/// outlets, five findings' worth of claims, and one hostile statement full of `<script>`,
/// quotes, `%`, a CR LF, commas and colons. Paths come from #filePath, not from SwiftPM
/// resources, so the same files are what a person opens to read a golden.
enum FixtureCorpus {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path
    static var claims: String { folder + "/claims" }
    static var goldens: String { folder + "/golden" }
    static let version = "9.9.9-test"

    /// The hostile statement as the fixture stores it.
    static let hostileStatement = "<script>alert(\"pwned\")</script> 100% sure: 20, not 26 | *really* "
                                  + "[link](http://x)\r\nsecond line: done"

    enum Scenario: String, CaseIterable, Sendable {
        /// A plain check: every finding reported.
        case plain
        /// Configuration with an articles folder and suppressions (one unused), and a
        /// baseline that accepts one finding and has a stale entry.
        case bookkeeping
    }

    static func claimSet() throws -> ClaimSet {
        try ClaimLoader().load(paths: [claims]).claimSet
    }

    static func report(_ scenario: Scenario) throws -> Report {
        var pipeline = CheckPipeline(toolVersion: version)
        if scenario == .bookkeeping {
            var configuration = try ConfigurationFile.read(folder + "/bookkeeping.claimcheck.json").configuration
            // Locations print as a user would see them, not as this machine's absolute path.
            configuration.suppressions = configuration.suppressions.map {
                var s = $0; s.file = ".claimcheck.json"; return s
            }
            pipeline.configuration = configuration
            pipeline.baseline = ("reports/baseline.json",
                                 try BaselineFile.read(folder + "/bookkeeping.baseline.json").baseline)
        }
        return try pipeline.run(claimSet()).report
    }

    static func golden(_ name: String) -> String { goldens + "/" + name }

    /// Compares with the golden file; with UPDATE_GOLDENS=1 in the environment, rewrites it.
    static func matchesGolden(_ text: String, _ name: String) throws -> Bool {
        let path = golden(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return true
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        return expected == text
    }
}
