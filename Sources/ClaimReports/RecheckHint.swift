import ClaimModel
import ClaimRules

/// Where a desk should look first when a contradiction has one odd side out: the value of the
/// finding's first claim when a single outlet gives it and at least two other outlets give
/// other values. It says only what the claims show (who gives which value), never which value
/// is true: one outlet against several is where a misprint or a misheard figure is likeliest,
/// so re-checking it first settles most contradictions soonest. When each side has one outlet,
/// or all claims come from one or two, no side stands out and there is no hint.
public struct RecheckHint: Sendable, Equatable {
    /// "20 countries"
    public var value: String
    /// "unnamed Slovene outlet"
    public var outlet: String
    /// Where the first claim with that value stands, as the report names articles.
    public var evidence: String
    /// How many other outlets give other values.
    public var otherOutlets: Int

    /// Only errors: warnings and notes are not contradictions to settle.
    public init?(_ finding: Finding, in report: Report) {
        guard finding.severity == .error, let first = finding.claims.first else { return nil }
        let names = report.names
        let value = names.value(first)
        let outlet = names.outlet(ofSource: first.sourceID)
        var others = Set<String>()
        for claim in finding.claims.dropFirst() {
            let claimOutlet = names.outlet(ofSource: claim.sourceID)
            if names.value(claim) == value {
                // A second outlet with the same value: the side is not one outlet's alone.
                if claimOutlet != outlet { return nil }
            } else if claimOutlet != outlet {
                others.insert(claimOutlet)
            }
        }
        guard others.count >= 2 else { return nil }
        self.value = value
        self.outlet = outlet
        self.evidence = report.articles.location(of: first.evidence)
        self.otherOutlets = others.count
    }

    /// "re-check first: 20 countries, which only unnamed Slovene outlet gives
    /// (002_795e1964be4e6087.txt:9); 2 other outlets give other values"
    public var sentence: String {
        "re-check first: \(value), which only \(outlet) gives (\(evidence)); "
            + "\(otherOutlets) other outlets give other values"
    }
}
