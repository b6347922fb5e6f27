import Testing
import Foundation

/// Where headless Chromium is, if it is installed (`.ci/run` installs Debian's `chromium`).
enum Chromium {
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }()

    /// Loads a page headless and returns the DOM it built and what the browser logged.
    /// Console messages (script errors, blocked requests) are logged as `:CONSOLE`.
    static func dumpDOM(_ file: String) throws -> ToolRunner.Outcome {
        try ToolRunner.execute("/usr/bin/timeout", ["120", path!, "--headless", "--no-sandbox", "--disable-gpu",
                                                    "--enable-logging=stderr", "--v=0", "--dump-dom",
                                                    URL(fileURLWithPath: file).absoluteString],
                               in: NSTemporaryDirectory())
    }
}

/// The HTML report as a browser sees it: it loads without console errors or blocked
/// requests, shows every finding, draws the timelines, and a claim's `<script>` stays text.
@Suite(.serialized, .enabled(
    if: Chromium.path != nil,
    "chromium is not installed: apt-get install chromium (Debian) to run the HTML render tests"))
struct HTMLRenderTests {
    @Test func shippedCorpusReportLoadsCleanlyAndShowsTheFindings() throws {
        let folder = NSTemporaryDirectory() + "claimcheck-html-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let json = try ToolRunner.run(["check", "claims", "--format", "json"], in: ToolRunner.packageRoot)
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let findings = report["findings"] as! [[String: Any]]
        #expect(!findings.isEmpty)

        let html = folder + "/report.html"
        _ = try ToolRunner.run(["check", "claims", "--format", "html", "--output", html], in: ToolRunner.packageRoot)
        let page = try Chromium.dumpDOM(html)
        #expect(page.code == 0, "chromium failed: \(page.stderr.suffix(2000))")
        let consoleLines = page.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }
        #expect(consoleLines.isEmpty, "the page logged to the console: \(consoleLines)")
        #expect(page.stdout.contains("<h1>claimcheck report</h1>"))
        for finding in findings {
            let fingerprint = finding["fingerprint"] as! String
            #expect(page.stdout.contains("id=\"finding-\(fingerprint)\""), "finding \(fingerprint) is not on the page")
            // The summary links to it, so an editor can jump to the errors.
            #expect(page.stdout.contains("href=\"#finding-\(fingerprint)\""),
                    "the summary does not link \(fingerprint)")
        }
        // The severity filters are form controls the browser kept (no script needed).
        for filter in ["all", "error", "warning", "info"] {
            #expect(page.stdout.contains("id=\"show-\(filter)\""), "no \(filter) filter")
            #expect(page.stdout.contains("<label for=\"show-\(filter)\">"), "no label for the \(filter) filter")
        }
        #expect(page.stdout.contains("<svg"), "no timeline was drawn")
        #expect(page.stdout.contains("class=\"conflict-ring\""), "no conflicting point is marked")
    }

    @Test func hostileStatementStaysTextInTheBrowser() throws {
        let fixture = ToolRunner.packageRoot + "/Tests/ClaimReportsTests/Fixtures/claims"
        let folder = NSTemporaryDirectory() + "claimcheck-html-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let html = folder + "/hostile.html"
        let run = try ToolRunner.run(["check", fixture, "--format", "html", "--output", html], in: folder)
        #expect(run.code == 1)
        let page = try Chromium.dumpDOM(html)
        #expect(!page.stderr.contains(":CONSOLE"), "\(page.stderr.suffix(2000))")
        // The DOM has no script element; the statement is text, serialised with &lt;.
        #expect(!page.stdout.lowercased().contains("<script"))
        #expect(page.stdout.contains("&lt;script&gt;alert(\"pwned\")&lt;/script&gt; 100% sure: 20, not 26"))
    }
}
