import ClaimModel

/// Runs the rules over a claim set: fold duplicates, group by comparison key, hand each group
/// to each rule, and return the findings in report order.
public struct RulesEngine: Sendable {
    public let rules: [any Rule]
    public let severityOverrides: [String: Severity]

    public init(rules: [any Rule] = RuleRegistry.all, severityOverrides: [String: Severity] = [:]) {
        self.rules = rules
        self.severityOverrides = severityOverrides
    }

    public func check(_ claimSet: ClaimSet) -> [Finding] {
        let claims = DuplicateClaims.fold(claimSet.claims, attributes: claimSet.attributes)
        let groups = Self.groups(of: claims, attributes: claimSet.attributes)
        var findings: [Finding] = []
        for rule in rules {
            let description = rule.description
            let context = RuleContext(claimSet: claimSet, severity: severityOverrides[description.id] ?? description.defaultSeverity)
            let scoped = description.scope == .series ? groups.series : groups.comparison
            for group in scoped where group.claims.count > 1 {
                findings += rule.findings(in: group, context: context)
            }
        }
        return findings.sorted(by: Finding.reportOrder)
    }

    /// Comparison groups and series groups, each sorted by key; claims inside stay sorted by
    /// stable id because the input is.
    static func groups(of claims: [Claim], attributes: [String: Attribute]) -> (comparison: [ClaimGroup], series: [ClaimGroup]) {
        var comparison: [ComparisonKey: [Claim]] = [:]
        var series: [ComparisonKey: [Claim]] = [:]
        for claim in claims {
            let key = ComparisonKey(claim, attribute: attributes[claim.attribute])
            comparison[key, default: []].append(claim)
            if claim.event != nil { series[key.series, default: []].append(claim) }
        }
        func build(_ map: [ComparisonKey: [Claim]]) -> [ClaimGroup] {
            map.keys.sorted().compactMap { key in
                attributes[key.attribute].map { ClaimGroup(key: key, attribute: $0, claims: map[key]!) }
            }
        }
        return (build(comparison), build(series))
    }
}
