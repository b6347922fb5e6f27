import ClaimModel

/// How sure a claim is, from the words around it: "is expected to", "will", "plans to", "is
/// scheduled", "wants to" make it expected; "may", "probably", "reportedly" make it hedged.
/// Negation is not modality ("will not send troops" is a stance): words inside the attribute
/// cue itself are not read here.
public enum ModalityCues {
    static let table: PhraseTable<Modality> = {
        var table = PhraseTable<Modality>()
        for phrase in ["expected to", "is expected", "are expected", "will", "'ll", "is to", "are to", "plans to",
                       "plan to", "planned", "is planning", "are planning", "is scheduled", "are scheduled",
                       "scheduled for", "scheduled to", "is set to", "are set to", "is set for", "set for", "is due to",
                       "are due to", "wants to", "want to", "intends to", "intend to", "aims to", "is going to",
                       "are going to", "should", "is meant to", "upcoming",
                       // A forecast: "analysts expect revenue of $38bn", "it forecast some $43bn".
                       "expect", "expects", "forecast", "forecasts", "projects", "projected", "predicts",
                       "predicted",
                       // A ruling-out is a stated intention, not a report of what happened.
                       "ruled out", "rules out", "rule out", "had been due to", "was due to", "were due to",
                       "was meant to", "were meant to", "was expected to", "were expected to", "had been expected to",
                       "expected in", "expected at",
                       // Reported intention: "said he would hand in his resignation".
                       "would"] {
            table.add(phrase, value: .expected)
        }
        for phrase in ["may", "might", "could", "probably", "possibly", "perhaps", "likely", "reportedly",
                       "allegedly", "apparently", "is said to", "are said to", "was said to", "appears to", "appear to",
                       "seems to", "seem to", "believed to", "is thought to", "unconfirmed", "rumoured", "rumored",
                       "presumably"] {
            table.add(phrase, value: .hedged)
        }
        return table
    }()

    static let may = WordHash.of("may")
    static let coordinators: WordSet = WordSet([",", "and", "&", "but", ";", "while", "whereas"].map(WordHash.of))

    /// asserted < expected < hedged, without `Modality.<` (which searches `allCases`).
    @inline(__always)
    static func rank(_ modality: Modality) -> Int {
        switch modality {
        case .asserted: return 0
        case .expected: return 1
        case .hedged: return 2
        }
    }

    /// Whether the words of a cue themselves say it is a plan ("will not travel => absent").
    static func plans(inside cue: ClosedRange<Int>, tokens: [Token]) -> Bool {
        cue.contains { table.match(tokens, at: $0, limit: cue.upperBound + 1)?.value == .expected }
    }

    /// Adverbs that qualify the name right after them ("probably also the British premier")
    /// rather than the whole clause.
    static let adverbs: WordSet = WordSet(["probably", "possibly", "perhaps", "likely", "reportedly", "allegedly",
                                           "apparently", "presumably"].map(WordHash.of))

    /// The modality of a claim whose subject stands at `subject` and whose cue covers `cue`,
    /// inside `clause`. `otherSubjects` are the other subject mentions in the clause, so an
    /// adverb right before one of them qualifies that one alone.
    public static func modality(tokens: [Token], clause: Range<Int>, cue: ClosedRange<Int>, subject: ClosedRange<Int>?,
                                otherSubjects: [ClosedRange<Int>] = []) -> Modality {
        var result = Modality.asserted
        var index = clause.lowerBound
        while index < clause.upperBound {
            if cue.contains(index) {
                // A cue may carry its own plan ("will not travel", "expected in"); its negation
                // is not read here.
                if rank(result) < rank(.expected), plans(inside: cue, tokens: tokens) { result = .expected }
                index = cue.upperBound + 1
                continue
            }
            // After the cue, a modal still counts ("a call with Trump is scheduled") until a
            // new predicate starts ("did not sign, and will decide later").
            if index > cue.upperBound, coordinators.contains(tokens[index].hash) { break }
            guard let match = table.match(tokens, at: index, limit: clause.upperBound) else { index += 1; continue }
            // "May 7" is the month: a capitalised "May" inside a clause is no hedge.
            if tokens[index].hash == may && tokens[index].isCapitalized && index > clause.lowerBound {
                index += 1
                continue
            }
            var applies = true
            if adverbs.contains(tokens[index].hash) {
                // Which name does the adverb stand before? Within four words.
                let next = ([subject].compactMap { $0 } + otherSubjects)
                    .filter { $0.lowerBound > match.tokens.upperBound && $0.lowerBound <= match.tokens.upperBound + 4 }
                    .min { $0.lowerBound < $1.lowerBound }
                if let next, next != subject { applies = false }
            }
            if applies, rank(match.value) > rank(result) { result = match.value }
            index = match.tokens.upperBound + 1
        }
        return result
    }
}
