import Foundation

/// Runs the built `claimcheck` binary the way a user or CI does, capturing standard output,
/// standard error and the exit code.
struct ToolRunner {
    struct Outcome {
        var stdout: String
        var stderr: String
        var code: Int32
    }

    /// The package root, derived from this file's place in Tests/claimcheckTests/.
    static let packageRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()

    /// The binary built beside the test bundle (whatever the build folder is called), else
    /// the default debug build.
    static let binary: String = {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleFolder.appendingPathComponent("claimcheck").path,
                          bundleFolder.deletingLastPathComponent().appendingPathComponent("claimcheck").path,
                          packageRoot + "/.build/debug/claimcheck"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return packageRoot + "/.build/debug/claimcheck"
    }()

    static func run(_ arguments: [String], in directory: String = packageRoot,
                    environment: [String: String] = [:]) throws -> Outcome {
        try execute(binary, arguments, in: directory, environment: environment)
    }

    /// Any program, captured the same way (the HTML render test runs headless Chromium).
    static func execute(_ executable: String, _ arguments: [String], in directory: String = packageRoot,
                        environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Files rather than pipes: a large report cannot fill a pipe buffer and deadlock.
        let folder = NSTemporaryDirectory() + "claimcheck-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Opening them below throws if they could not be created.
        _ = FileManager.default.createFile(atPath: folder + "/out", contents: nil)
        _ = FileManager.default.createFile(atPath: folder + "/err", contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/err"))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Outcome(stdout: try String(contentsOfFile: folder + "/out", encoding: .utf8),
                       stderr: try String(contentsOfFile: folder + "/err", encoding: .utf8),
                       code: process.terminationStatus)
    }
}

/// A scratch folder for one test, removed afterwards.
final class ScratchFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "claimcheck-e2e-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) {
        let file = path + "/" + name
        try! FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        try! text.write(toFile: file, atomically: true, encoding: .utf8)
    }

    /// Every file below the folder with its bytes, to prove a command changed nothing.
    static func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let entry = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder + "/" + entry) { result[entry] = data }
        }
        return result
    }
}
