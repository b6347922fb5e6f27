/// "The show ran close to four hours", "Sunday's show drew 18 million viewers": a report on a
/// prize-giving calls the ceremony "the show" once it has named it. The word is not one of the
/// awards words (`EventKind.words`): "polls show", "figures show" and "a show of hands" are
/// everywhere, and a registered "Air Show" is no prize-giving. So it names the ceremony only
/// as a noun after "the" or a possessive, followed by punctuation, a name or a verb or
/// preposition a noun is followed by; it refers back to a registered awards event only, as
/// every awards word does (issue 12).
enum ShowNoun {
    static let show = WordHash.of("show")
    static let before: WordSet = WordSet(["the", "'s"].map(WordHash.of))
    /// Lower-case words "the show" may be followed by when it is the ceremony.
    static let after: WordSet = WordSet([
        "ran", "lasted", "overran", "opened", "closed", "ended", "began", "started", "drew", "attracted", "was",
        "is", "had", "has", "will", "would", "went", "took", "in", "at", "on", "itself", "which", "finished",
        "kicked",
    ].map(WordHash.of))

    static func match(_ tokens: [Token], at index: Int, range: Range<Int>) -> PhraseTable<EventKind>.Match? {
        let token = tokens[index]
        guard token.kind == .word, !token.isCapitalized, token.hash == show, index > range.lowerBound,
              before.contains(tokens[index - 1].hash) else { return nil }
        let next = index + 1
        if next < range.upperBound {
            let following = tokens[next]
            guard following.kind != .word || following.isCapitalized || after.contains(following.hash) else {
                return nil
            }
        }
        return PhraseTable<EventKind>.Match(value: .awards, tokens: index...index)
    }
}
