/// "Fifty-one people died at the scene and four in hospital": where they died splits the toll
/// into parts; neither part is the toll, so a death cue followed by a place of death gives no
/// total (the figures become notes).
enum PlaceOfDeath {
    static let phrases: PhraseTable<Bool> = {
        var table = PhraseTable<Bool>()
        for phrase in ["at the scene", "in hospital", "in the hospital", "on the way to hospital",
                       "on arrival at hospital",
                       "later in hospital", "on the spot"] {
            table.add(phrase, value: true)
        }
        return table
    }()

    /// Whether a place of death follows the cue within two words ("died later at the scene").
    static func follows(_ cue: ClosedRange<Int>, tokens: [Token], clause: Range<Int>) -> Bool {
        var index = cue.upperBound + 1
        while index < clause.upperBound, index <= cue.upperBound + 3 {
            if phrases.match(tokens, at: index, limit: clause.upperBound) != nil { return true }
            index += 1
        }
        return false
    }
}
