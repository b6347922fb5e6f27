import ClaimModel

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
        /// The identities of the first of `files`, in order, when the load already stat'ed them
        /// (the index's check), so that `WriteGuard` need not stat 10,000 files again.
        public var identities: [FileIdentity] = []

        public init(claimSet: ClaimSet, warnings: [Diagnostic], files: [String], identities: [FileIdentity] = []) {
            self.claimSet = claimSet
            self.warnings = warnings
            self.files = files
            self.identities = identities
        }
    }

    public static let registryFileNames = ["entities.json", "events.json", "attributes.json"]

    /// How to load; the defaults are what `check` wants. Each switch exists so the fast
    /// paths can be compared with the plain one.
    public struct Options: Sendable {
        /// Decode valid claim files straight from bytes (`ClaimFileFastDecoder`); any file the
        /// fast decoder declines, and any load with an error, takes the plain path.
        public var fastDecoding = true
        /// Read and decode claim files on every core.
        public var parallel = true

        /// Where to keep the desk check's index (`ClaimIndex`) between runs; nil for none.
        /// Never inside a folder being checked.
        public var cacheFolder: String?
        /// Records smaller than this are not worth an index (and leave no trace): their desk
        /// check loads the JSON in a fraction of a second.
        public var indexMinimumClaims: Int

        public init(fastDecoding: Bool = true, parallel: Bool = true, cacheFolder: String? = nil,
                    indexMinimumClaims: Int = 20_000) {
            self.fastDecoding = fastDecoding
            self.parallel = parallel
            self.cacheFolder = cacheFolder
            self.indexMinimumClaims = indexMinimumClaims
        }

        /// The folder `check --cache` keeps its index in: the working folder, like `.build`.
        public static let defaultCacheFolder = ".claimcheck-cache"

        /// The reference path: one tree per file, read by `ObjectReader`, one file at a time.
        public static let plain = Options(fastDecoding: false, parallel: false)
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// `requireClaims: false` loads registries alone (extraction needs only those).
    public func load(paths: [String], requireClaims: Bool = true) throws(InputError) -> Result {
        let files = try recordFiles(paths)
        // The fast path gives up on any error, and the plain path then reports every problem
        // exactly as it always has.
        if options.fastDecoding, let result = fastLoad(files: files, given: nil) { return result }
        return try plainLoad(paths: paths, files: files, given: nil, requireClaims: requireClaims)
    }

    /// Every file a load of `paths` reads, in order, registries beside single files included.
    func recordFiles(_ paths: [String]) throws(InputError) -> [String] {
        var files: [String] = []
        for path in paths { files += try InputFiles.collect(path, extensions: ["json"]) }
        files = addRegistriesBeside(paths: paths, files: files)
        var seenFiles = Set<String>()
        return files.filter { seenFiles.insert($0).inserted }
    }

    /// `given`: the bytes of `files` and the registries they are decoded against, already in
    /// memory (`load(claimFiles:against:)`); nil to read everything from disk.
    func plainLoad(paths: [String], files: [String], given: GivenInput?,
                   requireClaims: Bool) throws(InputError) -> Result {
        var diagnostics: [Diagnostic] = []
        var documents: [(file: String, kind: DocumentKind, value: JSONValue)] = []
        for (index, file) in files.enumerated() {
            if let document = Self.readDocument(file, bytes: given?.contents[index], into: &diagnostics) {
                documents.append(document)
            }
        }

        var registries = given?.registries.registries ?? Registries()
        registries.decode(documents, into: &diagnostics)
        if requireClaims && !documents.contains(where: { $0.kind == .claims }) && diagnostics.isEmpty {
            diagnostics.append(Self.noClaimFiles(paths))
        }

        let decoder = registries.claimFileDecoder
        var decodedFiles: [(file: String, decoded: ClaimFileDecoder.Decoded)] = []
        for document in documents where document.kind == .claims {
            guard var decoded = decoder.decode(document.value, file: document.file, into: &diagnostics) else {
                continue
            }
            decoded.claims.sort { $0.id < $1.id }
            if registries.checkUnique("source", decoded.source.id, file: document.file, line: decoded.sourceLine,
                                      into: &diagnostics) {
                decodedFiles.append((document.file, decoded))
            }
        }
        Self.checkSameQuoteTargets(decodedFiles, into: &diagnostics)
        Self.checkSameQuoteCycles(decodedFiles, into: &diagnostics)

        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw InputError(diagnostics.sorted()) }
        return Self.result(registries, decodedFiles.map(\.decoded), warnings: diagnostics, files: files)
    }

    /// Reads, parses and identifies one file; nil (with a diagnostic) when it cannot be used.
    static func readDocument(
        _ file: String, bytes given: [UInt8]? = nil, into diagnostics: inout [Diagnostic]
    ) -> (file: String, kind: DocumentKind, value: JSONValue)? {
        let bytes: [UInt8]
        if let given { bytes = given } else {
            do { bytes = try InputFiles.read(file) } catch { diagnostics += error.diagnostics; return nil }
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            diagnostics.append(Diagnostic(.error, file: file, line: error.line,
                                          "invalid JSON: \(error.message) (column \(error.column))"))
            return nil
        }
        switch DocumentKind.identify(document, fileName: Self.fileName(file), file: file) {
        case .success(let kind): return (file, kind, document)
        case .failure(let error): diagnostics += error.diagnostics; return nil
        }
    }

    static func noClaimFiles(_ paths: [String]) -> Diagnostic {
        Diagnostic(.error, file: paths.joined(separator: ", "),
                   "no claim files found (files with \"format\": \"claimcheck-claims\")")
    }

    /// Translations point at the claim they translate; the target must exist. Only the sources
    /// that are pointed at are indexed, so a corpus without translations costs nothing here.
    static func checkSameQuoteTargets(_ decodedFiles: [(file: String, decoded: ClaimFileDecoder.Decoded)],
                                      into diagnostics: inout [Diagnostic]) {
        var targets: [String: Set<String>] = [:]
        for (_, decoded) in decodedFiles {
            for claim in decoded.claims {
                if let target = claim.sameQuoteAs, let hash = target.firstIndex(of: "#") {
                    targets[String(target[..<hash]), default: []] = []
                }
            }
        }
        guard !targets.isEmpty else { return }
        for (_, decoded) in decodedFiles where targets[decoded.source.id] != nil {
            targets[decoded.source.id]!.formUnion(decoded.claims.map(\.id))
        }
        for (file, decoded) in decodedFiles {
            for claim in decoded.claims {
                guard let target = claim.sameQuoteAs, let hash = target.firstIndex(of: "#") else { continue }
                let claimID = String(target[target.index(after: hash)...])
                if !(targets[String(target[..<hash])]?.contains(claimID) ?? false) {
                    diagnostics.append(Diagnostic(.error, file: file, line: decoded.sameQuoteLines[claim.id],
                        "\"sameQuoteAs\" names \"\(target)\", which is not a claim on record"))
                }
            }
        }
    }

    /// Translations must end at an original: a cycle of them (claims naming each other, a
    /// longer loop, a claim naming itself) has none. Each cycle is reported once, at the
    /// `sameQuoteAs` of its member first in stable order, with its members in the order the
    /// references run; a chain that runs into a cycle is not reported apart from it.
    static func checkSameQuoteCycles(_ decodedFiles: [(file: String, decoded: ClaimFileDecoder.Decoded)],
                                     into diagnostics: inout [Diagnostic]) {
        var targetOf: [String: String] = [:]
        var place: [String: (file: String, line: Int?)] = [:]
        for (file, decoded) in decodedFiles {
            for claim in decoded.claims {
                guard let target = claim.sameQuoteAs else { continue }
                targetOf[claim.stableID] = target
                place[claim.stableID] = (file, decoded.sameQuoteLines[claim.id])
            }
        }
        for cycle in TranslationCycles.find(targetOf) {
            let (file, line) = place[cycle[0]]!
            let remedy = cycle.count == 1 ? "a claim cannot translate itself" : "one of them must be the original"
            diagnostics.append(Diagnostic(.error, file: file, line: line,
                "\"sameQuoteAs\" forms a cycle: \(TranslationCycles.text(cycle)); \(remedy)"))
        }
    }

    /// The claim set, its claims handed over in stable-id order: each file's claims sorted by
    /// id by the caller, files in source-id order. With ids as validated (letters, digits and
    /// hyphens, all above "#"), that is the order of "source#claim", so `ClaimSet` only has to
    /// confirm it.
    static func result(_ registries: Registries, _ decodedFiles: [ClaimFileDecoder.Decoded],
                       warnings: [Diagnostic], files: [String]) -> Result {
        let ordered = decodedFiles.sorted { $0.source.id < $1.source.id }
        var claims: [Claim] = []
        claims.reserveCapacity(ordered.reduce(0) { $0 + $1.claims.count })
        for decoded in ordered { claims += decoded.claims }
        let claimSet = ClaimSet(entities: registries.entities, events: registries.events,
                                attributes: registries.attributes, sources: decodedFiles.map(\.source), claims: claims)
        return Result(claimSet: claimSet, warnings: warnings.sorted(), files: files)
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
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func join(_ folder: String, _ name: String) -> String {
        folder == "." ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }
}
