// swift-tools-version:6.0
// claimcheck: a claim-consistency checker for fact-checkers.
// No package dependencies by design: a checker that runs in every CI job must build from a
// clean clone with nothing to fetch.
import PackageDescription

let package = Package(
    name: "claimcheck",
    products: [
        .executable(name: "claimcheck", targets: ["claimcheck"]),
    ],
    targets: [
        // The built-in news vocabulary is compiled into the tool (no bundle lookup at run time,
        // which Linux builds do not have).
        .target(name: "ClaimModel", resources: [.embedInCode("Resources/news-attributes.json")]),
        .target(name: "ClaimExtraction", dependencies: ["ClaimModel"]),
        .target(name: "ClaimRules", dependencies: ["ClaimModel"]),
        .target(name: "ClaimReports", dependencies: ["ClaimModel", "ClaimRules"]),
        // Scoring extraction and rules against a curated corpus (`claimcheck evaluate`).
        .target(name: "ClaimEvaluation", dependencies: ["ClaimModel", "ClaimExtraction", "ClaimRules"]),
        .executableTarget(
            name: "claimcheck",
            dependencies: ["ClaimModel", "ClaimExtraction", "ClaimRules", "ClaimReports", "ClaimEvaluation"]
        ),
        // Release-build benchmarks; not part of the user-facing command.
        .executableTarget(
            name: "claimcheck-bench",
            dependencies: ["ClaimModel", "ClaimExtraction", "ClaimRules", "ClaimReports"],
            path: "Benchmarks/claimcheck-bench"
        ),
        // The synthetic corpus generator and its seeded random numbers live in the benchmark
        // target; the model tests draw random bytes from it, the rules tests check a generated
        // corpus end to end.
        .testTarget(name: "ClaimModelTests", dependencies: ["ClaimModel", "claimcheck-bench"]),
        .testTarget(name: "ClaimRulesTests", dependencies: ["ClaimModel", "ClaimRules", "claimcheck-bench"]),
        .testTarget(name: "ClaimExtractionTests", dependencies: ["ClaimModel", "ClaimExtraction"], exclude: ["Fixtures"]),
        .testTarget(name: "ClaimReportsTests", dependencies: ["ClaimModel", "ClaimRules", "ClaimReports"],
                    exclude: ["Fixtures"]),  // golden files and claim fixtures, read by path
        .testTarget(name: "claimcheckTests", dependencies: ["claimcheck"]),
    ],
    swiftLanguageModes: [.v6]
)
