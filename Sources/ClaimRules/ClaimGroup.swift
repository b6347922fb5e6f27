import ClaimModel

/// The claims that share a comparison key, handed to a rule together. For series rules the
/// group holds every event's claims for one subject, attribute and unit.
public struct ClaimGroup: Sendable {
    public var key: ComparisonKey
    public var attribute: Attribute
    /// Sorted by stable id.
    public var claims: GroupMembers

    public init(key: ComparisonKey, attribute: Attribute, claims: GroupMembers) {
        self.key = key
        self.attribute = attribute
        self.claims = claims
    }

    public init(key: ComparisonKey, attribute: Attribute, claims: [Claim]) {
        self.init(key: key, attribute: attribute, claims: GroupMembers(claims))
    }
}
