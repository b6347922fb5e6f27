import ClaimModel

/// "Its net profit fell 12 per cent": a percent change is about the measured quantity the
/// clause names (the company's net profit, its revenue), a subject of its own, so a change in
/// revenue and a change in profit are never one key; and a fall is negative.
extension ClaimExtractor {
    static let percentChangeID = "percent-change"
    /// Attributes whose changes are written "<attribute> rose/fell N per cent".
    static let measuredIDs: Set<String> = ["revenue", "net-profit"]
    static let falling: WordSet = WordSet([
        "fall", "fell", "fallen", "falls", "falling", "drop", "dropped", "drops", "dropping", "decrease", "decreased",
        "decreases", "slump", "slumped", "slumps", "decline", "declined", "declines", "plunge", "plunged", "plunges",
        "slide", "slid", "slides", "sink", "sank", "shrank", "shrink", "shrinks", "down", "lost", "lose", "loses",
    ].map(WordHash.of))

    /// The measured quantity's entity ("nordbank-net-profit") when a measured cue stands right
    /// before the change cue and the clause (or its speaker) names whose it is.
    mutating func measuredSubject(change: ClosedRange<Int>, cues: [AttributeCues.Match], mentions: [EntityMention],
                                  speaker: EntityMention?, event: String?) -> String? {
        guard let measured = cues.last(where: {
                  Self.measuredIDs.contains($0.cue.attribute) && $0.tokens.upperBound < change.lowerBound
                      && change.lowerBound - $0.tokens.upperBound <= 4
              }),
              let attribute = registry.attributes[measured.cue.attribute] else { return nil }
        let kinds = registry.cues.subjectKinds[attribute.id] ?? [.group]
        let owner = mentions.last { kinds.contains($0.kind) && $0.tokens.upperBound < measured.tokens.lowerBound }
            ?? speaker.flatMap { kinds.contains($0.kind) ? $0 : nil }
        guard let company = owner.map({ subjectID($0) }) ?? event.flatMap({ entityNamed(inEvent: $0, kinds: kinds) })
                ?? articleCompany else { return nil }
        let name = (registry.entities[company]?.name ?? company) + " " + attribute.name.lowercased()
        return registry.addEntity(Entity(id: company + "-" + attribute.id, name: name, kind: .group), searchable: false)
    }

    /// Whether the change cue says the value went down ("fell", "dropped", "down").
    static func isFall(_ cue: ClosedRange<Int>, tokens: [Token]) -> Bool {
        cue.contains { falling.contains(tokens[$0].hash) }
    }
}

extension Quantity {
    /// The same quantity with its sign turned ("fell 12 per cent" is -12).
    var negated: Quantity {
        switch self {
        case .exactly(let value): return .exactly(-value)
        case .about(let value): return .about(-value)
        case .range(let low, let high): return .range(min: high.map { -$0 }, max: low.map { -$0 })
        }
    }
}
