import ClaimModel
import ClaimRules

/// Every claim about one entity and attribute, ordered by event and date: how the record of
/// a fact evolved source by source (attendance announced as remote, reported in person).
/// The terminal `timeline` command and the HTML report draw the same timelines.
public struct Timeline: Sendable {
    public var subject: String
    public var attribute: String
    public var entries: [Entry]

    public struct Entry: Sendable {
        public var claim: Claim
        public var event: Event?
        /// When it was said (the claim's date, else its source's).
        public var date: Day?
        /// Part of an error or warning: one side of a contradiction.
        public var conflicting: Bool
    }

    public var sourceCount: Int { Set(entries.map(\.claim.sourceID)).count }
    public var eventCount: Int { Set(entries.compactMap { $0.claim.event }).count }
    public var hasConflicts: Bool { entries.contains(where: \.conflicting) }

    /// The subject's timelines, one per attribute (or just `attribute`), in attribute order.
    /// `findings` mark the conflicting claims; notes (shifts) do not.
    public static func build(subject: String, attribute: String? = nil, in claimSet: ClaimSet,
                             findings: [Finding]) -> [Timeline] {
        // Only the subject's claims are decoded: a table's rows say which they are.
        let claims = positions(ofSubject: subject, in: claimSet.claimList).map { claimSet.claimList[$0] }
            .filter { attribute == nil || $0.attribute == attribute }
        return timelines(subject: subject, claims: claims, in: claimSet, conflicting: conflictingKeys(findings))
    }

    /// A claim folded into another (a translation of the same quote, a repeated line) is one
    /// side of the contradiction too: claims are matched by stable id and by where they stand.
    static func conflictingKeys(_ findings: [Finding]) -> Set<String> {
        var conflicting = Set<String>()
        for finding in findings where finding.severity != .info {
            for claim in finding.claims {
                conflicting.insert(claim.stableID)
                for occurrence in [ClaimOccurrence(sourceID: claim.sourceID, evidence: claim.evidence)] + claim.alsoAt {
                    conflicting.insert(occurrenceKey(occurrence.sourceID, occurrence.evidence, claim))
                }
            }
        }
        return conflicting
    }

    /// One subject's claims (in stable order) as a timeline per attribute.
    static func timelines(subject: String, claims: [Claim], in claimSet: ClaimSet,
                          conflicting: Set<String>) -> [Timeline] {
        var byAttribute: [String: [Entry]] = [:]
        for claim in claims {
            byAttribute[claim.attribute, default: []].append(Entry(
                claim: claim, event: claim.event.flatMap { claimSet.events[$0] },
                date: claimSet.effectiveDate(of: claim),
                conflicting: conflicting.contains(claim.stableID)
                    || conflicting.contains(occurrenceKey(claim.sourceID, claim.evidence, claim))))
        }
        return byAttribute.keys.sorted().map { key in
            Timeline(subject: subject, attribute: key, entries: byAttribute[key]!.sorted(by: order))
        }
    }

    /// Where a claim stands and what it is about: two claims can share a line, never both.
    static func occurrenceKey(_ sourceID: String, _ evidence: Evidence, _ claim: Claim) -> String {
        [sourceID, evidence.location, claim.subject, claim.attribute, claim.event ?? ""].joined(separator: "|")
    }

    /// By event (start date, then id; claims without an event last), then date said, then
    /// stable id, so the order never depends on the order files were read.
    static func order(_ lhs: Entry, _ rhs: Entry) -> Bool {
        func eventKey(_ entry: Entry) -> (Int, String, String) {
            guard let event = entry.event else { return (1, "", "") }
            return (0, event.start.description, event.id)
        }
        let left = eventKey(lhs), right = eventKey(rhs)
        if left != right { return left < right }
        let leftDate = lhs.date?.description ?? "9999", rightDate = rhs.date?.description ?? "9999"
        if leftDate != rightDate { return leftDate < rightDate }
        return lhs.claim.stableID < rhs.claim.stableID
    }
}
