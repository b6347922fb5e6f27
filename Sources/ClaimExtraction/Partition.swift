/// "All but two of the 58 aboard were killed": one figure stated as the rest of another. Read
/// as a partition: 56 dead aboard, 2 survivors, 58 aboard; neither number alone is the toll.
struct Partition {
    var rest: Double
    var whole: Double
    var except: Double
    /// Tokens from "all" to the whole's number.
    var tokens: ClosedRange<Int>
    /// The whole counts those aboard ("of the 58 aboard", "of the 58 on board").
    var aboard: Bool

    static let all = WordHash.of("all"), but = WordHash.of("but"), of = WordHash.of("of"), the = WordHash.of("the")
    static let aboardWords: WordSet = WordSet(["aboard", "on", "passengers", "people"].map(WordHash.of))
    static let board = WordHash.of("board")
    static let wholeNouns: WordSet = WordSet(["people", "persons", "passengers", "occupants"].map(WordHash.of))

    /// The partition in `range`, if one is written there.
    static func find(_ tokens: [Token], range: Range<Int>, numbers: [NumberPhrase]) -> Partition? {
        for (position, number) in numbers.enumerated() {
            let first = number.tokens.lowerBound
            guard first - 2 >= range.lowerBound, tokens[first - 1].hash == but, tokens[first - 2].hash == all,
                  case .exactly(let except) = number.quantity, position + 1 < numbers.count else { continue }
            let whole = numbers[position + 1]
            var probe = number.tokens.upperBound + 1
            guard probe < range.upperBound, tokens[probe].hash == of else { continue }
            probe += 1
            if probe < range.upperBound, tokens[probe].hash == the { probe += 1 }
            guard whole.tokens.lowerBound == probe, case .exactly(let total) = whole.quantity,
                  total > except else { continue }
            var next = whole.tokens.upperBound + 1
            // "of the 181 people aboard": the noun may stand between.
            if next + 1 < range.upperBound, wholeNouns.contains(tokens[next].hash) { next += 1 }
            let aboard = next < range.upperBound && (tokens[next].hash == WordHash.of("aboard")
                || (tokens[next].hash == WordHash.of("on") && next + 1 < range.upperBound
                    && tokens[next + 1].hash == board))
            return Partition(rest: total - except, whole: total, except: except,
                             tokens: (first - 2)...whole.tokens.upperBound, aboard: aboard)
        }
        return nil
    }
}
