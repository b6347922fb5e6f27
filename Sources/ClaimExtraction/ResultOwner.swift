import ClaimModel

/// Whose result a share or a seat count is, read from the phrase around it rather than from the
/// nearest name: "15.8 per cent for the Labour list" and "79 seats to 77 for the Socialists" name
/// the owner after the figure; in "the Democratic Alliance (AD) of Luís Montenegro ... taking 79
/// seats" and "the party led by X won 30 per cent" the person completes the party's name and the
/// figure is the party's; in "Chega took 48 seats, up from 12, with 18.1 per cent" the share
/// after a skipped change is still Chega's. Election copy words results these ways across
/// outlets (wire reports of Colombian, Dutch, Portuguese and British elections), so the owner is
/// found by the shape, not by the parties' names (issue 12).
enum ResultOwner {
    /// The sentence a figure is read in; `bare` when the figure carries no unit of its own.
    struct Scan {
        var tokens: [Token]
        var sentence: Range<Int>
        var mentions: [EntityMention]
        var bare: Bool
    }

    static let forWord = WordHash.of("for")
    /// Words that tie a person to the party before them: "of", "led by", "under".
    static let leaderLinks: WordSet = WordSet(["of", "by", "under"].map(WordHash.of))
    static let led = WordHash.of("led"), by = WordHash.of("by")
    static let parties: Set<Entity.Kind> = [.organisation, .group]

    /// "N per cent for X", "77 for the Socialist Party": the party or person right after "for"
    /// (over "the"), when the figure's unit (or the figure) ends just before it.
    static func namedAfter(_ end: Int, tokens: [Token], sentence: Range<Int>,
                           mentions: [EntityMention]) -> EntityMention? {
        guard end + 2 < sentence.upperBound, tokens[end + 1].hash == forWord else { return nil }
        var start = end + 2
        if ClaimExtractor.determiners.contains(tokens[start].hash) { start += 1 }
        return mentions.first {
            $0.tokens.lowerBound == start && (parties.contains($0.kind) || $0.kind == .person) && !$0.isDemonym
        }
    }

    /// The party a person's name completes: "the Democratic Alliance (AD) of Luís Montenegro",
    /// "the Union led by X", "the bloc under X". Nil when the person stands alone.
    static func party(completedBy person: EntityMention, tokens: [Token], sentence: Range<Int>,
                      mentions: [EntityMention]) -> EntityMention? {
        var index = person.tokens.lowerBound - 1
        if index > sentence.lowerBound, ClaimExtractor.determiners.contains(tokens[index].hash) { index -= 1 }
        guard index > sentence.lowerBound, leaderLinks.contains(tokens[index].hash) else { return nil }
        if tokens[index].hash == by {
            guard index - 1 > sentence.lowerBound, tokens[index - 1].hash == led else { return nil }
            index -= 1
        }
        // "the Democratic Alliance (AD) of ...": the alias in brackets belongs to the name.
        var end = index - 1
        if end > sentence.lowerBound, tokens[end].kind == .punctuation,
           let open = (max(sentence.lowerBound, end - 4)..<end).last(where: { tokens[$0].kind == .punctuation }) {
            end = open - 1
        }
        return mentions.first {
            $0.tokens.upperBound == end && parties.contains($0.kind) && !$0.isDemonym
        }
    }
}
