import Testing
import Foundation

/// The README's examples are real output: each block announced with
/// `<!-- output: ARGS [| head -N | tail -N | excerpt N M] -->` must be exactly what
/// `claimcheck ARGS` prints in the package root (`excerpt N M`: the first N lines, a `...`
/// line, the last M lines), and the configuration announced with `<!-- config: … -->` must
/// load without warnings and use every suppression it declares.
///
/// After a deliberate change to the output, regenerate the blocks and review the diff:
/// `UPDATE_README=1 swift test --filter ReadmeExampleTests`.
@Suite struct ReadmeExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var directive: String
        var block: String
        var testDescription: String { directive }
    }

    /// The tool's output for a directive, cut as the directive says.
    static func output(for directive: String) throws -> (code: Int32, stderr: String, text: String) {
        let parts = directive.components(separatedBy: " | ")
        let run = try ToolRunner.run(parts[0].split(separator: " ").map(String.init), in: ToolRunner.packageRoot)
        var lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for cut in parts.dropFirst() {
            let words = cut.split(separator: " ").map(String.init)
            switch words.first {
            case "head": lines = Array(lines.prefix(Int(words[1].dropFirst()) ?? 0))
            case "tail": lines = Array(lines.suffix(Int(words[1].dropFirst()) ?? 0))
            case "excerpt":
                let first = Int(words[1]) ?? 0, last = Int(words[2]) ?? 0
                if lines.count > first + last { lines = lines.prefix(first) + ["..."] + lines.suffix(last) }
            default: Issue.record("unknown cut '\(cut)' in README directive '\(directive)'")
            }
        }
        return (run.code, run.stderr, lines.joined(separator: "\n") + "\n")
    }

    /// With UPDATE_README=1, rewrites the README's output blocks with what the tool prints.
    static func updateReadme() throws {
        let path = ToolRunner.packageRoot + "/README.md"
        var readme = try String(contentsOfFile: path, encoding: .utf8)
        for example in examples("output") {
            let fresh = try output(for: example.directive).text
            guard fresh != example.block,
                  let marker = readme.range(of: "<!-- output: \(example.directive) -->"),
                  let block = readme[marker.upperBound...].range(of: example.block) else { continue }
            readme.replaceSubrange(block, with: fresh)
        }
        try readme.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func examples(_ kind: String) -> [Example] {
        guard let readme = try? String(contentsOfFile: ToolRunner.packageRoot + "/README.md", encoding: .utf8) else {
            return [] }
        var result: [Example] = []
        var rest = readme[...]
        while let start = rest.range(of: "<!-- \(kind): ") {
            let end = rest[start.upperBound...].range(of: " -->")!
            let directive = String(rest[start.upperBound..<end.lowerBound])
            let fenceOpen = rest[end.upperBound...].range(of: "```")!
            let bodyStart = rest[fenceOpen.upperBound...].firstIndex(of: "\n")!
            let fenceClose = rest[rest.index(after: bodyStart)...].range(of: "\n```")!
            result.append(Example(directive: directive,
                                  block: String(rest[rest.index(after: bodyStart)..<fenceClose.lowerBound]) + "\n"))
            rest = rest[fenceClose.upperBound...]
        }
        return result
    }

    @Test func readmeHasExamples() {
        #expect(Self.examples("output").count >= 4)
        #expect(Self.examples("config").count == 1)
    }

    @Test(arguments: examples("output"))
    func outputExampleIsRealOutput(_ example: Example) throws {
        // Regenerating: the blocks were read before the update (see `regenerateWhenAsked`).
        guard !Self.updating else { return }
        let run = try Self.output(for: example.directive)
        #expect(run.code == 0 || run.code == 1, "\(run.stderr)")
        #expect(run.text == example.block,
                "README example for '\(example.directive)' is not what claimcheck prints:\n\(run.text)")
    }

    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_README"] == "1" }

    /// Once, not per example: the examples run in parallel and would write over each other.
    @Test(.enabled(if: updating)) func regenerateWhenAsked() throws { try Self.updateReadme() }

    @Test func excerptKeepsTheFirstAndLastLines() throws {
        let whole = try Self.output(for: "rules").text.split(separator: "\n", omittingEmptySubsequences: false)
        let excerpt = try Self.output(for: "rules | excerpt 2 1").text
        #expect(excerpt == whole[0] + "\n" + whole[1] + "\n...\n" + whole[whole.count - 2] + "\n")
    }

    @Test func configurationExampleLoadsAndEverySuppressionApplies() throws {
        let example = try #require(Self.examples("config").first)
        let folder = NSTemporaryDirectory() + "claimcheck-readme-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try example.block.write(toFile: folder + "/config.json", atomically: true, encoding: .utf8)
        let run = try ToolRunner.run(["check", "claims", "--config", folder + "/config.json"],
                                     in: ToolRunner.packageRoot)
        #expect(run.code != 2 && run.code != 64, "\(run.stderr)")
        #expect(!run.stderr.contains("warning:"), "\(run.stderr)")
        #expect(!run.stdout.contains("suppress nothing"), "a README suppression matches nothing")
    }
}
