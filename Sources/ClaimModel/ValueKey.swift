/// A claim value as plain bits, for telling equal values apart from different ones without
/// building `ClaimValue`s (whose category strings are reference-counted): equal keys always
/// mean equal values. Category keys are indices into one attribute's values, and text keys
/// into one table's texts, so keys compare only within an attribute of one claim list.
public struct ValueKey: Hashable, Sendable {
    private let kind: UInt8
    private let first: UInt64
    private let second: UInt64

    private init(kind: UInt8, _ first: UInt64 = 0, _ second: UInt64 = 0) {
        self.kind = kind
        self.first = first
        self.second = second
    }

    public init(_ quantity: Quantity) {
        // + 0.0 turns -0.0 into 0.0, which Double's == calls equal.
        func bits(_ number: Double) -> UInt64 { (number + 0.0).bitPattern }
        switch quantity {
        case .exactly(let value): self.init(kind: 1, bits(value))
        case .about(let value): self.init(kind: 2, bits(value))
        case .range(let minimum, let maximum):
            self.init(kind: 3 | (minimum == nil ? 4 : 0) | (maximum == nil ? 8 : 0),
                      minimum.map(bits) ?? 0, maximum.map(bits) ?? 0)
        }
    }

    package init(category index: Int32) { self.init(kind: 16, UInt64(UInt32(bitPattern: index))) }

    package init(flag: Bool) { self.init(kind: 32, flag ? 1 : 0) }

    /// An open category's text, interned by its table.
    package init(text index: Int32) { self.init(kind: 64, UInt64(UInt32(bitPattern: index))) }

    /// Nil for categories, which a `ClaimValue` holds as strings.
    public init?(_ value: ClaimValue) {
        switch value {
        case .quantity(let quantity): self.init(quantity)
        case .flag(let flag): self.init(flag: flag)
        case .category: return nil
        }
    }
}
