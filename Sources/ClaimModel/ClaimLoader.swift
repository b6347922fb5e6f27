/// Loads a claims folder (or single files) into a validated `ClaimSet`.
///
/// Loading is two-phase: every file is parsed and the registries (entities, events,
/// attributes) are read first, then every claim is checked against them. All problems in all
/// files are reported together, because fixing a corpus one error per run is miserable.
public struct ClaimLoader: Sendable {
    public struct Result: Sendable {
        public var claimSet: ClaimSet
        /// Problems that did not stop the load, such as unknown fields.
        public var warnings: [Diagnostic]
        /// Every file read, in order.
        public var files: [String]
    }

    public static let registryFileNames = ["entities.json", "events.json", "attributes.json"]

    public init() {}

    /// `requireClaims: false` loads registries alone (extraction needs only those).
    public func load(paths: [String], requireClaims: Bool = true) throws(InputError) -> Result {
        var files: [String] = []
        for path in paths { files += try InputFiles.collect(path, extensions: ["json"]) }
        files = addRegistriesBeside(paths: paths, files: files)
        var seenFiles = Set<String>()
        files = files.filter { seenFiles.insert($0).inserted }

        var diagnostics: [Diagnostic] = []
        var documents: [(file: String, kind: DocumentKind, value: JSONValue)] = []
        for file in files {
            let bytes: [UInt8]
            do { bytes = try InputFiles.read(file) } catch { diagnostics += error.diagnostics; continue }
            let document: JSONValue
            do {
                document = try JSONParser.parse(bytes)
            } catch {
                diagnostics.append(Diagnostic(.error, file: file, line: error.line, "invalid JSON: \(error.message) (column \(error.column))"))
                continue
            }
            switch DocumentKind.identify(document, fileName: Self.fileName(file), file: file) {
            case .success(let kind): documents.append((file, kind, document))
            case .failure(let error): diagnostics += error.diagnostics
            }
        }

        var entities: [Entity] = [], events: [Event] = [], attributes: [Attribute] = []
        var firstDefinition: [String: String] = [:]
        func checkUnique(_ kind: String, _ id: String, file: String, line: Int?) -> Bool {
            let key = kind + ":" + id
            if let previous = firstDefinition[key] {
                diagnostics.append(Diagnostic(.error, file: file, line: line, "duplicate \(kind) id \"\(id)\" (already defined at \(previous))"))
                return false
            }
            firstDefinition[key] = line.map { "\(file):\($0)" } ?? file
            return true
        }
        for document in documents {
            // Each id's definition lines in file order, so a duplicate is reported where it stands.
            var lines = Self.definitionLines(document.value)
            switch document.kind {
            case .entities:
                entities += RegistryDecoder.entities(document.value, file: document.file, into: &diagnostics)
                    .filter { checkUnique("entity", $0.id, file: document.file, line: lines[$0.id]?.popFirst()) }
            case .events:
                events += RegistryDecoder.events(document.value, file: document.file, into: &diagnostics)
                    .filter { checkUnique("event", $0.id, file: document.file, line: lines[$0.id]?.popFirst()) }
            case .attributes:
                attributes += RegistryDecoder.attributes(document.value, file: document.file, into: &diagnostics)
                    .filter { checkUnique("attribute", $0.id, file: document.file, line: lines[$0.id]?.popFirst()) }
            case .claims:
                break
            }
        }
        if requireClaims && !documents.contains(where: { $0.kind == .claims }) && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(.error, file: paths.joined(separator: ", "), "no claim files found (files with \"format\": \"claimcheck-claims\")"))
        }

        let decoder = ClaimFileDecoder(
            entities: Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
            events: Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
            attributes: Dictionary(attributes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
        var decodedFiles: [(file: String, decoded: ClaimFileDecoder.Decoded)] = []
        for document in documents where document.kind == .claims {
            guard let decoded = decoder.decode(document.value, file: document.file, into: &diagnostics) else { continue }
            if checkUnique("source", decoded.source.id, file: document.file, line: decoded.sourceLine) {
                decodedFiles.append((document.file, decoded))
            }
        }

        // Translations point at the claim they translate; the target must exist.
        let allIDs = Set(decodedFiles.flatMap { $0.decoded.claims.map(\.stableID) })
        for (file, decoded) in decodedFiles {
            for claim in decoded.claims {
                if let target = claim.sameQuoteAs, target.contains("#"), !allIDs.contains(target) {
                    diagnostics.append(Diagnostic(.error, file: file, line: decoded.sameQuoteLines[claim.id],
                        "\"sameQuoteAs\" names \"\(target)\", which is not a claim on record"))
                }
            }
        }

        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw InputError(diagnostics.sorted()) }
        let claimSet = ClaimSet(entities: entities, events: events, attributes: attributes,
                                sources: decodedFiles.map(\.decoded.source),
                                claims: decodedFiles.flatMap(\.decoded.claims))
        return Result(claimSet: claimSet, warnings: diagnostics.sorted(), files: files)
    }

    /// When a single claim file is checked, its registries live beside it or one folder up
    /// (`claims/sources/x.json` uses `claims/entities.json`).
    private func addRegistriesBeside(paths: [String], files: [String]) -> [String] {
        let hasRegistry = files.contains { Self.registryFileNames.contains(Self.fileName($0)) }
        guard !hasRegistry else { return files }
        var extra: [String] = []
        for path in paths {
            let folder = Self.directory(of: path)
            for candidateFolder in [folder, Self.directory(of: folder)] {
                let found = Self.registryFileNames.map { Self.join(candidateFolder, $0) }
                    .filter { InputFiles.isFile($0) }
                if !found.isEmpty { extra += found; break }
            }
        }
        return extra + files
    }

    /// The line of every `"id"` in the registry's list, by id.
    static func definitionLines(_ document: JSONValue) -> [String: ArraySlice<Int>] {
        var lines: [String: ArraySlice<Int>] = [:]
        for member in document.objectMembers ?? [] {
            for element in member.value.arrayValue ?? [] {
                if let id = element["id"]?.stringValue { lines[id, default: []].append(element.line) }
            }
        }
        return lines
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        if parent.isEmpty { return "/" }
        if parent == "." || parent.hasSuffix("/.") { return parent }
        return parent
    }

    public static func join(_ folder: String, _ name: String) -> String {
        folder == "." ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }
}
