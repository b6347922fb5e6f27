import Testing
import ClaimModel

/// Writes `text` to a temporary file named `name`, reads it with `read`, and expects the read
/// to fail with a first diagnostic that names that file, `line`, and contains `message`:
/// the promise every file claimcheck reads makes to the person who has to fix it.
func expectBadFile(_ name: String, _ text: String, line: Int, message: String,
                   sourceLocation: SourceLocation = #_sourceLocation,
                   _ read: (String) throws(InputError) -> Void) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(name, text)
    do {
        try read(path)
        Issue.record("a bad file was accepted: \(text)", sourceLocation: sourceLocation)
    } catch {
        let diagnostic = error.diagnostics.first
        #expect(diagnostic?.file == path, sourceLocation: sourceLocation)
        #expect(diagnostic?.line == line, "\(error.diagnostics)", sourceLocation: sourceLocation)
        #expect(diagnostic?.message.contains(message) == true, "\(error.diagnostics)", sourceLocation: sourceLocation)
    }
}
