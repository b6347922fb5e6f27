import ClaimModel

/// The shared shape of the pairwise rules: pick the pairs of claims in a group that a rule
/// cares about and that cannot both hold, then cluster them into findings.
public enum PairwiseConflicts {
    public static func findings(in group: ClaimGroup, context: RuleContext,
                                isCandidatePair: (Claim, Claim) -> Bool,
                                message: (_ primary: Claim, _ others: [Claim]) -> String,
                                rule: RuleDescription) -> [Finding] {
        let claims = group.claims
        let classes = ValueClasses(claims, comparison: context.comparison(for: group))
        guard classes.hasConflict else { return [] }
        var pairs: [(Int, Int)] = []
        for i in claims.indices where classes.conflictsWithSome[classes.classOf[i]] {
            for j in claims.indices where j > i {
                if !classes.areCompatible(i, j), isCandidatePair(claims[i], claims[j]) {
                    pairs.append((i, j))
                }
            }
        }
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
        guard classes.hasConflict else { return [] }
        var findings: [Finding] = []
        for (leadIndex, lead) in claims.enumerated() where classes.conflictsWithSome[classes.classOf[leadIndex]] && isLead(lead) {
            var others: [Claim] = []
            for (index, other) in claims.enumerated() where !classes.areCompatible(leadIndex, index) {
                if !Self.sameStableID(other, lead), conflictsWith(lead, other) { others.append(other) }
            }
            if !others.isEmpty {
                findings.append(context.finding(rule, message(lead, others), key: group.key, claims: [lead] + others))
            }
        }
        return findings
    }

    /// `a.stableID == b.stableID`, without building the strings when the sources agree.
    static func sameStableID(_ a: Claim, _ b: Claim) -> Bool {
        a.sourceID == b.sourceID ? a.id == b.id : a.stableID == b.stableID
    }
}
