import ClaimModel

/// How well extracted claims agree with curated ones, per attribute.
///
/// A curated claim is found when an extracted claim stands in the same article file and has
/// the same subject, attribute and event, with a compatible value: overlapping intervals
/// (within the attribute's tolerance), the same category or one broader than the other
/// ("present" and "in-person"), or the same flag. Speaker and modality are not part of the
/// match; they are reported separately as agreement among matched pairs.
public struct ExtractionScore: Sendable {
    public struct Row: Sendable, Equatable {
        public var attribute: String
        public var curated = 0
        public var found = 0
        public var extracted = 0
        public var correct = 0

        public var recall: Double { curated == 0 ? 1 : Double(found) / Double(curated) }
        public var precision: Double { extracted == 0 ? 1 : Double(correct) / Double(extracted) }
    }

    public var rows: [Row]
    public var total: Row
    /// Matched pairs whose speaker (and modality) also agree.
    public var sameSpeaker = 0, sameModality = 0, matchedPairs = 0
    /// Curated claims not found, and extracted claims matching nothing, for reading.
    public var missed: [Claim] = []
    public var unmatched: [Claim] = []

    public init(curated: [Claim], extracted: [Claim], attributes: [String: Attribute]) {
        var rows: [String: Row] = [:]
        func key(_ claim: Claim) -> String {
            "\(claim.evidence.file)|\(claim.subject)|\(claim.attribute)|\(claim.event ?? "-")"
        }
        let extractedByKey = Dictionary(grouping: extracted, by: key)
        let curatedByKey = Dictionary(grouping: curated, by: key)
        for claim in curated {
            rows[claim.attribute, default: Row(attribute: claim.attribute)].curated += 1
            let candidates = extractedByKey[key(claim)] ?? []
            if let match = candidates.first(where: { Self.compatible($0, claim, attributes[claim.attribute]) }) {
                rows[claim.attribute]!.found += 1
                matchedPairs += 1
                if match.speaker == claim.speaker { sameSpeaker += 1 }
                if match.modality == claim.modality { sameModality += 1 }
            } else {
                missed.append(claim)
            }
        }
        for claim in extracted {
            rows[claim.attribute, default: Row(attribute: claim.attribute)].extracted += 1
            let candidates = curatedByKey[key(claim)] ?? []
            if candidates.contains(where: { Self.compatible(claim, $0, attributes[claim.attribute]) }) {
                rows[claim.attribute]!.correct += 1
            } else {
                unmatched.append(claim)
            }
        }
        self.rows = rows.values.sorted { $0.attribute < $1.attribute }
        total = self.rows.reduce(into: Row(attribute: "all")) { sum, row in
            sum.curated += row.curated; sum.found += row.found
            sum.extracted += row.extracted; sum.correct += row.correct
        }
    }

    public static func compatible(_ a: Claim, _ b: Claim, _ attribute: Attribute?) -> Bool {
        guard a.unit == b.unit || a.unit == nil || b.unit == nil else { return false }
        switch (a.value, b.value) {
        case (.quantity(let x), .quantity(let y)):
            let tolerance = attribute?.tolerance ?? Tolerance()
            let isCount = attribute?.kind == .count
            return x.interval(tolerance: tolerance, isCount: isCount)
                .overlaps(y.interval(tolerance: tolerance, isCount: isCount), slack: tolerance.slack)
        case (.category(let x), .category(let y)):
            guard let attribute else { return x == y }
            return attribute.isCategory(x, broaderThanOrEqualTo: y) || attribute.isCategory(y, broaderThanOrEqualTo: x)
        case (.flag(let x), .flag(let y)):
            return x == y
        default:
            return false
        }
    }
}
