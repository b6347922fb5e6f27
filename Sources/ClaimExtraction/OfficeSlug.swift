/// One post written several ways gets one slug, so two articles agree: "chief executive
/// officer", "CEO" and "group chief" are `chief-executive`; "Minister of the Interior" and
/// "Interior Minister" are `interior-minister`; "head of government" is `prime-minister` (the
/// corpus contract's synonyms, `Tests/NewsCorpus/SPEC.md`). A title that had its own "of"
/// complement took its place without "of" ("minister-of-the-interior-france"); once the
/// complement is gone, the place takes "of" again ("interior-minister-of-france").
enum OfficeSlug {
    /// Heads as slugs, and the usual English title each stands for.
    static let synonyms: [(String, String)] = {
        var table: [(String, String)] = [
            ("chief-executive-officer", "chief-executive"), ("group-chief-executive", "chief-executive"),
            ("ceo", "chief-executive"), ("group-chief", "chief-executive"),
            ("chief-financial-officer", "chief-financial-officer"), ("finance-chief", "chief-financial-officer"),
            ("cfo", "chief-financial-officer"), ("deputy-head-of-government", "vice-premier"),
            ("head-of-government", "prime-minister"), ("party-leader", "leader"),
        ]
        for portfolio in portfolios {
            for form in ["minister-of-the-", "minister-of-", "minister-for-the-", "minister-for-"] {
                table.append((form + portfolio, portfolio + "-minister"))
            }
        }
        // Longest first: "group-chief-executive" before "group-chief".
        return table.sorted { $0.0.count > $1.0.count }
    }()
    /// Only the portfolio the contract names: "Minister of Defence" is the usual English title in
    /// some countries and "Defence Minister" in others, so those stay as written.
    static let portfolios = ["interior"]

    static func canonical(_ slug: String) -> String {
        for (written, usual) in synonyms where written != usual {
            guard slug == written || slug.hasPrefix(written + "-") else { continue }
            var rest = String(slug.dropFirst(written.count))
            // The place a title with its own "of" took bare takes "of" once that title is gone.
            let hadComplement = written.contains("-of-") || written.contains("-for-")
            if hadComplement, !rest.isEmpty, !rest.hasPrefix("-of-"), !rest.hasPrefix("-for-") {
                rest = "-of" + rest
            }
            return usual + rest
        }
        return slug
    }
}
