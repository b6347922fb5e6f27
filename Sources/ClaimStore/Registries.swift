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
    mutating func decode(_ documents: [(file: String, kind: DocumentKind, value: JSONValue)],
                         into diagnostics: inout [Diagnostic]) {
        for document in documents {
            if document.kind != .claims { prepared = nil }
            // Each id's definition lines in file order, so a duplicate is reported where it stands.
            var lines = ClaimLoader.definitionLines(document.value)
            switch document.kind {
            case .entities:
                entities += RegistryDecoder.entities(document.value, file: document.file, into: &diagnostics)
                    .filter { checkUnique("entity", $0.id, file: document.file, line: lines[$0.id]?.popFirst(),
                                      into: &diagnostics) }
            case .events:
                events += RegistryDecoder.events(document.value, file: document.file, into: &diagnostics)
                    .filter { checkUnique("event", $0.id, file: document.file, line: lines[$0.id]?.popFirst(),
                                      into: &diagnostics) }
            case .attributes:
                attributes += RegistryDecoder.attributes(document.value, file: document.file, into: &diagnostics)
                    .filter { checkUnique("attribute", $0.id, file: document.file, line: lines[$0.id]?.popFirst(),
                                      into: &diagnostics) }
            case .claims:
                break
            }
        }
        // The built-in vocabulary sits under whatever the folders define.
        attributes = BuiltInVocabulary.merged(under: attributes)
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
