import Foundation

/// A temporary copy of the shipped corpus (claims/), so tests can add and remove claims.
struct CorpusCopy {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "claimcheck-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: ToolRunner.packageRoot + "/claims", toPath: folder + "/claims")
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
