import ClaimModel
import Foundation

/// A JSON Schema (draft-04) validator for the keywords the official SARIF 2.1.0 schema uses:
/// type, properties, additionalProperties, required, items, minItems, uniqueItems, enum,
/// minimum, maximum, pattern, anyOf, oneOf, `$ref` into `#/definitions`, and the `uri`,
/// `uri-reference` and `date-time` formats. The package has no dependencies, so the test
/// brings its own; every keyword the schema holds is handled, and an unknown one fails the
/// check rather than passing silently.
struct JSONSchemaCheck {
    let root: JSONValue
    static let known: Set<String> = [
        "$ref", "$schema", "additionalProperties", "anyOf", "default", "definitions", "description",
        "enum", "format", "id", "items", "maximum", "minItems", "minimum", "oneOf", "pattern",
        "properties", "required", "title", "type", "uniqueItems",
    ]

    /// Problems found, each as "path: what".
    func problems(in value: JSONValue) -> [String] {
        var problems: [String] = []
        check(value, against: root, at: "$", into: &problems)
        return problems
    }

    private func resolve(_ schema: JSONValue) -> JSONValue {
        guard let reference = schema["$ref"]?.stringValue, reference.hasPrefix("#/definitions/") else { return schema }
        let name = String(reference.dropFirst("#/definitions/".count))
        return root["definitions"]?[name] ?? .null
    }

    private func check(_ value: JSONValue, against rawSchema: JSONValue, at path: String, into problems: inout [String])
    {
        let schema = resolve(rawSchema)
        guard let members = schema.objectMembers else { return }
        for member in members where !Self.known.contains(member.key) {
            problems.append("\(path): schema keyword \(member.key) not understood")
        }
        if let type = schema["type"] {
            let types = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
            if !types.contains(where: { Self.isOfType(value, $0) }) {
                problems.append("\(path): expected \(types.joined(separator: "|")), found \(value.typeDescription)")
            }
        }
        if let allowed = schema["enum"]?.arrayValue, !allowed.contains(value) {
            problems.append("\(path): not one of the enum values")
        }
        if let number = value.numberValue {
            if let minimum = schema["minimum"]?.numberValue, number < minimum {
                problems.append("\(path): below minimum \(minimum)")
            }
            if let maximum = schema["maximum"]?.numberValue, number > maximum {
                problems.append("\(path): above maximum \(maximum)")
            }
        }
        if let string = value.stringValue { checkString(string, schema, path, &problems) }
        if let items = value.arrayValue { checkArray(items, schema, path, &problems) }
        if let object = value.objectMembers { checkObject(object, schema, path, &problems) }
        for (keyword, needed) in [("anyOf", 1...Int.max), ("oneOf", 1...1)] {
            guard let options = schema[keyword]?.arrayValue else { continue }
            let passing = options.filter { option in
                var sub: [String] = []
                check(value, against: option, at: path, into: &sub)
                return sub.isEmpty
            }.count
            if !needed.contains(passing) { problems.append("\(path): \(passing) of the \(keyword) schemas match") }
        }
    }

    private func checkString(_ string: String, _ schema: JSONValue, _ path: String, _ problems: inout [String]) {
        if let pattern = schema["pattern"]?.stringValue,
            string.range(of: pattern, options: .regularExpression) == nil
        {
            problems.append("\(path): does not match \(pattern)")
        }
        switch schema["format"]?.stringValue {
        case "uri":
            // An absolute URI: a scheme, then a colon (RFC 3986).
            if string.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$", options: .regularExpression) == nil {
                problems.append("\(path): not an absolute URI")
            }
        case "uri-reference":
            if string.contains(where: { $0.isWhitespace }) || string.contains("\\") {
                problems.append("\(path): not a URI reference")
            }
        case "date-time":
            if string.range(of: "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d", options: .regularExpression) == nil {
                problems.append("\(path): not a date-time")
            }
        default: break
        }
    }

    private func checkArray(_ items: [JSONValue], _ schema: JSONValue, _ path: String, _ problems: inout [String]) {
        if let minimum = schema["minItems"]?.numberValue, Double(items.count) < minimum {
            problems.append("\(path): fewer than \(Int(minimum)) items")
        }
        if schema["uniqueItems"]?.boolValue == true {
            for (index, item) in items.enumerated() where items[..<index].contains(item) {
                problems.append("\(path)[\(index)]: repeats an item")
            }
        }
        if let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() {
                check(item, against: itemSchema, at: "\(path)[\(index)]", into: &problems)
            }
        }
    }

    private func checkObject(_ object: [JSONMember], _ schema: JSONValue, _ path: String, _ problems: inout [String]) {
        let properties = schema["properties"]?.objectMembers ?? []
        for required in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
        where !object.contains(where: { $0.key == required }) {
            problems.append("\(path): missing required \(required)")
        }
        for member in object {
            if let property = properties.first(where: { $0.key == member.key }) {
                check(member.value, against: property.value, at: "\(path).\(member.key)", into: &problems)
            } else if let additional = schema["additionalProperties"] {
                if additional.boolValue == false { problems.append("\(path): property \(member.key) is not allowed") }
                if additional.objectMembers != nil {
                    check(member.value, against: additional, at: "\(path).\(member.key)", into: &problems)
                }
            }
        }
    }

    static func isOfType(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value.kind) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
            ("number", .number):
            return true
        case ("integer", .number(let number)): return number.rounded() == number
        default: return false
        }
    }
}
