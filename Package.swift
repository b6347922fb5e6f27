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
        // How claims are stored and loaded fast: the fast decoder, the compact table, the desk
        // check's index and its cache, their coding and hashing. Nothing above it but the
        // front ends sees it: rules and reports read a `ClaimList` and its `ClaimColumns`.
        .target(name: "ClaimStore", dependencies: ["ClaimModel"]),
        .target(name: "ClaimExtraction", dependencies: ["ClaimModel"]),
        .target(name: "ClaimRules", dependencies: ["ClaimModel"]),
        .target(name: "ClaimReports", dependencies: ["ClaimModel", "ClaimRules"]),
        // Scoring extraction and rules against a curated corpus (`claimcheck evaluate`).
        .target(name: "ClaimEvaluation", dependencies: ["ClaimModel", "ClaimStore", "ClaimExtraction", "ClaimRules"]),
        // Check logic the front end only calls: the desk check (drafts extracted in memory and
        // checked against the record) and article batches. It needs extraction and the store
        // as well as reports, which the rules and reports must never see: a target of its own.
        .target(name: "ClaimCheck", dependencies: ["ClaimModel", "ClaimStore", "ClaimExtraction", "ClaimReports"]),
        // The command line's argument parser and help layout: no domain knowledge, a target of its
        // own so its tests (and the fuzzer) need not import the executable. (The model lends it the
        // "did you mean" suggestions.)
        .target(name: "CommandLineArguments", dependencies: ["ClaimModel"]),
        .executableTarget(
            name: "claimcheck",
            dependencies: [
                "ClaimModel", "ClaimStore", "ClaimExtraction", "ClaimRules", "ClaimReports", "ClaimEvaluation",
                "ClaimCheck", "CommandLineArguments",
            ]
        ),
        // Generated corpora with known contradictions (benign and realistic) and the seeded
        // random numbers they are drawn from: shared by the tests and the benchmarks, so no
        // test imports an executable. Not part of the product.
        .target(name: "ClaimTestSupport", dependencies: ["ClaimModel", "ClaimRules"]),
        // Release-build benchmarks; not part of the user-facing command.
        .executableTarget(
            name: "claimcheck-bench",
            dependencies: [
                "ClaimModel", "ClaimStore", "ClaimExtraction", "ClaimRules", "ClaimReports", "ClaimTestSupport",
            ],
            path: "Benchmarks/claimcheck-bench"
        ),
        // The model tests draw random bytes from `ClaimTestSupport`; the rules tests check a
        // generated corpus end to end.
        .testTarget(name: "ClaimModelTests", dependencies: ["ClaimModel", "ClaimStore", "ClaimTestSupport"]),
        .testTarget(name: "ClaimRulesTests", dependencies: ["ClaimModel", "ClaimStore", "ClaimRules", "ClaimTestSupport"]),
        .testTarget(name: "ClaimExtractionTests", dependencies: ["ClaimModel", "ClaimStore", "ClaimExtraction"],
                    exclude: ["Fixtures"]),
        .testTarget(
            name: "ClaimReportsTests",
            dependencies: ["ClaimModel", "ClaimStore", "ClaimRules", "ClaimReports", "ClaimCheck", "ClaimTestSupport"],
            exclude: ["Fixtures"]  // golden files and claim fixtures, read by path
        ),
        .testTarget(name: "ClaimCheckTests", dependencies: ["ClaimModel", "ClaimExtraction", "ClaimCheck"]),
        .testTarget(name: "claimcheckTests", dependencies: ["claimcheck", "CommandLineArguments"]),
    ],
    swiftLanguageModes: [.v6]
)
