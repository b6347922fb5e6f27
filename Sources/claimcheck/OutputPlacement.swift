import Foundation
import ClaimModel

/// `check` never writes into what it reads. A report or baseline written over a claim file
/// would destroy it, and a `.json` one inside a checked folder would be read as a claim file by
/// the next check and fail it (exit 2, "unknown format"), so both are refused before anything
/// is written. Paths are compared after resolving symbolic links, so `claims-link/r.json` is
/// caught too.
enum OutputPlacement {
    static func check(output: String, inputPaths: [String], inputFiles: [String]) throws(InputError) {
        let target = canonical(output)
        // Resolving links costs a path walk per file; only files with the output's name can
        // resolve to it, and a corpus holds thousands of files with other names.
        let name = URL(fileURLWithPath: output).lastPathComponent
        if inputFiles.contains(where: { $0.hasSuffix(name) && canonical($0) == target }) {
            throw InputError(file: output, "refusing to write over a claim file that is being checked; write it elsewhere")
        }
        guard target.lowercased().hasSuffix(".json") else { return }
        for path in inputPaths where InputFiles.isDirectory(path) {
            let folder = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            if target.hasPrefix(folder == "/" ? "/" : folder + "/") {
                throw InputError(file: output, "refusing to write a .json file inside the claims folder \(path): the next check would read it as a claim file; write it elsewhere")
            }
        }
    }

    /// The absolute path with links in its folder resolved (the file itself may not exist yet).
    static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().path
        return (folder.hasSuffix("/") ? folder : folder + "/") + url.lastPathComponent
    }
}
