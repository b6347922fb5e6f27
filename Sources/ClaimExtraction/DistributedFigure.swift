/// "Brazil and Indonesia confirmed $1 billion each": a figure followed by "each" or "apiece" is
/// every coordinated subject's, so each of them gets the claim.
extension ClaimExtractor {
    static let distributive: WordSet = WordSet(["each", "apiece"].map(WordHash.of))

    /// A cheap test first: "each" within three words after the figure.
    static func mayBeDistributed(_ number: NumberPhrase, tokens: [Token], clause: Range<Int>) -> Bool {
        let next = number.tokens.upperBound + 1
        return (next..<min(clause.upperBound, next + 3)).contains { distributive.contains(tokens[$0].hash) }
    }

    /// Copies of `draft` for the other subjects of the attribute's kinds named before the figure
    /// (the speaker among them: in "Brazil and Indonesia confirmed", Indonesia is read as one),
    /// when "each" follows it; none otherwise.
    mutating func distributed(_ draft: Draft, number: NumberPhrase, unitEnd: Int?, mentions: [EntityMention],
                              tokens: [Token], clause: Range<Int>) -> [Draft] {
        let next = (unitEnd ?? number.tokens.upperBound) + 1
        guard next < clause.upperBound, Self.distributive.contains(tokens[next].hash),
              !registry.cues.eventSubjects.contains(draft.attribute) else { return [] }
        let kinds = registry.cues.subjectKinds[draft.attribute] ?? [.group]
        var seen: Set<String> = [draft.subject]
        var copies: [Draft] = []
        for mention in mentions where mention.tokens.upperBound < number.tokens.lowerBound
            && kinds.contains(mention.kind) && !mention.isDemonym {
            let id = subjectID(mention)
            guard seen.insert(id).inserted else { continue }
            var copy = draft
            copy.subject = id
            copies.append(copy)
        }
        return copies
    }
}
