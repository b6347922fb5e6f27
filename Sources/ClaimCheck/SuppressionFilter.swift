import ClaimModel
import ClaimReports
import ClaimRules

/// Applies suppressions to a check. A suppressed claim is taken out of the comparison, not
/// just out of the report: the claims it disagreed with may still disagree among themselves,
/// and that finding must not vanish with it. So the whole check runs once, without the
/// suppressed claims; what they took part in is found by checking only the claims they can
/// be compared with (their series and every translation, `DraftScope`: every group holding a
/// claim is made of such claims), and listed as suppressed.
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
            case .finding(let fingerprint):
                if byFingerprint[fingerprint] == nil { byFingerprint[fingerprint] = suppression }
            }
        }
        var used = Set<Suppression>()
        var suppressed: [SuppressedFinding] = []
        var findings: [Finding]

        if byClaim.isEmpty {
            findings = engine.check(claimSet)
        } else {
            var reduced = claimSet
            reduced.claimList = claimSet.claimList.removing(stableIDs: Set(byClaim.keys))
            findings = engine.check(reduced)
            let remainingFingerprints = Set(findings.map(\.fingerprint))
            for finding in Self.findings(involving: Set(byClaim.keys), in: claimSet, with: engine)
            where !remainingFingerprints.contains(finding.fingerprint) {
                guard let suppression = finding.claims.lazy.compactMap({ byClaim[$0.stableID] }).first else { continue }
                suppressed.append(SuppressedFinding(finding: finding, suppression: suppression))
                used.insert(suppression)
            }
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

    /// The findings of the whole claim set that name one of these claims, in report order,
    /// from a check of only the claims those can be compared with: the same findings a check
    /// of everything gives them, at the cost of a desk check rather than a second full check.
    static func findings(involving stableIDs: Set<String>, in claimSet: ClaimSet,
                         with engine: RulesEngine) -> [Finding] {
        let list = claimSet.claimList
        let named = list.positions(fromSources: Set(stableIDs.map(Claim.sourceID(ofStableID:))))
            .filter { stableIDs.contains(list.stableID(at: $0)) }.map { list[$0] }
        guard !named.isEmpty else { return [] }
        var scoped = claimSet
        scoped.claimList = ClaimList(DraftScope(draftClaims: named).relevant(in: list, drafts: []))
        return engine.check(scoped).filter { finding in finding.claims.contains { stableIDs.contains($0.stableID) } }
    }
}
