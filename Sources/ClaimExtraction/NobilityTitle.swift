import ClaimModel

/// A title of nobility is no office (SPEC.md, Offices: "nobility without an office"): a registry
/// role "Prince of Wales" or "Duke of Sussex" read before a name says who the person is, not a
/// post held at the date. A crown prince or a lord mayor holds a post and is kept; so is a king.
enum NobilityTitle {
    static let officeID = "office"
    static let ranks = ["prince-", "princess-", "duke-", "duchess-", "earl-", "countess-", "marquess-",
                        "marchioness-", "viscount-", "viscountess-", "baron-", "baroness-"]

    static func isNobility(_ slug: String) -> Bool { ranks.contains { slug.hasPrefix($0) } }

    /// The drafts without offices that are titles of nobility.
    static func filter(_ drafts: [ClaimExtractor.Draft]) -> [ClaimExtractor.Draft] {
        drafts.filter { draft in
            guard draft.attribute == officeID, case .category(let slug) = draft.value else { return true }
            return !isNobility(slug)
        }
    }
}
