import ClaimModel

/// `check` never writes into what it reads. A report or baseline written over a claim file
/// would destroy it, and one inside a checked folder would be read by the next check (a
/// `.json` one fails it with "unknown format"), so both are refused before any work is done,
/// and again by `AtomicFile` at the moment of writing (`WriteGuard`, by device and inode).
enum OutputPlacement {
    /// Refuses `output` early, with the message the write itself would give.
    static func check(output: String, guard writeGuard: WriteGuard) throws(InputError) {
        let (folderPath, name) = AtomicFile.split(output)
        guard !output.isEmpty, let folder = try? CheckedFolder(folderPath) else { return }
        if let reason = writeGuard.refusal(folder: folder, name: name) { throw InputError(file: output, reason) }
    }
}
