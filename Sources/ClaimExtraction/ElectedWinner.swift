import ClaimModel

/// "Ada Quill was elected mayor", "the Green Alliance was re-elected on Sunday", "X has been
/// narrowly re-elected": the passive that election coverage names its winner with. The subject
/// right before the auxiliary won the clause's contest when that contest is an election (a
/// confidence vote or a referendum elects nobody). A past office ("was elected mayor in 2014"),
/// a plan ("hopes to be elected") and a negation ("was not re-elected") keep the readings the
/// other wins have: another year's contest, a modality, no win (issue 12).
extension ClaimExtractor {
    static let electedWords: WordSet = WordSet(["elected", "re-elected", "reelected"].map(WordHash.of))
    static let electedAuxiliaries: WordSet = WordSet(["was", "were", "is", "are", "been", "be"].map(WordHash.of))
    static let rePrefix = WordHash.of("re"), hyphen = WordHash.of("-")
    /// Words of an event's name that make it an election where someone is elected.
    static let electionNameWords = ["election", "primary", "primaries", "runoff", "run-off", "caucus"]

    /// The auxiliary of "was (re-)elected", over one adverb ("was narrowly re-elected"); nil when
    /// `verb` is no such passive ("the newly elected parliament", "elected representatives").
    static func electedAuxiliary(_ tokens: [Token], verb: Int, clause: Range<Int>) -> Int? {
        guard electedWords.contains(tokens[verb].hash) else { return nil }
        var index = verb - 1
        // "re - elected" where the tokenizer splits the hyphen off.
        if index - 1 >= clause.lowerBound, tokens[index].hash == hyphen, tokens[index - 1].hash == rePrefix {
            index -= 2
        }
        guard index >= clause.lowerBound else { return nil }
        if electedAuxiliaries.contains(tokens[index].hash) { return index }
        guard index - 1 >= clause.lowerBound, winnerGapWords.contains(tokens[index].hash),
              electedAuxiliaries.contains(tokens[index - 1].hash) else { return nil }
        return index - 1
    }

    /// The win "was elected" states: the winner named right before the auxiliary (over asides),
    /// what was won after the verb.
    func electedWin(_ verb: Int, _ context: ClauseContext) -> Win? {
        guard let auxiliary = Self.electedAuxiliary(context.tokens, verb: verb, clause: context.clause.range),
              let winner = nearWinner(auxiliary, context) else { return nil }
        let start = verb + 1, end = min(context.clause.range.upperBound, start + Self.eventObjectReach)
        return Win(winner: winner, object: start..<max(start, end), verb: verb, wording: .elected)
    }

    /// The election "was elected" won: another year's where the object names a year ("was
    /// elected mayor in 2014"), else the one the object names, else the clause's.
    mutating func electedContest(_ win: Win, resolved: String?, context: ClauseContext,
                                 published: Day?) -> (String, String)? {
        let contest: String?
        switch contestYear(win, context) {
        case .earlier(let earlier): contest = earlier
        case .current:
            contest = wonEvent(resolved, object: win.object, context: context, published: published) ?? resolved
        }
        guard let contest, electsSomeone(contest), let subject = eventEntity(contest) else { return nil }
        return (subject, contest)
    }

    /// Whether someone can be elected in the event: its name says it is an election.
    func electsSomeone(_ eventID: String) -> Bool {
        guard let name = registry.event(eventID)?.name.lowercased() else { return false }
        return Self.electionNameWords.contains { name.contains($0) }
    }
}
