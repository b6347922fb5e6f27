import Foundation

/// A fresh folder under the system's temporary directory, for tests that write files.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "claimcheck-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
