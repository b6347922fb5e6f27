import ClaimModel

/// The shared shape of the pairwise rules: pick the pairs of claims in a group that a rule
/// cares about and that cannot both hold, then cluster them into findings.
public enum PairwiseConflicts {
    public static func findings(in group: ClaimGroup, context: RuleContext,
                                isCandidatePair: (Claim, Claim) -> Bool,
                                message: (_ primary: Claim, _ others: [Claim]) -> String,
                                rule: RuleDescription) -> [Finding] {
        let claims = group.claims
        // Only claims whose values conflict are paired: linear for a group that agrees.
        let pairs = ValueClasses(claims, comparison: context.comparison(for: group))
            .conflictingPairs { isCandidatePair(claims[$0], claims[$1]) }
        return ConflictClusters.clusters(pairs).map { cluster in
            let others = cluster.others.map { claims[$0] }
            let primary = claims[cluster.primary]
            return context.finding(rule, message(primary, others), key: group.key, claims: [primary] + others)
        }
    }

    /// Findings where one side has a fixed role (the expectation, the hedged claim): one
    /// finding per such claim, listing the asserted claims it conflicts with.
    public static func oneSided(in group: ClaimGroup, context: RuleContext,
                                isLead: (Claim) -> Bool,
                                conflictsWith: (_ lead: Claim, _ other: Claim) -> Bool,
                                message: (_ lead: Claim, _ others: [Claim]) -> String,
                                rule: RuleDescription) -> [Finding] {
        let claims = group.claims
        let classes = ValueClasses(claims, comparison: context.comparison(for: group))
        var findings: [Finding] = []
        for (index, lead) in claims.enumerated() where isLead(lead) {
            let others = classes.conflicting(with: index).map { claims[$0] }.filter {
                $0.stableID != lead.stableID && conflictsWith(lead, $0)
            }
            if !others.isEmpty {
                findings.append(context.finding(rule, message(lead, others), key: group.key, claims: [lead] + others))
            }
        }
        return findings
    }
}
