import Testing
import Foundation

/// The CI story end to end, through the built binary on a temporary copy of claims/:
/// accept the current findings, fail on a new contradiction and on nothing else, notice a
/// resolved one, and see exactly the new finding in a diff of two reports.
@Suite(.serialized) struct CIStoryTests {
    /// A contradiction nobody has accepted, in a group that agreed until now: AFP also places
    /// Meloni in the room at the September summit, where the Slovene outlet has her on a video
    /// link.
    static func addContradiction(to corpus: CorpusCopy) throws {
        try corpus.editClaims("afp-2025-09-04.json") { claims in
            var claim = claims.first { $0["id"] as? String == "starmer-remote" }!
            claim["id"] = "meloni-in-person"
            claim["subject"] = "giorgia-meloni"
            claim["value"] = "in-person"
            claim["statement"] = "Meloni attended the Paris summit in person."
            claims.append(claim)
        }
    }

    /// A new witness to an accepted contradiction: AFP also says 30 countries pledged troops.
    static func addClaimToAcceptedContradiction(to corpus: CorpusCopy) throws {
        try corpus.editClaims("afp-2025-09-04.json") { claims in
            var claim = claims.first { $0["id"] as? String == "more-than-two-dozen-pledged" }!
            claim["id"] = "thirty-pledged"
            claim["value"] = 30
            claim["statement"] = "Thirty countries pledged troops."
            claims.append(claim)
        }
    }

    @Test func baselineAcceptsTheShippedCorpusAndFailsOnlyOnTheNewContradiction() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        let written = try ToolRunner.run(["check", "claims", "--write-baseline", "baseline.json"], in: corpus.folder)
        #expect(written.code == 0, "\(written.stderr)")
        #expect(FileManager.default.fileExists(atPath: corpus.path("baseline.json")))

        let clean = try ToolRunner.run(["check", "claims", "--baseline", "baseline.json"], in: corpus.folder)
        #expect(clean.code == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.contains("0 errors, 0 warnings, 0 notes"))

