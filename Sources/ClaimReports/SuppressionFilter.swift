import ClaimModel
import ClaimRules

/// Applies suppressions to a check. A suppressed claim is taken out of the comparison, not
/// just out of the report: the claims it disagreed with may still disagree among themselves,
/// and that finding must not vanish with it. So the rules run twice when claims are
/// suppressed, and what the second run no longer finds is listed as suppressed.
public struct SuppressionFilter: Sendable {
    public var suppressions: [Suppression]

    public init(_ suppressions: [Suppression]) { self.suppressions = suppressions }

    public struct Outcome: Sendable {
        public var findings: [Finding]
        public var suppressed: [SuppressedFinding]
        public var unused: [Suppression]
    }

    public func check(_ claimSet: ClaimSet, with engine: RulesEngine) -> Outcome {
        var byClaim: [String: Suppression] = [:]
        var byFingerprint: [String: Suppression] = [:]
        for suppression in suppressions {
            switch suppression.target {
            case .claim(let id): if byClaim[id] == nil { byClaim[id] = suppression }
            case .finding(let fingerprint): if byFingerprint[fingerprint] == nil { byFingerprint[fingerprint] = suppression }
            }
        }
        var used = Set<Suppression>()
        var suppressed: [SuppressedFinding] = []
        var findings = engine.check(claimSet)

        if !byClaim.isEmpty {
            var reduced = claimSet
            reduced.claimList = claimSet.claimList.removing(stableIDs: Set(byClaim.keys))
            let remaining = engine.check(reduced)
            let remainingFingerprints = Set(remaining.map(\.fingerprint))
            for finding in findings where !remainingFingerprints.contains(finding.fingerprint) {
                guard let suppression = finding.claims.lazy.compactMap({ byClaim[$0.stableID] }).first else { continue }
                suppressed.append(SuppressedFinding(finding: finding, suppression: suppression))
                used.insert(suppression)
            }
            findings = remaining
        }

        findings.removeAll { finding in
            guard let suppression = byFingerprint[finding.fingerprint] else { return false }
            suppressed.append(SuppressedFinding(finding: finding, suppression: suppression))
            used.insert(suppression)
            return true
        }
        suppressed.sort { Finding.reportOrder($0.finding, $1.finding) }
        return Outcome(findings: findings, suppressed: suppressed, unused: suppressions.filter { !used.contains($0) })
    }
}
