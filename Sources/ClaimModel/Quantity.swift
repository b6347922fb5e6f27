/// A number as a claim states it: exact ("26"), approximate ("about 40") or bounded ("more
/// than two dozen", "between 20 and 30"). Vague quantities are intervals, so "more than two
/// dozen" agrees with 26 and "more than 30" does not.
public enum Quantity: Sendable, Hashable {
    case exactly(Double)
    case about(Double)
    /// Inclusive bounds; nil means unbounded on that side.
    case range(min: Double?, max: Double?)

    /// The values the claim allows, widened by the attribute's tolerance for "about".
    public func interval(tolerance: Tolerance, isCount: Bool) -> ValueInterval {
        switch self {
        case .exactly(let value):
            return ValueInterval(lower: value, upper: value)
        case .about(let value):
            // Round numbers are vaguer than the tolerance: `VagueQuantity` decides the width.
            var spread = VagueQuantity.aboutSpread(value, tolerance: tolerance.about)
            // "About 3" of a count still allows 2 or 4: never narrower than one unit.
            if isCount { spread = max(spread, tolerance.about > 0 ? 1 : 0) }
            return ValueInterval(lower: value - spread, upper: value + spread)
        case .range(let min, let max):
            return ValueInterval(lower: min ?? (isCount ? 0 : -.infinity), upper: max ?? .infinity)
        }
    }

    /// The JSON form the claim files and reports use: a bare number when exact.
    public var json: JSONValue {
        switch self {
        case .exactly(let value): return .number(value)
        case .about(let value): return .object([("about", .number(value))])
        case .range(let min, let max):
            return .object([("min", min.map { .number($0) } ?? .null), ("max", max.map { .number($0) } ?? .null)])
        }
    }

    /// Words for people: "26", "about 40", "at least 25", "20 to 30".
    public var humanDescription: String {
        let format = JSONWriter.formatNumber
        switch self {
        case .exactly(let value): return format(value)
        case .about(let value): return "about \(format(value))"
        case .range(let min?, nil): return "at least \(format(min))"
        case .range(nil, let max?): return "at most \(format(max))"
        case .range(let min?, let max?): return min == max ? format(min) : "\(format(min)) to \(format(max))"
        case .range(nil, nil): return "any number"
        }
    }
}

/// A closed interval of allowed values.
public struct ValueInterval: Sendable, Hashable {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Two intervals agree when they overlap or the gap between them is within `slack`.
    public func overlaps(_ other: ValueInterval, slack: Double) -> Bool {
        lower <= other.upper + slack && other.lower <= upper + slack
    }
}
