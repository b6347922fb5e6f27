import ClaimExtraction
import ClaimModel

/// Why each missed gold claim was missed, read from the extracted claims that matched nothing.
///
/// A recall figure alone cannot tell a reader who never saw the sentence from one that read it
/// and filed the figure under the wrong event or person; the two need different work (a new
/// reading against clause structure or event choice). So every missed claim is set beside the
/// nearest unmatched claim of its article with the same attribute: on its own line, whichever
/// differs in the fewest of subject, value and event; on another line, only one that differs
/// in one of them (two claims apart in line and in two fields are two facts, not a near miss).
public struct MissCauses: Sendable {
    /// The fields of a claim the match compares, in the order causes are named.
    public enum Field: String, Sendable, CaseIterable {
        case subject, value, event
    }

    public enum Cause: Sendable, Hashable, Comparable {
        /// The right attribute was read, with these fields differing (never empty).
        case differs([Field], sameLine: Bool)
        /// Something was read on the line, but of other attributes only.
        case otherAttribute
        /// Nothing unmatched was extracted on the line.
        case nothingRead

        public var description: String {
            switch self {
            case .differs(let fields, let sameLine):
                let names = fields.map(\.rawValue)
                let joined = names.count > 1
                    ? names.dropLast().joined(separator: ", ") + " and " + names.last! : names[0]
                return "read with another \(joined)" + (sameLine ? "" : " on another line")
            case .otherAttribute: return "only other attributes read on its line"
            case .nothingRead: return "nothing read on its line"
            }
        }

        public static func < (lhs: Cause, rhs: Cause) -> Bool { lhs.description < rhs.description }
    }

    /// One missed gold claim and, when there is one, the unmatched claim it was read as.
    public struct Miss: Sendable {
        public var gold: Claim
        public var cause: Cause
        public var nearest: Claim?
    }

    public var misses: [Miss]

    public init(missed: [Claim], unmatched: [Claim], attributes: [String: Attribute]) {
        let byArticle = Dictionary(grouping: unmatched) { $0.evidence.file }
        misses = missed.map { gold in
            Self.cause(of: gold, among: byArticle[gold.evidence.file] ?? [], attribute: attributes[gold.attribute])
        }
    }

    /// How many misses each cause explains, the most frequent first (ties by name).
    public var counts: [(cause: Cause, count: Int)] {
        let tally = Dictionary(grouping: misses, by: \.cause).mapValues(\.count)
        return tally.map { ($0.key, $0.value) }.sorted { ($1.count, $0.cause) < ($0.count, $1.cause) }
    }

    static func cause(of gold: Claim, among article: [Claim], attribute: Attribute?) -> Miss {
        var best: (fields: [Field], sameLine: Bool, claim: Claim)?
        for claim in article where claim.attribute == gold.attribute {
            let fields = differing(gold, claim, attribute: attribute)
            let sameLine = claim.evidence.line == gold.evidence.line
            guard !fields.isEmpty, sameLine || fields.count == 1 else { continue }
            // Fewer differing fields first, then the claim's own line.
            let rank = (fields.count, sameLine ? 0 : 1)
            if let current = best, (current.fields.count, current.sameLine ? 0 : 1) <= rank { continue }
            best = (fields, sameLine, claim)
        }
        if let best {
            return Miss(gold: gold, cause: .differs(best.fields, sameLine: best.sameLine), nearest: best.claim)
        }
        let lineRead = article.contains { $0.evidence.line == gold.evidence.line }
        return Miss(gold: gold, cause: lineRead ? .otherAttribute : .nothingRead, nearest: nil)
    }

    static func differing(_ gold: Claim, _ claim: Claim, attribute: Attribute?) -> [Field] {
        Field.allCases.filter { field in
            switch field {
            case .subject: return claim.subject != gold.subject
            case .value: return !ExtractionScore.compatible(claim, gold, attribute)
            case .event: return claim.event != gold.event
            }
        }
    }
}
