/// Words that mark a figure as a correction or an update of an earlier one ("the figure is
/// now 54", "the toll has risen to 131") or as the figure later replaced ("initially
/// reported 57"). In one article, the later figure supersedes: the pair is an update, not a
/// contradiction.
enum UpdateCues {
    static let updates: PhraseTable<Bool> = {
        var table = PhraseTable<Bool>()
        for phrase in ["has risen to", "have risen to", "had risen to", "rose to", "risen to", "climbed to",
                       "has climbed to", "increased to", "has increased to", "jumped to", "fell to", "has fallen to",
                       "dropped to", "revised to", "revised down to", "revised up to", "corrected to", "updated to",
                       "is now", "are now", "now stands at", "stands at", "now", "has been revised", "was revised",
                       "has reached", "reached", "later rose to", "was later corrected", "in fact", "down to"] {
            table.add(phrase, value: true)
        }
        return table
    }()

    static let initials: PhraseTable<Bool> = {
        var table = PhraseTable<Bool>()
        for phrase in ["initially", "originally", "first reported", "earlier reported", "had reported", "previously",
                       "an earlier", "at first", "initial", "earlier figure", "preliminary",
                       // the past perfect of a listing and the first of a series of statements
                       "had listed", "first statement", "first count", "first toll", "first tally"] {
            table.add(phrase, value: true)
        }
        return table
    }()

    /// Verbs that carry a figure to a new value: "raising the death toll from the fire to 156".
    static let carriers: WordSet = WordSet(["raising", "raised", "bringing", "brought", "taking", "pushing", "pushed",
                                            "lifting", "lifted", "putting"].map(WordHash.of))
    static let to = WordHash.of("to")

    /// Whether the number at `index` is where a carrying verb takes a figure ("raising the toll
    /// from last week's fire to 156"): "to" right before it, the verb up to 20 words before
    /// ("bringing the number detained by police and the anti-graft agency in connection with it to 21").
    static func isCarried(tokens: [Token], index: Int, clause: Range<Int>) -> Bool {
        guard index - 1 > clause.lowerBound, tokens[index - 1].hash == to else { return false }
        return (max(clause.lowerBound, index - 20)..<(index - 1)).contains { carriers.contains(tokens[$0].hash) }
    }

    /// Whether `table` has a phrase in the `window` tokens before `index` (clause only).
    static func precedes(_ table: PhraseTable<Bool>, tokens: [Token], index: Int, clause: Range<Int>,
                         window: Int = 8) -> Bool {
        var probe = max(clause.lowerBound, index - window)
        while probe < index {
            if let match = table.match(tokens, at: probe, limit: index) { _ = match; return true }
            probe += 1
        }
        return false
    }
}
