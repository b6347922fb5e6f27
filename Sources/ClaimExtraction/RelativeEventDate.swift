import ClaimModel

/// "The strike against Ostrava Motors, which began on 15 September, ended after 46 days": a
/// relative clause after an event's mention that says when it began or happened dates that
/// event. Coverage of a lasting incident recalls its start this way more than any other ("the
/// walkout, which started on Sept. 15", "the fire, which was started July 6 by lightning"), and
/// a clause's own date skips its asides, so the start was read for no event (issue 13).
enum RelativeEventDate {
    static let relatives: WordSet = WordSet(["which", "that"].map(WordHash.of))
    /// Verbs of an event's start or occurrence, as a relative clause has them.
    static let verbs: WordSet = WordSet(["began", "begun", "started", "erupted", "broke", "struck", "happened",
                                         "occurred", "held"].map(WordHash.of))
    /// Tokens from the mention to "which" ("the strike against Ford, GM and Stellantis, which").
    static let reach = 10

    /// The one day the relative clause after `mention` gives its event, marked as written onto it.
    static func cue(after mention: EventMention, sentence: Range<Int>, tokens: [Token], text: [UInt8],
                    published: Day?) -> DateCues.Cue? {
        // Hashes first: most mentions have no relative clause, and this runs for every mention.
        let after = mention.tokens.upperBound + 1
        let limit = min(sentence.upperBound, after + reach)
        guard let index = (after..<limit).first(where: { relatives.contains(tokens[$0].hash) }),
              tokens[index - 1].hash == Punctuation.comma,
              let verb = ((index + 1)..<min(sentence.upperBound, index + 4)).first(where: {
                  verbs.contains(tokens[$0].hash)
              }) else { return nil }
        // Another event's mention or a full stop before "which" ends the mention's phrase.
        for between in after..<index where tokens[between].hash == Punctuation.fullStop
            || EventKind.table.match(tokens, at: between, limit: index) != nil { return nil }
        let window = (verb + 1)..<min(sentence.upperBound, verb + 1 + LastingIncident.dateReach)
        guard var cue = DateCues.find(in: tokens, range: window, text: text, published: published),
              cue.from == cue.to, !cue.isEve else { return nil }
        cue.isAttached = true
        return cue
    }
}
