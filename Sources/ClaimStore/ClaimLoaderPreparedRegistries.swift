import ClaimModel

/// Loading claim files held in memory against registries decoded once: the same fast and
/// plain paths as `load(paths:)`, without the disk.
///
/// Why: the loader's fuzz target wrote each input to a file beside the shipped registries and
/// loaded the folder, so every input paid for reading, parsing and decoding 35 KB of
/// registries and a walk of the folder (and a thread pool): about 105 inputs a second, far
/// too few to find much. With the registries and their decoders prepared once, an input
/// costs its own parse, decode, check and reports.
extension ClaimLoader {
    /// Registries read and decoded once, to load many claim files against.
    public struct PreparedRegistries: Sendable {
        var registries: Registries
        /// The registry files read, in order.
        public let files: [String]
    }

    /// The bytes of the files to load and the registries to decode them against.
    struct GivenInput {
        var contents: [[UInt8]]
        var registries: PreparedRegistries
    }

    /// The registry files of `folder` (entities.json, events.json, attributes.json), decoded;
    /// their problems as an `InputError`, as a load would report them.
    public static func prepareRegistries(in folder: String) throws(InputError) -> PreparedRegistries {
        let files = registryFileNames.map { join(folder, $0) }.filter(InputFiles.isFile)
        var diagnostics: [Diagnostic] = []
        var documents: [(file: String, kind: DocumentKind, value: JSONValue)] = []
        for file in files {
            if let document = readDocument(file, into: &diagnostics) { documents.append(document) }
        }
        var registries = Registries()
        registries.decode(documents, into: &diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw InputError(errors.sorted()) }
        registries.prepare()
        return PreparedRegistries(registries: registries, files: files)
    }

    /// Loads claim files given as bytes (`file` names them in diagnostics) against `prepared`,
    /// as `load(paths:)` would load them from disk beside those registries.
    public func load(claimFiles: [(file: String, bytes: [UInt8])],
                     against prepared: PreparedRegistries) throws(InputError) -> Result {
        let files = claimFiles.map(\.file)
        let given = GivenInput(contents: claimFiles.map(\.bytes), registries: prepared)
        if options.fastDecoding, let result = fastLoad(files: files, given: given) { return result }
        return try plainLoad(paths: files, files: files, given: given, requireClaims: true)
    }
}