        try Self.addContradiction(to: corpus)
        let failing = try ToolRunner.run(["check", "claims", "--baseline", "baseline.json", "--format", "json"],
                                         in: corpus.folder)
        #expect(failing.code == 1)
        let report = try JSONSerialization.jsonObject(with: Data(failing.stdout.utf8)) as! [String: Any]
        let findings = report["findings"] as! [[String: Any]]
        #expect(findings.count == 1, "only the new finding is reported")
        let table = report["claims"] as? [String: [String: Any]] ?? [:]
        let claims = (findings.first?["claims"] as? [String])?.compactMap { table[$0]?["id"] as? String } ?? []
        #expect(claims.contains("meloni-in-person"))
        #expect(findings.first?["rule"] as? String == "category-conflict")
    }

    /// A finding is its rule and its claims: a claim that joins an accepted contradiction makes
    /// a finding nobody has accepted yet, so the build fails on it, and every failing finding
    /// involves the new claim.
    @Test func aClaimJoiningAnAcceptedContradictionIsNew() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        _ = try ToolRunner.run(["check", "claims", "--write-baseline", "baseline.json"], in: corpus.folder)
        try Self.addClaimToAcceptedContradiction(to: corpus)
        let run = try ToolRunner.run(["check", "claims", "--baseline", "baseline.json", "--format", "json"],
                                     in: corpus.folder)
        #expect(run.code == 1)
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let findings = report["findings"] as! [[String: Any]]
        #expect(!findings.isEmpty)
        let table = report["claims"] as? [String: [String: Any]] ?? [:]
        for finding in findings {
            let ids = (finding["claims"] as! [String]).compactMap { table[$0]?["id"] as? String }
            #expect(ids.contains("thirty-pledged"), "\(ids)")
        }
    }

    @Test func removingAClaimReportsItsBaselineEntryAsResolved() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        _ = try ToolRunner.run(["check", "claims", "--write-baseline", "baseline.json"], in: corpus.folder)
        // Espreso's planned phone call is one side of an accepted expectation-changed note.
        try corpus.editClaims("espreso-2025-09-04.json") { claims in
            claims.removeAll { $0["id"] as? String == "trump-phone-call-scheduled" }
        }
        let run = try ToolRunner.run(["check", "claims", "--baseline", "baseline.json"], in: corpus.folder)
        #expect(run.code == 0, "a resolved entry is a notice, not a failure")
        #expect(run.stdout.contains("Resolved since the baseline (1)"))
        #expect(run.stdout.contains("resolved baseline.json: [expectation-changed]"))
        let strict = try ToolRunner.run(["check", "claims", "--baseline", "baseline.json", "--strict"],
                                        in: corpus.folder)
        #expect(strict.code == 1, "under --strict a stale baseline entry fails")
    }

    @Test func diffOfTwoReportsShowsExactlyTheNewFinding() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        let before = try ToolRunner.run(["check", "claims", "--format", "json", "--output", "old.json"],
                                        in: corpus.folder)
        #expect(before.code == 1)
        try Self.addContradiction(to: corpus)
        _ = try ToolRunner.run(["check", "claims", "--format", "json", "--output", "new.json"], in: corpus.folder)

        let diff = try ToolRunner.run(["diff", "old.json", "new.json", "--format", "json"], in: corpus.folder)
        #expect(diff.code == 1, "a new error fails the diff")
        let document = try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as! [String: Any]
        let summary = document["summary"] as! [String: Int]
        #expect(summary["new"] == 1)
        #expect(summary["resolved"] == 0)
        #expect((document["new"] as! [[String: Any]]).count == 1)

        let reverse = try ToolRunner.run(["diff", "new.json", "old.json"], in: corpus.folder)
        #expect(reverse.code == 0, "resolving a finding never fails")
        #expect(reverse.stdout.contains("Resolved (1)"))
    }

    @Test func badBaselineAndConfigurationExitTwoNamingFileAndLine() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        try "{\"format\": \"claimcheck-baseline\",\n\"version\": 2, \"findings\": []}"
            .write(toFile: corpus.path("old-baseline.json"), atomically: true, encoding: .utf8)
        let baseline = try ToolRunner.run(["check", "claims", "--baseline", "old-baseline.json"], in: corpus.folder)
        #expect(baseline.code == 2)
        #expect(baseline.stderr.contains("error: old-baseline.json:2: unsupported \"version\" 2"))

        try "{\n  \"rules\": {\"count-mismatch\": {\"severity\": \"fatal\"}}\n}"
            .write(toFile: corpus.path(".claimcheck.json"), atomically: true, encoding: .utf8)
        let config = try ToolRunner.run(["check", "claims"], in: corpus.folder)
        #expect(config.code == 2)
        #expect(config.stderr.contains("error: .claimcheck.json:2: \"severity\" is \"fatal\""))

        let diff = try ToolRunner.run(["diff", "old-baseline.json", "claims/events.json"], in: corpus.folder)
        #expect(diff.code == 2)
        #expect(diff.stderr.contains("error: old-baseline.json:1: \"format\" is \"claimcheck-baseline\""))
    }

    @Test func suppressionsAndConfigurationApplyThroughTheCommandLine() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        try """
        {
          "format": "claimcheck-config", "version": 1,
          "rules": {"shift-across-events": {"enabled": false}},
          "suppressions": [
            {"claim": "slovene-outlet-2025-09-04#macron-20-ready", "reason": "mistranslation of 26"},
            {"fingerprint": "0000000000000000", "reason": "long gone"}
          ],
          "colour": "always"
        }
        """.write(toFile: corpus.path("team.json"), atomically: true, encoding: .utf8)
        let run = try ToolRunner.run(["check", "claims", "--config", "team.json"], in: corpus.folder)
        #expect(run.code == 0, "\(run.stdout)")
        #expect(run.stderr.contains("warning: team.json:8: unknown field \"colour\""))
        #expect(run.stdout.contains("Suppressed (2)"))
        #expect(run.stdout.contains("Suppressions that suppress nothing (1)"))
        #expect(!run.stdout.contains("shift-across-events"))
    }

    @Test func timelineResolvesEntitiesAndMarksConflicts() throws {
        let run = try ToolRunner.run(["timeline", "friedrich MERZ", "attendance-mode"], in: ToolRunner.packageRoot)
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Friedrich Merz · Attendance\n"))
        let lines = run.stdout.split(separator: "\n")
        let september = try #require(lines.firstIndex { $0.contains("(4 Sep 2025)") })
        let january = try #require(lines.firstIndex { $0.contains("(6 Jan 2026)") })
        #expect(september < january, "events in date order")
        let unknown = try ToolRunner.run(["timeline", "Mertz"], in: ToolRunner.packageRoot)
        #expect(unknown.code == 64)
        #expect(unknown.stderr.contains("did you mean 'Merz'?"))
    }
}
