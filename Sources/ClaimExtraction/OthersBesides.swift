import ClaimModel

/// "killing the former prime minister Tarek Holm and 21 others": the others are counted
/// besides a named person, so the toll is 22, not 21. Only a person's name right before "and"
/// counts (one victim); "two soldiers and 5 others" or "and 21 others" alone are left as read.
enum OthersBesides {
    static let others = WordHash.of("others"), and = WordHash.of("and")

    /// How many named people a count of "N others" leaves out: 1 when a person's name stands
    /// right before "and N others", else 0.
    static func named(besides number: NumberPhrase, tokens: [Token], clause: Range<Int>,
                      mentions: [EntityMention]) -> Int {
        let after = number.tokens.upperBound + 1, before = number.tokens.lowerBound - 1
        guard after < clause.upperBound, tokens[after].hash == others, before > clause.lowerBound,
              tokens[before].hash == and else { return 0 }
        return mentions.contains { $0.kind == .person && $0.tokens.upperBound == before - 1 } ? 1 : 0
    }

    /// `quantity` with `count` more.
    static func adding(_ count: Int, to quantity: Quantity) -> Quantity {
        let extra = Double(count)
        switch quantity {
        case .exactly(let value): return .exactly(value + extra)
        case .about(let value): return .about(value + extra)
        case .range(let min, let max): return .range(min: min.map { $0 + extra }, max: max.map { $0 + extra })
        }
    }
}
