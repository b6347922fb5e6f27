import Foundation

/// Runs the built `claimcheck` binary the way CI and users do, and captures what it says.
/// The binary is looked for next to the test bundle (where `swift test` builds it), then at
/// `.build/debug/claimcheck` under the package root derived from this file's path.
struct ToolRun {
    var status: Int32
    var standardOutput: String
    var standardError: String

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static var binary: String? {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [besideTests.appendingPathComponent("claimcheck").path,
                          besideTests.deletingLastPathComponent().appendingPathComponent("claimcheck").path]
        candidates += Bundle.allBundles.map { URL(fileURLWithPath: $0.bundlePath).deletingLastPathComponent().appendingPathComponent("claimcheck").path }
        candidates.append(packageRoot + "/.build/debug/claimcheck")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> ToolRun {
        guard let binary else { throw ToolMissing() }
        return try runProcess(binary, arguments, in: folder, environment: environment)
    }

    static func runProcess(_ executable: String, _ arguments: [String], in folder: String,
                           environment: [String: String] = [:]) throws -> ToolRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = "1"
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes while the process runs, so a large report cannot fill a pipe and stall it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        errData = error.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ToolRun(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                       standardError: String(decoding: errData, as: UTF8.self))
    }

    struct ToolMissing: Error, CustomStringConvertible {
        var description: String { "the claimcheck binary was not found; run 'swift build' first" }
    }
}

/// A temporary copy of the shipped corpus (claims/), so tests can add and remove claims.
struct CorpusCopy {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "claimcheck-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: ToolRun.packageRoot + "/claims", toPath: folder + "/claims")
    }

    func path(_ relative: String) -> String { folder + "/" + relative }

    /// Edits one claim file as JSON, the way a fact-checker would in an editor.
    func editClaims(_ file: String, _ change: (inout [[String: Any]]) -> Void) throws {
        let url = URL(fileURLWithPath: path("claims/sources/" + file))
        var document = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var claims = document["claims"] as! [[String: Any]]
        change(&claims)
        document["claims"] = claims
        try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys]).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}
