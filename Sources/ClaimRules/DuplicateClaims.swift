import ClaimModel

/// Folds claims that are one claim seen twice into one, before any rule runs:
/// - an article that repeats its own body states the same thing twice (same source, key,
///   speaker, value and modality): one claim with a second occurrence;
/// - two translations of one quotation (`sameQuoteAs`) that agree: one claim, whose other
///   occurrences point into the other articles.
/// A translation that does not agree with its original stays separate, so the disagreement
/// is reported rather than hidden.
public enum DuplicateClaims {
    public static func fold(_ claims: [Claim], attributes: [String: Attribute]) -> [Claim] {
        var byStableID: [String: Int] = [:]
        for (index, claim) in claims.enumerated() { byStableID[claim.stableID] = index }

        // Translations: follow each chain to its root, folding only agreeing claims.
        var foldedInto: [Int: Int] = [:]
        for (index, claim) in claims.enumerated() {
            var target = claim.sameQuoteAs.flatMap { byStableID[$0] }
            var steps = 0
            while let current = target, let next = claims[current].sameQuoteAs.flatMap({ byStableID[$0] }), steps < claims.count {
                target = next
                steps += 1
            }
            if let target, target != index, isSameStatement(claims[target], claim, sameSource: false) {
                foldedInto[index] = target
            }
        }

        // Repeats within one source.
        var firstOfStatement: [String: Int] = [:]
        for (index, claim) in claims.enumerated() where foldedInto[index] == nil {
            let signature = [claim.sourceID, claim.subject, claim.attribute, claim.event ?? "", claim.unit ?? "",
                             claim.speaker.id, claim.modality.rawValue, JSONWriter.write(claim.value.json, pretty: false)]
                .joined(separator: "\u{1F}")
            if let first = firstOfStatement[signature] { foldedInto[index] = first } else { firstOfStatement[signature] = index }
        }

        var result = claims
        for index in foldedInto.keys.sorted() {
            let target = foldedInto[index]!
            let folded = claims[index]
            result[target].alsoAt.append(ClaimOccurrence(sourceID: folded.sourceID, evidence: folded.evidence))
            result[target].alsoAt.append(contentsOf: folded.alsoAt)
        }
        return result.enumerated().filter { foldedInto[$0.offset] == nil }.map(\.element)
    }

    private static func isSameStatement(_ a: Claim, _ b: Claim, sameSource: Bool) -> Bool {
        a.subject == b.subject && a.attribute == b.attribute && a.event == b.event && a.unit == b.unit
            && a.speaker == b.speaker && a.value == b.value && a.modality == b.modality
    }
}
