import Foundation

/// Reads the fields of one JSON object of an input file, collecting every problem with its
/// line instead of stopping at the first, and warning about fields nobody reads (usually a
/// misspelling that would otherwise be silently ignored).
public struct ObjectReader {
    public let file: String
    public let object: JSONValue
    public let context: String
    /// The keys asked for: an object has a dozen fields, so a short array beats hashing
    /// (decoding a 40,000-entity registry built a set and a dictionary per entity).
    private var read: [String] = []
    public private(set) var diagnostics: [Diagnostic] = []

    /// Fails (with a diagnostic) when `value` is not an object.
    public init?(_ value: JSONValue, file: String, context: String, diagnostics: inout [Diagnostic]) {
        guard value.objectMembers != nil else {
            diagnostics.append(Diagnostic(.error, file: file, line: value.line,
                                          "\(context) must be an object, found \(value.typeDescription)"))
            return nil
        }
        self.file = file
        self.object = value
        self.context = context
    }

    public var line: Int { object.line }

    public mutating func error(_ line: Int, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, line: line, message))
    }

    public mutating func warning(_ line: Int, _ message: String) {
        diagnostics.append(Diagnostic(.warning, file: file, line: line, message))
    }

    /// The raw member, marking the key as known.
    public mutating func member(_ key: String) -> JSONMember? {
        if !read.contains(key) { read.append(key) }
        return object.objectMembers?.first { $0.key == key }
    }

    public mutating func value(_ key: String, required: Bool = false) -> JSONValue? {
        guard let member = member(key), !member.value.isNull else {
            if required { error(line, "\(context) is missing the required field \"\(key)\"") }
            return nil
        }
        return member.value
    }

    public mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard let string = value.stringValue else {
            error(value.line, "\"\(key)\" must be a string, found \(value.typeDescription)")
            return nil
        }
        if required && Self.isBlank(string) {
            error(value.line, "\"\(key)\" must not be empty")
            return nil
        }
        return string
    }

    /// `string.trimmingCharacters(in: .whitespaces).isEmpty`, stopping at the first character
    /// that is not a space or tab: trimming every name of a 40,000-entity registry was a
    /// tenth of loading it.
    static func isBlank(_ string: String) -> Bool {
        for scalar in string.unicodeScalars {
            if scalar.isASCII {
                if scalar != " " && scalar != "\t" { return false }
            } else if !CharacterSet.whitespaces.contains(scalar) {
                return false
            }
        }
        return true
    }

    /// An id: lowercase letters, digits and single hyphens, so ids are stable across tools.
    public mutating func identifier(_ key: String, required: Bool = false) -> String? {
        guard let id = string(key, required: required) else { return nil }
        guard Identifier.isValid(id) else {
            error(member(key)?.value.line ?? line,
                  "\"\(key)\" is \"\(id)\"; ids use lowercase letters, digits and hyphens (like \"friedrich-merz\")")
            return nil
        }
        return id
    }

    public mutating func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let flag = value.boolValue else {
            error(value.line, "\"\(key)\" must be true or false, found \(value.typeDescription)")
            return nil
        }
        return flag
    }

    public mutating func number(_ key: String) -> Double? {
        guard let value = value(key) else { return nil }
        guard let number = value.numberValue else {
            error(value.line, "\"\(key)\" must be a number, found \(value.typeDescription)")
            return nil
        }
        return number
    }

    public mutating func integer(_ key: String, required: Bool = false, minimum: Int = Int.min) -> Int? {
        guard let value = value(key, required: required) else { return nil }
        guard let number = value.numberValue, number == number.rounded() else {
            let found = value.typeDescription == "a number" ? "\(value.numberValue!)" : value.typeDescription
            error(value.line, "\"\(key)\" must be a whole number, found \(found)")
            return nil
        }
        // Int(number) traps beyond Int's range; no line, span or count in a claim file is near this.
        guard abs(number) < 1e15 else {
            error(value.line, "\"\(key)\" is \(JSONWriter.formatNumber(number)), which is too large")
            return nil
        }
        guard Int(number) >= minimum else {
            error(value.line, "\"\(key)\" must be at least \(minimum), found \(Int(number))")
            return nil
        }
        return Int(number)
    }

    public mutating func day(_ key: String, required: Bool = false) -> Day? {
        guard let text = string(key, required: required) else { return nil }
        guard let day = Day(iso: text) else {
            error(member(key)?.value.line ?? line,
                  "\"\(key)\" is \"\(text)\", which is not a real date in the form YYYY-MM-DD")
            return nil
        }
        return day
    }

    public mutating func strings(_ key: String) -> [String] {
        guard let value = value(key) else { return [] }
        guard let array = value.arrayValue else {
            error(value.line, "\"\(key)\" must be an array of strings, found \(value.typeDescription)")
            return []
        }
        var result: [String] = []
        for element in array {
            if let string = element.stringValue { result.append(string) } else {
                error(element.line, "\"\(key)\" must hold only strings, found \(element.typeDescription)")
            }
        }
        return result
    }

    public mutating func array(_ key: String, required: Bool = false) -> [JSONValue] {
        guard let value = value(key, required: required) else { return [] }
        guard let array = value.arrayValue else {
            error(value.line, "\"\(key)\" must be an array, found \(value.typeDescription)")
            return []
        }
        return array
    }

    /// Call last: warns once per field that no reader asked for, and rejects a field given
    /// twice: JSON readers disagree on which copy counts (we read the first, most read the
    /// last), so the file would mean different things to different tools.
    public mutating func finish() -> [Diagnostic] {
        let members = object.objectMembers ?? []
        func repeated(_ member: JSONMember, firstAt line: Int) {
            error(member.line, "field \"\(member.key)\" appears twice in \(context) (first at line \(line)); keep one")
        }
        // Each repeat names the first occurrence: found by a scan in small objects (no
        // allocation), through a dictionary in big ones.
        if members.count <= 32 {
            for (index, member) in members.enumerated() {
                if let first = members[..<index].first(where: { $0.key == member.key }) {
                    repeated(member, firstAt: first.line)
                }
            }
        } else {
            var firstLine: [String: Int] = [:]
            for member in members {
                if let first = firstLine[member.key] {
                    repeated(member, firstAt: first)
                } else {
                    firstLine[member.key] = member.line
                }
            }
        }
        for member in object.objectMembers ?? [] where !read.contains(member.key) {
            warning(member.line, "unknown field \"\(member.key)\" in \(context) is ignored")
        }
        return diagnostics
    }
}

public enum Identifier {
    public static func isValid(_ id: String) -> Bool { isValid(utf8: id.utf8) }

    /// The same test on raw bytes, for the fast claim-file decoder (inlinable, so the store
    /// specializes it rather than calling the generic test per id).
    @inlinable
    package static func isValid<Bytes: Sequence<UInt8>>(utf8 bytes: Bytes) -> Bool {
        var isEmpty = true
        var previousWasHyphen = true
        for byte in bytes {
            isEmpty = false
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen:
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !isEmpty && !previousWasHyphen
    }
}
