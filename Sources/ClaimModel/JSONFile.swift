/// A JSON file the tool reads for itself (a baseline, a configuration, a report, a corpus's
/// expectations), parsed with the line of any problem, and required to hold an object.
public enum JSONFile {
    /// The file parsed as JSON holding an object; anything else stops the read. `what` names
    /// the kind of file in the message ("a baseline file must hold a JSON object").
    public static func object(_ path: String, what: String) throws(InputError) -> JSONValue {
        let bytes = try InputFiles.read(path)
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw InputError(file: path, line: error.line, "invalid JSON: \(error.message) (column \(error.column))")
        }
        guard document.objectMembers != nil else {
            throw InputError(file: path, line: document.line, "a \(what) file must hold a JSON object, found " +
                                                              "\(document.typeDescription)")
        }
        return document
    }
}
