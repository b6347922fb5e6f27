/// The kinds of file a claims folder holds, told apart by their `format` field.
public enum DocumentKind: String, Sendable, CaseIterable {
    case entities = "claimcheck-entities"
    case events = "claimcheck-events"
    case attributes = "claimcheck-attributes"
    case claims = "claimcheck-claims"

    /// The one format version this build reads.
    public static let supportedVersion = 1

    /// Reads `format` and `version`, falling back to the file name for registries written
    /// without a `format` line.
    public static func identify(_ document: JSONValue, fileName: String,
                                file: String) -> Result<DocumentKind, InputError> {
        guard document.objectMembers != nil else {
            return .failure(InputError(file: file, line: document.line,
                                       "a claimcheck file must hold a JSON object, found \(document.typeDescription)"))
        }
        let kind: DocumentKind
        if let format = document["format"] {
            guard let text = format.stringValue, let known = DocumentKind(rawValue: text) else {
                let found = format.stringValue.map { "\"\($0)\"" } ?? format.typeDescription
                return .failure(InputError(file: file, line: format.line,
                    "unknown \"format\" \(found); expected one of " +
                    "\(allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))"))
            }
            kind = known
        } else {
            switch fileName {
            case "entities.json": kind = .entities
            case "events.json": kind = .events
            case "attributes.json": kind = .attributes
            default:
                return .failure(InputError(file: file, line: document.line,
                    "missing \"format\": add \"format\": \"claimcheck-claims\" (or -entities, -events, -attributes)"))
            }
        }
        if let version = document["version"], let problem = FormatVersion.problem(version, of: kind.rawValue,
                                                                                  supported: supportedVersion) {
            return .failure(InputError(file: file, line: version.line, problem))
        }
        return .success(kind)
    }
}
