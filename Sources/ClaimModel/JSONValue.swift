/// A parsed JSON value that remembers the line it started on, so validation errors can name
/// the line a fact-checker has to fix. Objects keep their members in file order because the
/// reports we write must be byte-for-byte deterministic and readable in that order.
public struct JSONValue: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONValue])
        case object([JSONMember])
    }

    public var kind: Kind
    /// 1-based line where the value starts; 0 for values built in code.
    public var line: Int

    public init(_ kind: Kind, line: Int = 0) {
        self.kind = kind
        self.line = line
    }

    /// Values compare by content only: the same document read from two places is equal.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.kind == rhs.kind }

    public static let null = JSONValue(.null)
    public static func bool(_ value: Bool) -> JSONValue { JSONValue(.bool(value)) }
    public static func number(_ value: Double) -> JSONValue { JSONValue(.number(value)) }
    public static func number(_ value: Int) -> JSONValue { JSONValue(.number(Double(value))) }
    public static func string(_ value: String) -> JSONValue { JSONValue(.string(value)) }
    public static func array(_ values: [JSONValue]) -> JSONValue { JSONValue(.array(values)) }
    public static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        JSONValue(.object(members.map { JSONMember(key: $0.0, value: $0.1) }))
    }
    /// An optional string becomes `null` when absent, as the report formats want.
    public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    public var stringValue: String? { if case .string(let s) = kind { return s } else { return nil } }
    public var numberValue: Double? { if case .number(let n) = kind { return n } else { return nil } }
    public var boolValue: Bool? { if case .bool(let b) = kind { return b } else { return nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = kind { return a } else { return nil } }
    public var objectMembers: [JSONMember]? { if case .object(let m) = kind { return m } else { return nil } }
    public var isNull: Bool { if case .null = kind { return true } else { return false } }

    /// The first member with this key, for reading documents whose keys are known to be unique.
    public subscript(key: String) -> JSONValue? {
        objectMembers?.first { $0.key == key }?.value
    }

    /// A short name of the value's type for error messages ("expected a number, found a string").
    public var typeDescription: String {
        switch kind {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONValue
    /// Line of the key, which is where an editor looks for a misspelt or unknown field.
    public var line: Int

    public init(key: String, value: JSONValue, line: Int = 0) {
        self.key = key
        self.value = value
        self.line = line
    }

    public static func == (lhs: JSONMember, rhs: JSONMember) -> Bool {
        lhs.key == rhs.key && lhs.value == rhs.value
    }
}
