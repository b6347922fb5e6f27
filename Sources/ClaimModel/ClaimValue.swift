/// The value a claim gives, of the kind its attribute expects.
public enum ClaimValue: Sendable, Hashable {
    case quantity(Quantity)
    case category(String)
    case flag(Bool)

    /// The JSON rendering used in claim files and in the report contract: a number, an object
    /// for an interval, a string, or a boolean.
    public var json: JSONValue {
        switch self {
        case .quantity(let quantity): return quantity.json
        case .category(let value): return .string(value)
        case .flag(let flag): return .bool(flag)
        }
    }

    /// Words for people, with the unit when there is one: "26 countries", "video link", "no".
    public func humanDescription(unit: String? = nil) -> String {
        switch self {
        case .quantity(let quantity):
            return unit.map { "\(quantity.humanDescription) \($0)" } ?? quantity.humanDescription
        case .category(let value):
            // Not Foundation's `replacingOccurrences`: extraction words every claim's statement
            // with this, and the bridged search was 2% of `extract`.
            guard value.utf8.contains(UInt8(ascii: "-")) else { return value }
            return String(decoding: value.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
        case .flag(let flag):
            return flag ? "yes" : "no"
        }
    }
}
