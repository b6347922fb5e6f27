/// The attributes every claims folder has without defining them: casualties with their scope,
/// people on board, attendance, countries taking part, votes, money, ages, offices, dates and
/// durations, with the cues extraction reads them by. Shipped inside the tool
/// (`Resources/news-attributes.json`, embedded at build time), so coverage of any story can be
/// recorded and extracted without writing an `attributes.json` first.
///
/// A folder's own `attributes.json` wins for any id it defines: the built-in definition of that
/// id is not used at all, cues included.
public enum BuiltInVocabulary {
    /// Where the catalog is kept in the source tree, for messages.
    public static let file = "<built-in>/news-attributes.json"

    /// The built-in catalog, decoded once. A damaged catalog is a build defect, caught by the
    /// tests; it yields no attributes rather than stopping every command.
    public static let attributes: [Attribute] = {
        guard let document = try? JSONParser.parse(PackageResources.news_attributes_json) else { return [] }
        var diagnostics: [Diagnostic] = []
        let decoded = RegistryDecoder.attributes(document, file: file, into: &diagnostics)
        return diagnostics.contains { $0.severity == .error } ? [] : decoded
    }()

    /// Problems decoding the catalog (none in a sound build).
    public static var problems: [Diagnostic] {
        guard let document = try? JSONParser.parse(PackageResources.news_attributes_json) else {
            return [Diagnostic(.error, file: file, "the built-in vocabulary is not valid JSON")]
        }
        var diagnostics: [Diagnostic] = []
        _ = RegistryDecoder.attributes(document, file: file, into: &diagnostics)
        return diagnostics
    }

    /// The catalog's bytes as shipped, for tests that compare it with the corpus contract's copy.
    public static var bytes: [UInt8] { PackageResources.news_attributes_json }

    /// `defined` with every built-in attribute it lacks appended, in catalog order.
    public static func merged(under defined: [Attribute]) -> [Attribute] {
        let ids = Set(defined.map(\.id))
        return defined + attributes.filter { !ids.contains($0.id) }
    }
}
