import Foundation

/// A temporary claims folder written from small JSON texts, removed when the test ends.
final class FixtureFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "claimcheck-model-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let file = path + "/" + name
        try! FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        try! text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Registries for a small world: a summit, a leader, a coalition and three attributes.
    func writeRegistries() {
        write("entities.json", """
        {"format": "claimcheck-entities", "version": 1, "entities": [
          {"id": "coalition", "name": "Coalition", "kind": "group"},
          {"id": "leader", "name": "A Leader", "kind": "person", "aliases": ["Leader"],
           "roles": [{"title": "President", "aliases": ["the president"], "from": "2020-01-01", "to": null}]}
        ]}
        """)
        write("events.json", """
        {"format": "claimcheck-events", "version": 1, "events": [
          {"id": "summit", "name": "Summit", "start": "2025-09-04", "series": "summits"}
        ]}
        """)
        write("attributes.json", """
        {"format": "claimcheck-attributes", "version": 1, "attributes": [
          {"id": "pledges", "name": "Pledges", "kind": "count", "units": ["countries"]},
          {"id": "attendance", "name": "Attendance", "kind": "category", "values": [{"id": "in-person"}, {"id": \
        "remote"}]},
          {"id": "signed", "name": "Signed", "kind": "flag"}
        ]}
        """)
    }

    /// A source file whose claims array holds `claims`, one JSON object per line from line 4 on.
    @discardableResult
    func writeSource(_ name: String = "outlet.json", id: String = "outlet", claims: [String]) -> String {
        let body = claims.joined(separator: ",\n")
        return write(name, """
        {"format": "claimcheck-claims", "version": 1,
        "source": {"id": "\(id)", "outlet": "Outlet", "published": "2025-09-04", "file": "article.txt"},
        "claims": [
        \(body)
        ]}
        """)
    }
}
