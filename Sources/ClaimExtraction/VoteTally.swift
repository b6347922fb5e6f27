/// A tally as news writes it: "rejected ... by 364 votes to 194", "approved by 300 votes to
/// 120". The verb says which side is which; without one the tally is not read.
struct VoteTally {
    var first: Double
    var second: Double
    /// The first figure counts the votes against (the motion was rejected).
    var firstIsAgainst: Bool
    var tokens: ClosedRange<Int>

    static let to = WordHash.of("to"), votes = WordHash.of("votes"), by = WordHash.of("by")
    static let rejecting: WordSet = WordSet([
        "rejected", "rejecting", "refused", "refusing", "defeated", "ousted", "toppled", "down", "against", "voted",
        "failed", "denied", "denying", "censured", "lost",
    ].map(WordHash.of))
    static let approving: WordSet = WordSet(["approved", "passed", "adopted", "backed", "endorsed", "won", "carried",
                                             "ratified", "confirmed", "granted", "granting"].map(WordHash.of))

    static func find(_ tokens: [Token], range: Range<Int>, numbers: [NumberPhrase]) -> VoteTally? {
        for (position, number) in numbers.enumerated() where position + 1 < numbers.count {
            let last = number.tokens.upperBound
            guard last + 3 < range.upperBound, tokens[last + 1].hash == votes, tokens[last + 2].hash == to,
                  numbers[position + 1].tokens.lowerBound == last + 3,
                  case .exactly(let first) = number.quantity,
                  case .exactly(let second) = numbers[position + 1].quantity else { continue }
            // The verb before the tally: "voted down" and "refusing" reject, "approved" passes.
            let before = range.lowerBound..<number.tokens.lowerBound
            let rejects = before.contains {
                rejecting.contains(tokens[$0].hash) && !approving.contains(tokens[$0].hash)
            }
            let approves = before.contains { approving.contains(tokens[$0].hash) }
            guard rejects != approves else { continue }
            return VoteTally(first: first, second: second, firstIsAgainst: rejects,
                             tokens: number.tokens.lowerBound...numbers[position + 1].tokens.upperBound)
        }
        return nil
    }
}
