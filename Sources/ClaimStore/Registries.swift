import ClaimModel

/// The registries read by one load (entities, events, attributes), with the ids defined so
/// far, so a second definition of an id (or of a source) is reported where it stands.
struct Registries: Sendable {
    var entities: [Entity] = []
    var events: [Event] = []
    var attributes: [Attribute] = []
    /// Where each "kind:id" was first defined, formatted only when a duplicate is reported.
    private var firstDefinition: [String: (file: String, line: Int?)] = [:]
    /// Decoders built once, for registries loaded against many times
    /// (`ClaimLoader.prepareRegistries`); dropped when a registry document is decoded.
    var prepared: (plain: ClaimFileDecoder, fast: ClaimFileFastDecoder)?

    /// Decodes every registry document, in file order; claim documents are left alone.
    ///
    /// The documents are decoded on every core (a 40,000-entity registry took 0.15 s alone,
    /// while the other core waited), then their ids are checked for repeats in file order, so
    /// every diagnostic comes where the serial decode put it.
    mutating func decode(_ documents: [(file: String, kind: DocumentKind, value: JSONValue)],
                         into diagnostics: inout [Diagnostic]) {
        var decodedDocuments = ParallelMap.map(documents.count, parallel: documents.count > 1) { index in
            Self.decodeDocument(documents[index].file, documents[index].kind, documents[index].value)
        }
        for (index, document) in documents.enumerated() {
            if document.kind != .claims { prepared = nil }
            // Each id's definition lines in file order, so a duplicate is reported where it stands.
            // Taken out of the array, so popping them does not copy the dictionary (45,000 ids
            // of a large registry) first; and room made for the ids, which otherwise rehashed
            // at every doubling, on one core.
            var lines = decodedDocuments[index].lines
            decodedDocuments[index].lines = [:]
            let decoded = decodedDocuments[index]
            diagnostics += decoded.diagnostics
            firstDefinition.reserveCapacity(firstDefinition.count + lines.count)
            func unique(_ kind: String, _ id: String) -> Bool {
                checkUnique(kind, id, file: document.file, line: lines[id]?.popFirst(), into: &diagnostics)
            }
            switch decoded.definitions {
            case .entities(let list): entities += list.filter { unique("entity", $0.id) }
            case .events(let list): events += list.filter { unique("event", $0.id) }
            case .attributes(let list): attributes += list.filter { unique("attribute", $0.id) }
            case .none: break
            }
        }
        // The built-in vocabulary sits under whatever the folders define.
        attributes = BuiltInVocabulary.merged(under: attributes)
    }

    /// What one registry document defines, decoded apart from the others.
    private struct DecodedDocument: Sendable {
        enum Definitions: Sendable {
            case entities([Entity]), events([Event]), attributes([Attribute]), none
        }

        var definitions: Definitions
        var lines: [String: ArraySlice<Int>]
        var diagnostics: [Diagnostic]
    }

    private static func decodeDocument(_ file: String, _ kind: DocumentKind, _ value: JSONValue) -> DecodedDocument {
        var diagnostics: [Diagnostic] = []
        let definitions: DecodedDocument.Definitions
        switch kind {
        case .entities: definitions = .entities(RegistryDecoder.entities(value, file: file, into: &diagnostics))
        case .events: definitions = .events(RegistryDecoder.events(value, file: file, into: &diagnostics))
        case .attributes: definitions = .attributes(RegistryDecoder.attributes(value, file: file, into: &diagnostics))
        case .claims: return DecodedDocument(definitions: .none, lines: [:], diagnostics: [])
        }
        return DecodedDocument(definitions: definitions, lines: ClaimLoader.definitionLines(value),
                               diagnostics: diagnostics)
    }

    mutating func checkUnique(_ kind: String, _ id: String, file: String, line: Int?,
                              into diagnostics: inout [Diagnostic]) -> Bool {
        let key = kind + ":" + id
        if let previous = firstDefinition[key] {
            let place = previous.line.map { "\(previous.file):\($0)" } ?? previous.file
            diagnostics.append(Diagnostic(.error, file: file, line: line,
                                          "duplicate \(kind) id \"\(id)\" (already defined at \(place))"))
            return false
        }
        firstDefinition[key] = (file, line)
        return true
    }

    var entitiesByID: [String: Entity] { Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }
    var eventsByID: [String: Event] { Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }
    var attributesByID: [String: Attribute] {
        Dictionary(attributes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    var claimFileDecoder: ClaimFileDecoder {
        prepared?.plain ?? ClaimFileDecoder(entities: entitiesByID, events: eventsByID, attributes: attributesByID)
    }

    /// The fast decoder for the same registries as `plain`.
    func fastDecoder(_ plain: ClaimFileDecoder) -> ClaimFileFastDecoder {
        prepared?.fast
            ?? ClaimFileFastDecoder(entities: plain.entities, events: plain.events, attributes: plain.attributes)
    }

    /// Builds both decoders now, for loads to come.
    mutating func prepare() {
        let plain = claimFileDecoder
        prepared = (plain, fastDecoder(plain))
    }
}
