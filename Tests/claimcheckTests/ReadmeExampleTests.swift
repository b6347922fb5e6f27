import Testing
import Foundation

/// The README's examples are real output: each block announced with
/// `<!-- output: ARGS [| head -N] -->` must be exactly what `claimcheck ARGS` prints in the
/// package root, and the configuration announced with `<!-- config: … -->` must load
/// without warnings and use every suppression it declares.
@Suite struct ReadmeExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var directive: String
        var block: String
        var testDescription: String { directive }
    }

    static func examples(_ kind: String) -> [Example] {
        guard let readme = try? String(contentsOfFile: ToolRunner.packageRoot + "/README.md", encoding: .utf8) else { return [] }
        var result: [Example] = []
        var rest = readme[...]
        while let start = rest.range(of: "<!-- \(kind): ") {
            let end = rest[start.upperBound...].range(of: " -->")!
            let directive = String(rest[start.upperBound..<end.lowerBound])
            let fenceOpen = rest[end.upperBound...].range(of: "```")!
            let bodyStart = rest[fenceOpen.upperBound...].firstIndex(of: "\n")!
            let fenceClose = rest[rest.index(after: bodyStart)...].range(of: "\n```")!
            result.append(Example(directive: directive, block: String(rest[rest.index(after: bodyStart)..<fenceClose.lowerBound]) + "\n"))
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
        var arguments = example.directive
        var lines: Int?
        if let pipe = arguments.range(of: " | head -") {
            lines = Int(arguments[pipe.upperBound...])
            arguments = String(arguments[..<pipe.lowerBound])
        }
        let run = try ToolRunner.run(arguments.split(separator: " ").map(String.init), in: ToolRunner.packageRoot)
        #expect(run.code == 0 || run.code == 1, "\(run.stderr)")
        var output = run.stdout
        if let lines { output = output.split(separator: "\n", omittingEmptySubsequences: false).prefix(lines).joined(separator: "\n") + "\n" }
        #expect(output == example.block, "README example for '\(example.directive)' is not what claimcheck prints:\n\(output)")
    }

    @Test func configurationExampleLoadsAndEverySuppressionApplies() throws {
        let example = try #require(Self.examples("config").first)
        let folder = NSTemporaryDirectory() + "claimcheck-readme-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try example.block.write(toFile: folder + "/config.json", atomically: true, encoding: .utf8)
        let run = try ToolRunner.run(["check", "claims", "--config", folder + "/config.json"], in: ToolRunner.packageRoot)
        #expect(run.code != 2 && run.code != 64, "\(run.stderr)")
        #expect(!run.stderr.contains("warning:"), "\(run.stderr)")
        #expect(!run.stdout.contains("suppress nothing"), "a README suppression matches nothing")
    }
}
