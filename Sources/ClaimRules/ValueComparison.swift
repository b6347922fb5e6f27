import ClaimModel

/// Decides whether two values for the same attribute can both be true, and whether two claims
/// come from the same speaker.
public struct ValueComparison: Sendable {
    public let attribute: Attribute

    public init(attribute: Attribute) { self.attribute = attribute }

    /// Quantities agree when their intervals overlap within the attribute's slack ("more than
    /// two dozen" and 26); categories when equal or one refines the other ("remote" and
    /// "video-link"), or always when the attribute is not exclusive; flags when equal.
    public func areCompatible(_ lhs: ClaimValue, _ rhs: ClaimValue) -> Bool {
        switch (lhs, rhs) {
        case (.quantity(let a), .quantity(let b)):
            return interval(of: a).overlaps(interval(of: b), slack: attribute.tolerance.slack)
        case (.category(let a), .category(let b)):
            guard attribute.exclusive else { return true }
            return attribute.isCategory(a, broaderThanOrEqualTo: b) || attribute.isCategory(b, broaderThanOrEqualTo: a)
        case (.flag(let a), .flag(let b)):
            return a == b
        default:
            // Validation rules out values of different kinds for one attribute.
            return true
        }
    }

    /// The values a quantity allows under this attribute's tolerance: what every comparison
    /// of quantities (here, `ValueClasses`, `ConflictScreen`) compares.
    public func interval(of quantity: Quantity) -> ValueInterval {
        quantity.interval(tolerance: attribute.tolerance, isCount: attribute.kind == .count)
    }

    /// Who stands behind a claim, for "the same speaker said both". The outlet's own voice is
    /// one speaker per source; anonymous sources are never assumed to be the same person.
    public static func speakerIdentity(of claim: Claim) -> String? {
        switch claim.speaker {
        case .entity(let id): return "entity:" + id
        case .narrator: return "narrator:" + claim.sourceID
        case .anonymous: return nil
        }
    }

    public static func sameSpeaker(_ lhs: Claim, _ rhs: Claim) -> Bool {
        guard let left = speakerIdentity(of: lhs), let right = speakerIdentity(of: rhs) else { return false }
        return left == right
    }
}
