/// "The fund started with more than $5.5 billion in pledges": a sum written as so much "in
/// pledges" is everything pledged at the event, not the pledge of the fund or country named
/// beside it, so its subject is the event.
enum PledgeTotal {
    static let inWord = WordHash.of("in")
    static let pledgeNouns: WordSet = WordSet(["pledges", "commitments", "contributions", "donations", "pledged"]
        .map(WordHash.of))

    /// Whether "in pledges" (or the like) follows the figure, its unit noun included.
    static func follows(_ last: Int, tokens: [Token], clause: Range<Int>) -> Bool {
        let next = last + 1
        return next + 1 < clause.upperBound && tokens[next].hash == inWord
            && pledgeNouns.contains(tokens[next + 1].hash)
    }
}
