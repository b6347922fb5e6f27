/// What a pre-publication check compares a draft with: the claims on record that share a
/// draft claim's series (subject, attribute and unit, every event, since the shift rule looks
/// across a series), plus every translation and translated claim, because folding follows
/// translations across series. Every group holding a draft claim is made of such claims, so
/// checking them alone finds exactly the findings that involve the draft.
///
/// The plain load and the index (`ClaimIndex`) select with these same rules, so a desk check
/// reports the same bytes whichever way the record was read.
public struct DraftScope: Sendable {
    /// The part of a comparison key that stays the same across a series.
    public struct SeriesKey: Sendable, Hashable {
        public var subject: String
        public var attribute: String
        public var unit: String?

        public init(_ claim: Claim) {
            subject = claim.subject
            attribute = claim.attribute
            unit = claim.unit
        }

        public init(subject: String, attribute: String, unit: String?) {
            self.subject = subject
            self.attribute = attribute
            self.unit = unit
        }
    }

    public let keys: Set<SeriesKey>

    public init(draftClaims: [Claim]) {
        keys = Set(draftClaims.map(SeriesKey.init))
    }

    /// Whether translations tie a claim to others: it translates one, or one translates it.
    public static func isTranslationRelated(_ claim: Claim, targets: Set<String>) -> Bool {
        claim.sameQuoteAs != nil || targets.contains(claim.stableID)
    }

    /// The record's claims a draft is compared with, in their order.
    public func relevant(_ claims: [Claim]) -> [Claim] {
        let targets = Set(claims.compactMap(\.sameQuoteAs))
        return claims.filter { keys.contains(SeriesKey($0)) || Self.isTranslationRelated($0, targets: targets) }
    }

    /// `relevant` of the record's claims and the drafts', without decoding the record's other
    /// claims: the record is selected on its columns, and only the claims kept are decoded.
    /// Returns the record's claims kept, in their order; the drafts only add translation
    /// targets.
    ///
    /// At a million claims the desk check kept a few thousand, but decoding all of them to
    /// filter took most of its 6 s.
    public func relevant(in record: ClaimList, drafts: [Claim]) -> [Claim] {
        var kept = Set(record.translationRelated(alsoTargets: Set(drafts.compactMap(\.sameQuoteAs))))
        let columns = record.columns
        let series = Set(keys.compactMap { key in
            columns.series(subject: key.subject, attribute: key.attribute, unit: key.unit)
        })
        if !series.isEmpty {
            for position in 0..<columns.count where series.contains(columns.series(at: position)) {
                kept.insert(position)
            }
        }
        return kept.sorted().map { record[$0] }
    }
}
