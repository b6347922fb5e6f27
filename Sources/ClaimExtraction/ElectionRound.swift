/// The rounds of a two-round election are two registered events two weeks apart ("…, first
/// round" and "…, run-off"), too far apart for `EventFamily`. A clause that names the other
/// round ("Varn had taken 38.2 per cent in the first round") is about that round, not the
/// article's: filed under the run-off, the first round's share contradicted the run-off's
/// (issue 13). It moves to the registered event of that round, or to no event when the
/// registry has none. Only when the main event's own name says which round it is: an election
/// registered as one event keeps every round's figure, and "went out in the first round" of a
/// tournament is no election's.
enum ElectionRound: Int, Sendable {
    case first = 1, second = 2

    static let phrases: [(round: ElectionRound, words: [UInt64])] = {
        let written: [(ElectionRound, [String])] = [
            (.first, ["first", "round"]), (.first, ["first-round"]), (.first, ["opening", "round"]),
            (.second, ["second", "round"]), (.second, ["second-round"]), (.second, ["run-off"]),
            (.second, ["runoff"]), (.second, ["runoffs"]), (.second, ["run-offs"]),
        ]
        return written.map { ($0.0, $0.1.map(WordHash.of)) }
    }()

    /// Rounds this far from the main event's day are another election's.
    static let window = 42

    /// The rounds named in `positions` of `tokens`, with where each phrase starts.
    static func named(_ tokens: [Token], in positions: Range<Int>,
                      where admitted: (Int) -> Bool = { _ in true }) -> [(position: Int, round: ElectionRound)] {
        var found: [(position: Int, round: ElectionRound)] = []
        for index in positions where admitted(index) && tokens[index].kind == .word {
            for (round, words) in phrases where index + words.count <= positions.upperBound {
                if words.indices.allSatisfy({ tokens[index + $0].hash == words[$0] }) {
                    found.append((index, round))
                    break
                }
            }
        }
        return found
    }

    /// The round an event's name says it is ("…, first round", "… run-off"), if one.
    static func of(name: String) -> ElectionRound? {
        let tokens = Tokenizer.tokens(in: Array(name.utf8))
        let rounds = Set(named(tokens, in: 0..<tokens.count).map(\.round))
        return rounds.count == 1 ? rounds.first : nil
    }

    /// Where a claim at `anchor` belongs when its clause names another round than the main
    /// event's: `.some(id)` for that round's registered event, `.some(nil)` when none is
    /// registered; nil when the clause names no other round.
    static func otherRound(near anchor: ClosedRange<Int>, clause: Clause, tokens: [Token], main: String,
                           registry: ExtractionRegistry) -> String?? {
        // A figure in a relative clause ("Brede, who came third in the first round with 21.9 per
        // cent,") is told of by that clause's words; any other by the clause's own.
        let aside = clause.asides.first { $0.contains(anchor.lowerBound) }
        let mentioned = aside.map { named(tokens, in: $0) } ?? named(tokens, in: clause.range, where: clause.contains)
        guard !mentioned.isEmpty, let event = registry.event(main), let own = of(name: event.name) else { return nil }
        let nearest = mentioned.min { abs($0.position - anchor.lowerBound) < abs($1.position - anchor.lowerBound) }
        guard let wanted = nearest?.round, wanted != own else { return nil }
        let sibling = registry.events.first { other in
            // The cheap tests first: the registry may hold a million events.
            other.id != main && abs(other.start.dayNumber - event.start.dayNumber) <= window
                && ((event.series != nil && other.series == event.series)
                    || (event.place != nil && other.place == event.place))
                && of(name: other.name) == wanted
        }
        return .some(sibling?.id)
    }
}
