/// "More than half of the dead were in the northern province, where 410 died": a sentence that
/// says what share of the dead fell where is breaking the toll down, so the death figures it
/// gives are parts of the toll (a province's, a town's), not the toll. "Half of the 632 dead
/// were children" names the whole inside the share, which is not such a breakdown; "the most
/// deaths since 1960" is a superlative, so "most" needs its "of".
enum TollShare {
    static let shares: WordSet = WordSet(["half", "most", "majority", "third", "thirds", "quarter", "quarters",
                                          "bulk", "fifth", "fifths"].map(WordHash.of))
    static let theDead: WordSet = WordSet(["dead", "deaths", "victims", "fatalities"].map(WordHash.of))
    static let of = WordHash.of("of"), the = WordHash.of("the"), those = WordHash.of("those")
    static let most = WordHash.of("most")

    /// Whether `range` (a sentence) names a share of the dead without a figure for the whole.
    static func isWritten(_ tokens: [Token], in range: Range<Int>) -> Bool {
        for index in range where shares.contains(tokens[index].hash) {
            var probe = index + 1
            if probe < range.upperBound, tokens[probe].hash == of {
                probe += 1
            } else if tokens[index].hash == most {
                continue
            }
            if probe < range.upperBound, tokens[probe].hash == the || tokens[probe].hash == those { probe += 1 }
            if probe < range.upperBound, theDead.contains(tokens[probe].hash) { return true }
        }
        return false
    }
}
