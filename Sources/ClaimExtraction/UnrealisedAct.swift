/// An act someone is asked, pressed or threatens to do has not been done: "protesters called on
/// Ada Quill to resign", "the opposition demanded that she step down", "he urged her not to
/// quit", "Quill threatened to quit". The cue stands in the complement ("to ...", "that ...")
/// of a verb of asking or threatening, so neither the asker nor the one asked did it, nor
/// refused it: no claim. A plan the subject states ("said he would resign") is not asked of
/// anyone and is still read, with its modality; so is "told reporters that he would resign"
/// (telling is not asking, so "tell" is not one of the verbs).
enum UnrealisedAct {
    static let askingVerbs: WordSet = WordSet([
        "urge", "urged", "urges", "urging", "call", "called", "calls", "calling", "demand", "demanded", "demands",
        "demanding", "ask", "asked", "asks", "asking", "press", "pressed", "presses", "pressing", "pressure",
        "pressured", "pressuring", "push", "pushed", "pushing", "implore", "implored", "beg", "begged", "challenge",
        "challenged", "dare", "dared", "invite", "invited", "invites", "threaten", "threatened", "threatens",
        "threatening", "order", "ordered", "advise", "advised", "encourage", "encouraged",
    ].map(WordHash.of))
    static let complements: WordSet = WordSet(["to", "that"].map(WordHash.of))
    static let reach = 8

    /// Whether the cue at `cue` is the complement of a verb of asking or threatening in `clause`:
    /// the verb within a few words before the cue, and "to" or "that" between them.
    static func isAsked(_ tokens: [Token], cue: ClosedRange<Int>, clause: Range<Int>) -> Bool {
        let start = max(clause.lowerBound, cue.lowerBound - reach)
        guard let verb = (start..<cue.lowerBound).last(where: { askingVerbs.contains(tokens[$0].hash) }) else {
            return false
        }
        // "X, who was asked to step down, resigned": a comma closes the asking before the cue.
        let between = verb + 1..<cue.lowerBound
        let closes = between.contains {
            tokens[$0].hash == Punctuation.comma || tokens[$0].hash == Punctuation.semicolon
        }
        guard !closes else { return false }
        return between.contains { complements.contains(tokens[$0].hash) }
    }
}
