/// "Joe Biden quit the summit early", "she quit the talks": quitting a gathering is leaving it,
/// not resigning an office. The resignation cue is followed (after a determiner and perhaps a
/// name: "quit the Lisvik talks") by a word that names a kind of event.
enum LeavingAnEvent {
    static let resignedID = "resigned"
    static let determiners: WordSet = WordSet(["the", "a", "an", "this", "that", "its", "his", "her", "their",
                                               "'s", "yesterday's", "today's"].map(WordHash.of))

    static func leavesAnEvent(_ match: AttributeCues.Match, tokens: [Token], clause: Range<Int>) -> Bool {
        guard match.cue.attribute == resignedID else { return false }
        var index = match.tokens.upperBound + 1
        // The kind word may itself be capitalised ("the Harbour Forum"): look at every word skipped.
        while index < clause.upperBound, index <= match.tokens.upperBound + 5 {
            if let kind = EventKind.table.match(tokens, at: index)?.value { return kind != .election }
            let token = tokens[index]
            guard determiners.contains(token.hash) || token.isCapitalized || token.kind == .number else { return false }
            index += 1
        }
        return false
    }
}
