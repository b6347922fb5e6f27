import ClaimModel
import ClaimRules

/// A finding's claims as the human formats (text, Markdown, HTML) list them: by side, the
/// claims that share a value, each side showing its first few claims and counting the rest.
/// A group of 100,000 claims split between two values is one finding; listing every claim
/// would make a page grow with the group, and a reader learns nothing from the 6th to the
/// 50,000th outlet saying 26. The JSON report keeps every claim.
public struct FindingSides: Sendable {
    public struct Side: Sendable {
        /// "26 countries"
        public var value: String
        /// The first claims of the side, in the finding's order.
        public var shown: [Claim]
        /// How many more claims hold this value.
        public var hidden: Int
    }

    /// Claims listed per side at most.
    public static let defaultLimit = 5

    public var sides: [Side]

    /// Sides in the order their first claim appears, so the finding's first claim (its
    /// primary location) is the first claim shown.
    public init(_ finding: Finding, names: ClaimNames, limit: Int = FindingSides.defaultLimit) {
        var index: [String: Int] = [:]
        var sides: [Side] = []
        for claim in finding.claims {
            let value = names.value(claim)
            let position: Int
            if let known = index[value] {
                position = known
            } else {
                position = sides.count
                index[value] = position
                sides.append(Side(value: value, shown: [], hidden: 0))
            }
            if sides[position].shown.count < max(1, limit) {
                sides[position].shown.append(claim)
            } else {
                sides[position].hidden += 1
            }
        }
        self.sides = sides
    }

    public init(_ finding: Finding, in report: Report, limit: Int = FindingSides.defaultLimit) {
        self.init(finding, names: report.names, limit: limit)
    }

    /// Every claim shown, side by side.
    public var shown: [Claim] { sides.flatMap(\.shown) }

    /// "and 49,995 more claims with 26 countries (see the JSON report)"
    public static func hiddenSentence(_ side: Side) -> String? {
        guard side.hidden > 0 else { return nil }
        let claims = side.hidden == 1 ? "1 more claim" : "\(grouped(side.hidden)) more claims"
        return "and \(claims) with \(side.value) (see the JSON report)"
    }

    /// 49995 as "49,995".
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
