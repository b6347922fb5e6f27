import ClaimModel

/// Offices that cannot be held together on one date, or that the registry's dates rule out.
public struct OfficeConflictRule: Rule {
    public static let description = RuleDescription(
        id: "office-conflict",
        name: "Office conflict",
        summary: "On one date, different sources give a person different offices that the registry does not show "
            + "held together, or a source gives an office that the registry's dated roles show held at another time.",
        rationale: "\"Senator Y\" and \"Secretary of State Y\" on the same day cannot both be current; an outdated "
            + "title is one of the commonest errors in copy, and the registry knows the dates.",
        defaultSeverity: .error,
        seesLoneClaims: true,
        triggeringExamples: [
            RuleExample("Senator in one outlet, Secretary of State in another, the same day",
                        [.office("senator", in: "outlet-b"), .office("secretary-of-state", in: "outlet-e")]),
            RuleExample("An office the registry shows ended before the article",
                        [.office("senator", in: "outlet-c")]),
        ],
        nonTriggeringExamples: [
            RuleExample("The office the registry shows held that day",
                        [.office("secretary-of-state", in: "outlet-b"), .office("foreign-secretary", in: "outlet-e")]),
            RuleExample("Different offices on different dates",
                        [.office("secretary-of-state", in: "outlet-b"), .office("special-envoy", in: "outlet-d")]),
            RuleExample("An office the registry does not know is not contradicted by it",
                        [.office("party-chair", in: "outlet-b")]),
            RuleExample("A former office is no claim to hold it",
                        [.office("former-senator", in: "outlet-b")]),
        ])

    public init() {}

    public static func applies(to attribute: Attribute) -> Bool { attribute.isOffice }

    public func findings(in group: ClaimGroup, context: RuleContext) -> [Finding] {
        guard group.attribute.isOffice else { return [] }
        let roles = context.claimSet.entities[group.key.subject]?.roles ?? []
        var byDate: [Day: [Claim]] = [:]
        for claim in group.claims where claim.modality == .asserted {
            guard case .category(let office) = claim.value, !office.hasPrefix("former-"),
                  let date = context.claimSet.effectiveDate(of: claim) else { continue }
            byDate[date, default: []].append(claim)
        }
        var findings: [Finding] = []
        for date in byDate.keys.sorted() {
            let claims = byDate[date]!
            let registry = OfficeRecord(roles: roles, on: date)
            let outdated = claims.filter { registry.contradicts(office(of: $0)) }
            let clashing = claims.filter { claim in
                claims.contains { other in
                    other.sourceID != claim.sourceID && office(of: other) != office(of: claim)
                        && !ValueComparison(attribute: group.attribute).areCompatible(claim.value, other.value)
                        && !(registry.holds(office(of: claim)) && registry.holds(office(of: other)))
                }
            }
            let involved = claims.filter { claim in outdated.contains(claim) || clashing.contains(claim) }
            guard !involved.isEmpty else { continue }
            var parts: [String] = []
            if !clashing.isEmpty {
                parts.append(context.list(clashing, joiner: "according to") + " cannot all be held that day")
            }
            for claim in outdated {
                parts.append("\(context.names([claim])) gives \(office(of: claim)), which the registry has as "
                             + registry.description(of: office(of: claim)))
            }
            let message = "\(context.subjectName(group.key)) · office on \(date.humanDescription): "
                + "\(parts.joined(separator: "; "))."
            findings.append(context.finding(Self.description, message, key: group.key, claims: involved))
        }
        return findings
    }

    private func office(of claim: Claim) -> String {
        if case .category(let office) = claim.value { return office }
        return ""
    }
}
